using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>
/// The subject a draft writes after a citation (`… khóa XI về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự
/// suy thoái về tư tưởng …`) against a known document's title (`chỉnh đốn Đảng, chống suy thoái tư tưởng`). Central Party
/// numbers restart with every term (`26-NQ/TW` is a resolution of the X term on agriculture and one of the XII term on
/// cadres), so without a date only the subject tells that the draft means the known document: most of the title's
/// syllable pairs must be in it.
/// </summary>
internal static class CitationSubject
{
    private const int MaxWords = 60;

    /// <summary>True when the `về …` after the citation, up to the sentence's end or <paramref name="end"/>, names the document.</summary>
    public static bool Names(Paragraph paragraph, Citation citation, int end, KnownDocument document)
    {
        if (document.Title is not { } title)
        {
            return false;
        }
        var wanted = TitlePairs(title);
        if (wanted.Count < 3)
        {
            return false; // too short to tell one document from another
        }
        var written = SubjectPairs(paragraph, citation.Span.End, end);
        var shared = wanted.Count(written.Contains);
        return shared >= 3 && 2 * shared >= wanted.Count;
    }

    private static HashSet<string> TitlePairs(string title)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in title.Split([',', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var syllables = CitationKey.Syllables(part);
            for (var i = 1; i < syllables.Length; i++)
            {
                pairs.Add($"{syllables[i - 1]} {syllables[i]}");
            }
        }
        return pairs;
    }

    /// <summary>Syllable pairs of the subject that opens with `về` right after the citation (a comma may come first).</summary>
    private static HashSet<string> SubjectPairs(Paragraph paragraph, int from, int end)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var tokens = paragraph.Tokens;
        var started = false;
        string? previous = null;
        var words = 0;
        for (var i = 0; i < tokens.Count && words < MaxWords; i++)
        {
            var token = tokens[i];
            if (token.Start < from || token.Kind.IsTrivia())
            {
                continue;
            }
            if (token.Start >= end)
            {
                break;
            }
            var text = paragraph.GetText(token);
            if (!started)
            {
                if (token.Kind == TokenKind.Punctuation && text is ",")
                {
                    continue;
                }
                if (token.Kind != TokenKind.Word || CitationKey.Of(text) != "về")
                {
                    break;
                }
                started = true;
                continue;
            }
            if (token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral)
            {
                var key = CitationKey.Of(text);
                if (previous is not null)
                {
                    pairs.Add($"{previous} {key}");
                }
                previous = key;
                words++;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation && text is "." or "!" or "?")
            {
                break;
            }
            previous = null; // a comma, a quote, a number: no pair across it
        }
        return pairs;
    }
}
