using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The figures a document states in its prose, outside its tables, for RL5016: a total row's figure that the text states
/// too (`tổng kinh phí là 1.245 triệu đồng`) was not only typed once in the table, so when the rows do not add up to it,
/// a row is likelier the slip and the total is never rewritten to their sum. A number counts as a figure when it is no
/// date, year, time, rank or reference (`ngày 15`, `năm 2026`, `Điều 12`, `lúc 14 giờ`), no rate (`12,5%`) and at least 10:
/// smaller numbers match a total by chance.
/// </summary>
internal sealed class ProseFigures
{
    private const decimal Smallest = 10;

    private readonly Dictionary<decimal, TextSpan> _first = [];

    /// <param name="rows">The paragraphs read as table rows: no prose.</param>
    public ProseFigures(ReportDocument document, IReadOnlySet<int> rows)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            if (rows.Contains(paragraph.Index))
            {
                continue;
            }
            var tokens = paragraph.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == TokenKind.Number && Read(paragraph, i) is { } value)
                {
                    _first.TryAdd(value, paragraph.ToAbsolute(tokens[i].Span));
                }
            }
        }
    }

    /// <summary>Where the prose first states <paramref name="value"/>, or null.</summary>
    public TextSpan? Find(decimal value) => _first.TryGetValue(value, out var span) ? span : null;

    private static bool IsYear(ReadOnlySpan<char> text, decimal value) => text.Length == 4 && value is >= 1900 and < 2100;

    private static decimal? Read(Paragraph paragraph, int index)
    {
        var text = paragraph.GetText(paragraph.Tokens[index]);
        if (!VietnameseNumber.TryParseDecimal(text, out var value, out _) || value < Smallest || IsYear(text, value)
            || BreakdownReader.IsAfterNotQuantity(paragraph, index))
        {
            return null;
        }
        var next = TokenNavigation.Next(paragraph.Tokens, index);
        var isRateOrTime = next >= 0 && (paragraph.GetText(paragraph.Tokens[next]) is "%" || TokenNavigation.IsWordIn(paragraph, next, ["giờ", "phút"]));
        return isRateOrTime ? null : value;
    }
}
