using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;
using ReportLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>
/// Recall and suggestion quality, measured: a seeded generator corrupts words of the project's own
/// correct text the way typists err, one at a time, and the spelling rules must find each corruption
/// that makes an invalid syllable and put the original word first.
/// </summary>
public class CorruptionDetectionTests(ITestOutputHelper output)
{
    private const int Seed = 20240611;
    private const int Count = 1200;

    [Fact]
    public void Detects_invalid_corruptions_and_suggests_the_original_first()
    {
        var validator = SpellingTestData.Tables.Validator;
        var lines = new[] { "report-party-building.txt", "news-conference.txt", "report-socio-economic.txt" }
            .SelectMany(f => SpellingTestData.Read(f).Split('\n'))
            .Where(l => l.Length > 40)
            .ToArray();
        var generator = new CorruptionGenerator(Seed);
        var kinds = Enum.GetValues<Corruption>();
        var stats = kinds.ToDictionary(k => k, _ => new int[4]); // invalid, detected, first right, valid-syllable corruptions
        var misses = new List<string>();
        var wrongFirst = new List<string>();
        var attempts = 0;
        var realWordFound = 0;
        var made = 0;
        while (made < Count && attempts++ < Count * 20)
        {
            var line = lines[generator.Next(lines.Length)];
            var tokens = ReportDocument.Create("x.txt", new SourceText(line)).Paragraphs[0].Tokens
                .Where(t => t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized)).ToArray();
            if (tokens.Length < 2)
            {
                continue;
            }
            var index = generator.Next(tokens.Length - 1);
            var token = tokens[index];
            var word = line.Substring(token.Start, token.Length);
            var kind = kinds[generator.Next(kinds.Length)];
            string? corrupted;
            TextSpan span;
            string expected;
            if (kind == Corruption.MergeWithNext)
            {
                var next = tokens[index + 1];
                if (next.Start != token.End + 1 || line[token.End] != ' ')
                {
                    continue;
                }
                corrupted = word + line.Substring(next.Start, next.Length);
                span = TextSpan.FromBounds(token.Start, next.End);
                expected = line.Substring(token.Start, next.End - token.Start);
            }
            else
            {
                corrupted = generator.Apply(kind, word);
                span = token.Span;
                expected = word;
            }
            if (corrupted is null || corrupted == word)
            {
                continue;
            }
            made++;
            var text = line[..span.Start] + corrupted + line[span.End..];
            var corruptedSpan = new TextSpan(span.Start, corrupted.Length);
            var stat = stats[kind];
            if (kind != Corruption.MergeWithNext && validator.IsValid(corrupted))
            {
                stat[3]++; // a real word: the lexicon rule's business, counted apart
                if (RuleTester.Lint(text, "RL3003").Any(d => d.Span.Start <= corruptedSpan.Start && d.Span.End >= corruptedSpan.End))
                {
                    realWordFound++;
                }
                continue;
            }
            stat[0]++;
            var finding = RuleTester.Lint(text, "RL3001", "RL3002").FirstOrDefault(d => d.Span.Start == corruptedSpan.Start && d.Span.Length == corruptedSpan.Length);
            if (finding is null)
            {
                misses.Add($"{kind}: {expected} → {corrupted}");
                continue;
            }
            stat[1]++;
            if (finding.Fixes.Count > 0 && finding.Fixes[0].Edits[0].NewText == expected)
            {
                stat[2]++;
            }
            else
            {
                wrongFirst.Add($"{kind}: {expected} → {corrupted} ⇒ {(finding.Fixes.Count > 0 ? finding.Fixes[0].Edits[0].NewText : "(none)")}");
            }
        }

        int invalid = stats.Values.Sum(s => s[0]), detected = stats.Values.Sum(s => s[1]), right = stats.Values.Sum(s => s[2]);
        output.WriteLine($"Corruptions made: {made} (seed {Seed}); invalid-syllable corruptions: {invalid}; valid-syllable ones: {stats.Values.Sum(s => s[3])}");
        output.WriteLine($"Detection rate: {100.0 * detected / invalid:F1}% ({detected}/{invalid}); first-suggestion accuracy: {100.0 * right / detected:F1}% ({right}/{detected})");
        output.WriteLine($"Valid-syllable corruptions caught by the lexicon rule RL3003: {realWordFound}/{stats.Values.Sum(s => s[3])}");
        foreach (var (kind, s) in stats)
        {
            output.WriteLine($"  {kind,-14} invalid {s[0],4}  detected {s[1],4}  first right {s[2],4}  valid-syllable {s[3],4}");
        }
        output.WriteLine("Misses: " + string.Join("; ", misses.Take(30)));
        output.WriteLine("Wrong first suggestions: " + string.Join("; ", wrongFirst.Take(60)));

        Assert.True(made >= 500, $"only {made} corruptions");
        Assert.True(detected >= invalid * 0.95, $"detection {detected}/{invalid}");
        Assert.True(right >= detected * 0.85, $"first suggestion {right}/{detected}");
    }
}
