using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5034: a column of shares of one whole (`Tỷ trọng (%)`, `Cơ cấu (%)`, `Tỷ lệ so với tổng số (%)`, or `Tỷ lệ (%)`
/// over a total row saying 100) whose data rows do not add up to 100, or whose total row's cell is not 100 while they
/// do. <see cref="ShareColumnTotal"/> says which columns are read. The finding is on the one share the counts prove
/// wrong (with its correction), else on the total row's cell (corrected to 100 when only it is wrong), else, the cell
/// left empty, on the total row's label.
/// </summary>
public sealed class TableShareSumMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5034", "table-share-sum-mismatch",
        new("Các tỷ trọng trong bảng không cộng lại thành 100%", "Table shares do not add up to 100%"),
        new("Các tỷ lệ của cột “{0}” cộng lại {1}%, {2}", "The shares in column “{0}” add up to {1}%, {2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText NotWhole = new("không phải 100%", "not 100%");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        foreach (var mismatch in ShareColumnTotal.Mismatches(table))
        {
            var shares = mismatch.Shares;
            var (heading, sum) = (table.Heading(shares.Column), shares.SumText);
            if (mismatch.Culprit is { } culprit)
            {
                var span = culprit.Row.Paragraph.ToAbsolute(FigureOf(culprit.Cell));
                var detail = new LocalizedText(
                    $"không phải 100%: tỷ lệ của “{culprit.Row.Facts.Cells[shares.Total.LabelColumn].Text}” là {culprit.Part}/{culprit.Whole} = {culprit.Expected}%, không phải {culprit.Cell.Text}",
                    $"not 100%: the share of “{culprit.Row.Facts.Cells[shares.Total.LabelColumn].Text}” is {culprit.Part}/{culprit.Whole} = {culprit.Expected}%, not {culprit.Cell.Text}");
                var fix = CodeFix.Replace(span, culprit.Expected, FixSafety.Unsafe,
                    new($"Sửa thành {culprit.Expected}% ({culprit.Part}/{culprit.Whole})", $"Change to {culprit.Expected}% ({culprit.Part}/{culprit.Whole})"));
                context.Report(Rule, span, fix, heading, sum, detail);
                continue;
            }
            var total = shares.Total.Row;
            var totalCell = shares.Total.Cell(shares.Column);
            if (mismatch.WrongTotal)
            {
                var span = total.Paragraph.ToAbsolute(FigureOf(totalCell));
                var whole = VietnameseNumber.Format(100m, shares.Stated!.Value.Decimals);
                var detail = new LocalizedText($"dòng tổng phải là {whole}%, không phải {totalCell.Text}",
                    $"so the total row should say {whole}%, not {totalCell.Text}");
                context.Report(Rule, span, CodeFix.Replace(span, whole, FixSafety.Unsafe), heading, sum, detail);
            }
            else if (shares.Stated is not null)
            {
                context.Report(Rule, total.Paragraph.ToAbsolute(FigureOf(totalCell)), heading, sum, NotWhole);
            }
            else if (LabelSpan(total.Paragraph, shares.Total.Cell(shares.Total.LabelColumn)) is { } label)
            {
                context.Report(Rule, total.Paragraph.ToAbsolute(label), heading, sum, NotWhole);
            }
        }
    }

    /// <summary>The digits of a share cell: a plain number, or the figure of `12,5%` without its sign.</summary>
    private static TextSpan FigureOf(TableCell cell) => (cell.PercentNumber ?? cell.Number)!.Value;

    /// <summary>The words of a cell, its markup (`**`) and spaces left out: where a finding on the row's label goes.</summary>
    private static TextSpan? LabelSpan(Paragraph paragraph, TableCell cell)
    {
        var tokens = paragraph.Tokens;
        var words = Enumerable.Range(cell.Tokens.FirstToken, cell.Tokens.TokenCount)
            .Where(i => !tokens[i].Kind.IsTrivia() && tokens[i].Kind != TokenKind.Markup).ToList();
        return words.Count == 0 ? null : TextSpan.FromBounds(tokens[words[0]].Start, tokens[words[^1]].End);
    }
}
