using System.Globalization;
using System.Text;
using ReportLint.Rules.Spelling;
using ReportLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>
/// Debian's hunspell-vi word list as an oracle (read at test time, never copied: it is GPL).
/// CI installs it (`apt-get install hunspell-vi`); without it the test says so and passes.
/// </summary>
public class HunspellOracleTests(ITestOutputHelper output)
{
    private const string DictionaryPath = "/usr/share/hunspell/vi_VN.dic";
    private static readonly string[] Finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t", "u", "y"];

    [Fact]
    public void Accepts_the_oracle_syllables_in_both_tone_styles_and_rejects_generated_invalid_ones()
    {
        if (!File.Exists(DictionaryPath))
        {
            output.WriteLine($"SKIPPED: {DictionaryPath} is absent; install the Debian package hunspell-vi to run the oracle.");
            return;
        }
        var validator = SpellingTestData.Tables.Validator;
        var syllables = File.ReadLines(DictionaryPath).Skip(1)
            .Select(line => line.Split('/')[0].Trim().Normalize(NormalizationForm.FormC))
            .Where(w => w.Length > 0 && char.IsLower(w[0]) && w.All(c => VietnameseLetters.TryDecompose(c, out _, out _)))
            .Distinct()
            .ToArray();

        var rejectedModern = syllables.Where(s => !validator.IsValid(s)).ToArray();
        var traditional = syllables.Select(ToneStyle.ToTraditional).ToArray();
        var rejectedTraditional = traditional.Where(s => !validator.IsValid(s)).ToArray();
        output.WriteLine($"Oracle syllables: {syllables.Length}; accepted modern {syllables.Length - rejectedModern.Length}, " +
            $"accepted traditional {traditional.Length - rejectedTraditional.Length}");
        output.WriteLine("Rejected: " + string.Join(' ', rejectedModern.Concat(rejectedTraditional).Distinct().Take(60)));

        var invalid = syllables.SelectMany(GenerateInvalid).Distinct().Where(s => !syllables.Contains(s)).ToArray();
        var wronglyAccepted = invalid.Where(s => validator.IsValid(s)).ToArray();
        output.WriteLine($"Generated invalid syllables: {invalid.Length}; rejected {invalid.Length - wronglyAccepted.Length}, " +
            $"wrongly accepted {wronglyAccepted.Length}: {string.Join(' ', wronglyAccepted.Take(40))}");

        Assert.True(rejectedModern.Length <= syllables.Length * 0.005, $"{rejectedModern.Length} modern syllables rejected");
        Assert.True(rejectedTraditional.Length <= syllables.Length * 0.005, $"{rejectedTraditional.Length} traditional syllables rejected");
        Assert.Empty(wronglyAccepted);
    }

    [Fact]
    public void A_syllable_given_a_final_its_vowels_never_take_is_reported_in_running_text()
    {
        if (!File.Exists(DictionaryPath))
        {
            output.WriteLine($"SKIPPED: {DictionaryPath} is absent; install the Debian package hunspell-vi to run the oracle.");
            return;
        }
        var validator = SpellingTestData.Tables.Validator;
        var syllables = OracleSyllables();
        // `tuyên` → `tuyêng`, `bên` → `bêng`, `hơn` → `hơng`: a `g` typed after a final `n`, where the rime allows none.
        // Words in plain Latin letters (`sing`, `ring`) may be foreign and are judged apart.
        var invalid = syllables.Where(s => s.EndsWith('n') && VietnameseLetters.HasMark(s)).Select(s => s + "g")
            .Where(s => !syllables.Contains(s) && !validator.IsValid(s)).ToArray();
        var missed = new List<string>();
        foreach (var word in invalid)
        {
            var text = $"Cán bộ {word} nhân dân.";
            if (!RuleTester.Lint(text, "RL3001", "RL3002").Any(d => d.Span.Start == 7 && d.Span.Length == word.Length))
            {
                missed.Add(word);
            }
        }
        output.WriteLine($"Syllables with an impossible final: {invalid.Length}; missed {missed.Count}: {string.Join(' ', missed.Take(60))}");
        Assert.True(invalid.Length > 100, $"only {invalid.Length} generated");
        Assert.Empty(missed);
    }

    private static HashSet<string> OracleSyllables() =>
        File.ReadLines(DictionaryPath).Skip(1)
            .Select(line => line.Split('/')[0].Trim().Normalize(NormalizationForm.FormC))
            .Where(w => w.Length > 0 && char.IsLower(w[0]) && w.All(c => VietnameseLetters.TryDecompose(c, out _, out _)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Stop-final syllables given a huyền/hỏi/ngã/level tone; `ă`/`â` syllables without their final.</summary>
    private static IEnumerable<string> GenerateInvalid(string syllable)
    {
        var letters = new StringBuilder();
        var tonePosition = -1;
        for (var i = 0; i < syllable.Length; i++)
        {
            VietnameseLetters.TryDecompose(syllable[i], out var letter, out var tone);
            letters.Append(letter);
            if (tone != 0)
            {
                tonePosition = i;
            }
        }
        var bare = letters.ToString();
        if (bare.EndsWith('c') || bare.EndsWith("ch", StringComparison.Ordinal) || bare.EndsWith('p') || bare.EndsWith('t'))
        {
            var position = tonePosition >= 0 ? tonePosition : -1;
            if (position >= 0)
            {
                yield return bare;
                foreach (var tone in new[] { VietnameseLetters.Grave, VietnameseLetters.Hook, VietnameseLetters.Tilde })
                {
                    var chars = bare.ToCharArray();
                    chars[position] = VietnameseLetters.Compose(bare[position], tone);
                    yield return new string(chars);
                }
            }
        }
        if (bare.Contains('ă') || bare.Contains('â'))
        {
            var final = Finals.FirstOrDefault(f => bare.EndsWith(f, StringComparison.Ordinal) && bare.Length > f.Length
                && bare[^(f.Length + 1)] is 'ă' or 'â');
            if (final is not null)
            {
                yield return syllable[..^final.Length];
            }
        }
    }
}
