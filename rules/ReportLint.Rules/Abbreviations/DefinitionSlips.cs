using ReportLint.Core.Analysis;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The spelling a definition's letters were meant to have, when they are a slip: the fitting spelling of a definition
/// that does not match (`nông thôn mới (NMT)` → `NTM`), or of one whose letters match only by leaving a word out —
/// the last syllable of a word (`thương mại điện tử (TMĐ)` → `TMĐT`), or a word inside whose full initials the draft
/// uses elsewhere (`Ngân hàng Chính sách xã hội (NHCXH)`, then `NHCSXH`) or the data knows for those very words
/// (`tổ chức cơ sở đảng (TCĐ)` → `TCCSĐ`). RL1005 reports the definition with it, RL1001 leaves the later uses of it,
/// and RL1006 writes it for the full form.
/// </summary>
internal static class DefinitionSlips
{
    public static string? Intended(AbbreviationDefinition definition, IReadOnlyList<AbbreviationGroup> groups, AnalyzerOptions options)
    {
        if (!definition.Matched)
        {
            return definition.Suggestion;
        }
        if (definition.FullForm is not { } fullForm || definition.Core is not { } core || !definition.Abbreviation.All(IsLetter))
        {
            return null;
        }
        var coreWords = core.Split(' ');
        return LastSyllableLeftOut(definition.Abbreviation, fullForm, coreWords, options)
            ?? InnerWordLeftOut(definition.Abbreviation, coreWords, groups, options);
    }

    /// <summary>One letter per word, the full form's last syllable left out though it ends a word with the one before.</summary>
    private static string? LastSyllableLeftOut(string abbreviation, string fullForm, string[] coreWords, AnalyzerOptions options)
    {
        var words = fullForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // One letter per word, none skipped: `tiêu chuẩn, đo lường, chất lượng (TĐC)` is a chosen, established shortening.
        if (coreWords.Length != abbreviation.Length || words.Length != coreWords.Length + 1 || !char.IsLower(words[^1][0]))
        {
            return null;
        }
        var spelling = SpellingData.Get(options);
        return spelling.Lexicon.IsWord(spelling.Validator, coreWords[^1], words[^1]) ? abbreviation + AbbreviationText.InitialOf(words[^1]) : null;
    }

    /// <summary>
    /// Letters that skip a word of the full form, when the draft uses the initials of every word undefined, when the data
    /// gives those initials as the abbreviation of these very words (`tổ chức cơ sở đảng (TCĐ)`: `TCĐ` is `tổ chức
    /// đảng`, the data's `TCCSĐ` this one), or when they
    /// take one syllable of a two-syllable word and leave the other while they take both of another word: `Ban Thanh tra
    /// nhân dân (BTTD)` takes `thanh tra` whole but only `dân` of `nhân dân`. A shortening that takes one syllable of
    /// every word (`tiêu chuẩn, đo lường, chất lượng (TĐC)`) is a scheme, not a slip.
    /// </summary>
    private static string? InnerWordLeftOut(string abbreviation, string[] coreWords, IReadOnlyList<AbbreviationGroup> groups, AnalyzerOptions options)
    {
        // `Ban Quản lý Khu kinh tế tỉnh (BQLKT)`: the unit after a body's name is no part of its abbreviation.
        if (coreWords.Length > 1 && AdministrativeUnits.Contains(coreWords[^1]))
        {
            coreWords = coreWords[..^1];
        }
        if (coreWords.Length <= abbreviation.Length)
        {
            return null;
        }
        var initials = string.Concat(coreWords.Select(w => AbbreviationText.InitialOf(w)));
        if (initials == abbreviation || !initials.All(IsLetter))
        {
            return null;
        }
        return groups.Any(g => g.Target == initials && g.Uses.Count > 0 && g.Definitions.Count == 0)
            || KnownFor(initials, coreWords, options) || SplitsAWord(abbreviation, coreWords, options)
            ? initials : null;
    }

    private static bool KnownFor(string initials, string[] coreWords, AnalyzerOptions options) =>
        AbbreviationRegistry.Get(options).Find(initials) is { } entry
        && entry.Meanings.Contains(string.Join(' ', coreWords), StringComparer.OrdinalIgnoreCase);

    private static bool SplitsAWord(string abbreviation, string[] words, AnalyzerOptions options)
    {
        var taken = new bool[words.Length];
        var letter = 0;
        for (var i = 0; i < words.Length && letter < abbreviation.Length; i++)
        {
            if (AbbreviationText.MatchesInitial(abbreviation[letter].ToString(), words[i]))
            {
                taken[i] = true;
                letter++;
            }
        }
        if (letter < abbreviation.Length)
        {
            return false;
        }
        var spelling = SpellingData.Get(options);
        bool split = false, whole = false;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (!spelling.Lexicon.IsWord(spelling.Validator, words[i], words[i + 1]))
            {
                continue;
            }
            split |= taken[i] != taken[i + 1];
            whole |= taken[i] && taken[i + 1];
        }
        return split && whole;
    }

    private static readonly HashSet<string> AdministrativeUnits = new(StringComparer.Ordinal) { "tỉnh", "huyện", "xã", "phường", "quận" };

    private static bool IsLetter(char c) => c is (>= 'A' and <= 'Z') or 'Đ';
}
