using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// The place-and-date line of a document's header (`Ninh Bình, ngày 12 tháng 9 năm 2024`, `Hà Nội, ngày 12/9/2024`):
/// a capitalized place name opening the line (or a column after a tab or a wide space), a comma, `ngày`, a date, and
/// nothing after it. A dated sentence (`Sáng thứ Sáu, ngày 20/9/2024, đoàn …`) goes on after its date, so it is not
/// one. Whether the line sits in the header is the caller's decision: paragraphs are cached apart from their place.
/// </summary>
internal static class PlaceAndDateLine
{
    private const int MaxPlaceTokens = 8;

    /// <summary>The place-and-date line sits among the first lines: issuer, number, place and date, title.</summary>
    private const int HeaderLines = 15;

    /// <summary>
    /// The draft's own date (absolute span): the header's place-and-date line, when the header has exactly one such
    /// date. <paramref name="lineOf"/> gives the line a paragraph's facts recorded.
    /// </summary>
    public static (TextSpan Span, DateOnly Date)? OfDraft<TFacts>(Core.Analysis.DocumentFacts<TFacts> facts,
        Func<TFacts, (TextSpan Span, DateOnly Date)?> lineOf) where TFacts : class
    {
        (TextSpan Span, DateOnly Date)? found = null;
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            if (paragraph.Index >= HeaderLines)
            {
                break;
            }
            if (lineOf(paragraphFacts) is { } line)
            {
                if (found is { } other && other.Date != line.Date)
                {
                    return null;
                }
                found ??= (paragraph.ToAbsolute(line.Span), line.Date);
            }
        }
        return found;
    }

    /// <summary>The date of the line, or null when the paragraph is no place-and-date line.</summary>
    public static (TextSpan Span, DateOnly Date)? Read(Paragraph paragraph) =>
        paragraph.Syntax.GetOrAdd(Slot, paragraph, static (_, paragraph) => new ReadLine(ReadUncached(paragraph))).Line;

    // Four rules ask every paragraph; the answer depends on the paragraph's text only, so it is read once.
    private static readonly SyntaxSlot<ReadLine> Slot = new();

    private sealed record ReadLine((TextSpan Span, DateOnly Date)? Line);

    private static (TextSpan Span, DateOnly Date)? ReadUncached(Paragraph paragraph)
    {
        var tokens = new CitationTokens(paragraph);
        var comma = -1;
        for (var i = 0; i < tokens.Tokens.Count && comma < 0; i++)
        {
            if (tokens.IsPunctuation(i, ','))
            {
                comma = i;
            }
        }
        var ngay = comma < 0 ? -1 : tokens.Next(comma);
        if (ngay < 0 || !tokens.IsWord(ngay, "ngày") || !IsPlace(tokens, comma)
            || CitationParser.ReadDate(tokens, tokens.Next(ngay)) is not { Date: { Value: { } date } written, Last: var last })
        {
            return null;
        }
        return EndsAfter(tokens, last) ? (written.Span, date) : null;
    }

    /// <summary>
    /// The tokens before the comma back to the line's start (or a tab or wide space) are a place name: capitalized words,
    /// abbreviations and dots (`TP. Hồ Chí Minh`), not a weekday (`thứ Năm`).
    /// </summary>
    private static bool IsPlace(CitationTokens tokens, int comma)
    {
        var count = 0;
        var first = -1;
        for (var i = comma - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Tab or TokenKind.OtherSpace || (token.Kind is TokenKind.Space or TokenKind.NoBreakSpace && token.Length > 1))
            {
                break;
            }
            if (token.Kind.IsTrivia() || token.Kind == TokenKind.Markup)
            {
                continue;
            }
            if (++count > MaxPlaceTokens || tokens.IsWord(i, "thứ")
                || !(token.Kind is TokenKind.Word or TokenKind.Abbreviation || tokens.IsPunctuation(i, '.')))
            {
                return false;
            }
            first = i;
        }
        return first >= 0 && char.IsUpper(tokens.Paragraph.Text[tokens[first].Start]);
    }

    /// <summary>Only Markdown emphasis and a final full stop may follow the date.</summary>
    private static bool EndsAfter(CitationTokens tokens, int last)
    {
        var stops = 0;
        for (var i = last + 1; i < tokens.Tokens.Count; i++)
        {
            if (tokens.IsPunctuation(i, '.') ? ++stops > 1 : !(tokens[i].Kind.IsTrivia() || tokens[i].Kind == TokenKind.Markup))
            {
                return false;
            }
        }
        return true;
    }
}
