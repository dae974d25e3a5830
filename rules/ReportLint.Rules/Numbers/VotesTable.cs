using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A table of the candidates' votes in election minutes: a header with a column of votes (`Số phiếu`, `Số phiếu bầu`) and
/// one of percentages (`Tỷ lệ (%)`, `%`); each row under it gives a candidate's votes and percentage, when both cells
/// hold a plain number.
/// </summary>
internal sealed class VotesTable(int columns, int votesColumn, int percentColumn, int headerParagraph)
{
    private int _lastParagraph = headerParagraph;

    public static VotesTable? Read(TableRow row, int paragraph)
    {
        if (row.IsAlignment || row.Cells.Any(cell => cell.Figure is not null))
        {
            return null;
        }
        var votes = -1;
        var percent = -1;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var heading = row.Cells[i].Text.ToLowerInvariant();
            if (percent < 0 && (heading.Contains('%') || heading.Contains("tỷ lệ", StringComparison.Ordinal) || heading.Contains("tỉ lệ", StringComparison.Ordinal)))
            {
                percent = i;
            }
            else if (votes < 0 && heading.Contains("phiếu", StringComparison.Ordinal))
            {
                votes = i;
            }
        }
        return votes >= 0 && percent >= 0 ? new VotesTable(row.Cells.Count, votes, percent, paragraph) : null;
    }

    /// <summary>Whether <paramref name="row"/> goes on with the table (an alignment line goes on with it but holds no votes).</summary>
    public bool Follows(TableRow row, int paragraph)
    {
        if (paragraph != _lastParagraph + 1 || (!row.IsAlignment && row.Cells.Count != columns))
        {
            return false;
        }
        _lastParagraph = paragraph;
        return !row.IsAlignment;
    }

    public BlockVotes? Votes(TableRow row, Paragraph paragraph)
    {
        var votes = row.Cells[votesColumn];
        var percent = row.Cells[percentColumn];
        if (votes.Number is not { } votesSpan || percent.Number is not { } percentSpan
            || !VietnameseNumber.TryParseInteger(votes.Text, out var count)
            || !VietnameseNumber.TryParseDecimal(percent.Text, out var value, out var decimals))
        {
            return null;
        }
        var read = new CandidateVotes(count, votesSpan, votes.Text, value, decimals, percentSpan, percent.Text, null);
        return new BlockVotes(read, paragraph.ToAbsolute(votesSpan), paragraph.ToAbsolute(percentSpan));
    }
}
