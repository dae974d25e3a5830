using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// `TT`, `STT` (thứ tự, số thứ tự) alone in the first cell of a pipe table's header (`| TT | Nội dung |` over
/// `|---|---|`), in Markdown or typed so in plain text: the heading of the numbering column, which every form uses
/// without a definition.
/// </summary>
internal static class OrderColumnHeading
{
    private static readonly string[] Headings = ["TT", "STT"];

    /// <summary>True when the mention (offsets relative to the paragraph) is such a heading of the row <paramref name="row"/>.</summary>
    public static bool Is(IReadOnlyList<Paragraph> paragraphs, Paragraph row, AbbreviationMention mention)
    {
        if (!Headings.Contains(mention.Text) || row.Index + 1 >= paragraphs.Count || !HeadsRows(row.Text, paragraphs[row.Index + 1].Text))
        {
            return false;
        }
        // The first cell: from the row's start or its opening pipe to the next pipe, holding nothing but the heading and
        // emphasis.
        var text = row.Text;
        var first = text.IndexOf('|');
        var open = first >= 0 && text[..first].Trim().Length == 0 ? first : -1;
        var close = text.IndexOf('|', open + 1);
        return close > mention.Span.End && mention.Span.Start > open && text[(open + 1)..close].Trim().Trim('*', '_').Trim() == mention.Text;
    }

    /// <summary>The alignment line under it, or (typed in plain text without one) a row with as many pipes.</summary>
    private static bool HeadsRows(string header, string next) =>
        TableRow.AlignmentColumns(next) >= 2
        || (header.TrimStart().StartsWith('|') && next.TrimStart().StartsWith('|') && header.Count(c => c == '|') == next.Count(c => c == '|'));
}
