using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// `TT`, `STT` (thứ tự, số thứ tự) alone in the first cell of a Markdown pipe table's header (`| TT | Nội dung |`
/// over `|---|---|`): the heading of the numbering column, which every form uses without a definition.
/// </summary>
internal static class OrderColumnHeading
{
    private static readonly string[] Headings = ["TT", "STT"];

    /// <summary>True when the mention (offsets relative to the paragraph) is such a heading of the row <paramref name="row"/>.</summary>
    public static bool Is(IReadOnlyList<Paragraph> paragraphs, Paragraph row, AbbreviationMention mention)
    {
        if (!Headings.Contains(mention.Text) || row.Index + 1 >= paragraphs.Count || !TableRow.HasPipe(row)
            || !TableRow.IsAlignmentLine(paragraphs[row.Index + 1]))
        {
            return false;
        }
        // Only spaces, emphasis and the opening pipe before it; a pipe, after spaces and emphasis, right after it.
        var tokens = row.Tokens;
        var pipes = 0;
        var i = 0;
        for (; i < tokens.Count && tokens[i].Start < mention.Span.Start; i++)
        {
            if (tokens[i].Kind == TokenKind.Markup)
            {
                pipes += row.GetText(tokens[i]).Count('|');
            }
            else if (!tokens[i].Kind.IsTrivia())
            {
                return false;
            }
        }
        while (i < tokens.Count && (tokens[i].Start < mention.Span.End || tokens[i].Kind.IsTrivia()))
        {
            i++;
        }
        return pipes <= 1 && i < tokens.Count && tokens[i].Kind == TokenKind.Markup && row.GetText(tokens[i]).Contains('|');
    }
}
