using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5024: the arithmetic of election minutes (biên bản kiểm phiếu). In each election (<see cref="ElectionBlock"/>) the
/// valid and invalid ballots make those returned, no more are returned than issued, no candidate has more votes than
/// there are valid ballots, and each candidate's percentage is the votes over the base the minutes declare (`tỷ lệ tính
/// trên tổng số phiếu hợp lệ`) or, undeclared, over the one base most candidates' percentages agree with. Those present
/// and absent making the delegates is RL5011's (<see cref="Attendance"/>); a percentage written with its ratio
/// (`131/144 phiếu, đạt 90,97%`) is RL5001's.
/// </summary>
public sealed class BallotCountMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5024", "ballot-count-mismatch",
        new("Số phiếu, tỷ lệ trong biên bản kiểm phiếu không khớp", "Ballot counts or vote percentages do not match"),
        new("{0}", "{0}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText CountRead = new("Số liệu được đối chiếu", "A figure compared");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction<MinutesLine>(MinutesLine.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<MinutesLine> facts)
    {
        foreach (var block in ElectionBlock.Read(facts))
        {
            ReportCounts(context, block);
            ReportVotes(context, block);
        }
    }

    private static void ReportCounts(DocumentAnalysisContext context, ElectionBlock block)
    {
        var issued = block.Known(Tally.Issued);
        var returned = block.Known(Tally.Returned);
        var valid = block.Known(Tally.Valid);
        var invalid = block.Counts.TryGetValue(Tally.Invalid, out var stated) && !stated.Conflicting ? stated : null;
        if (returned is not null && valid is not null && invalid is not null && valid.Value + invalid.Value != returned.Value)
        {
            var sum = VietnameseNumber.FormatGrouped(valid.Value + invalid.Value, 0);
            context.Report(Rule, returned.Span, [], Related(valid, invalid), new LocalizedText(
                $"Số phiếu hợp lệ ({valid.Text}) và không hợp lệ ({invalid.Text}) cộng lại được {sum}, khác số phiếu thu về {returned.Text}",
                $"Valid ({valid.Text}) and invalid ({invalid.Text}) ballots add up to {sum}, not the {returned.Text} ballots returned"));
        }
        else if (returned is null && issued is not null && valid is not null && invalid is not null && valid.Value + invalid.Value > issued.Value)
        {
            var sum = VietnameseNumber.FormatGrouped(valid.Value + invalid.Value, 0);
            context.Report(Rule, issued.Span, [], Related(valid, invalid), new LocalizedText(
                $"Số phiếu hợp lệ ({valid.Text}) và không hợp lệ ({invalid.Text}) cộng lại được {sum}, nhiều hơn số phiếu phát ra {issued.Text}",
                $"Valid ({valid.Text}) and invalid ({invalid.Text}) ballots add up to {sum}, more than the {issued.Text} ballots issued"));
        }
        if (returned is not null && issued is not null && returned.Value > issued.Value)
        {
            context.Report(Rule, returned.Span, [], Related(issued), new LocalizedText(
                $"Số phiếu thu về {returned.Text} nhiều hơn số phiếu phát ra {issued.Text}",
                $"{returned.Text} ballots returned, more than the {issued.Text} issued"));
        }
    }

    private static void ReportVotes(DocumentAnalysisContext context, ElectionBlock block)
    {
        if (block.Votes.Count == 0)
        {
            return;
        }
        // No candidate can have more votes than there are valid ballots (or, unstated, ballots returned or issued).
        var ceiling = block.Known(Tally.Valid) is { } valid ? (Tally.Valid, valid)
            : block.Known(Tally.Returned) is { } returned ? (Tally.Returned, returned)
            : block.Known(Tally.Issued) is { } issued ? (Tally.Issued, issued) : ((Tally, BlockCount)?)null;
        var shares = new List<BlockVotes>();
        foreach (var votes in block.Votes)
        {
            if (ceiling is var (tally, bound) && votes.Votes.Votes > bound.Value)
            {
                var name = VoteBase.Name(tally, bound);
                context.Report(Rule, votes.VotesSpan, [], Related(bound), new LocalizedText(
                    $"Số phiếu bầu {votes.Votes.VotesText} nhiều hơn số {name.Vi} ({bound.Text})",
                    $"{votes.Votes.VotesText} votes, more than the {bound.Text} {name.En}"));
            }
            else if (votes.Votes.Percent <= 100)
            {
                shares.Add(votes);
            }
        }
        if (VoteBase.Choose(block, shares) is not { } chosen)
        {
            return;
        }
        foreach (var votes in shares)
        {
            var read = votes.Votes;
            if (read.Whole is not null || VoteBase.Agrees(read, chosen.Count.Value))
            {
                continue; // `131/144 phiếu, đạt 90,97%`: RL5001 checks the percentage against its own ratio
            }
            var expected = VietnameseNumber.Format(100m * read.Votes / chosen.Count.Value, read.Decimals);
            var name = VoteBase.Name(chosen.Of, chosen.Count);
            var fix = CodeFix.Replace(votes.PercentSpan, expected, FixSafety.Unsafe,
                new($"Sửa thành {expected}% ({read.VotesText}/{chosen.Count.Text})", $"Change to {expected}% ({read.VotesText}/{chosen.Count.Text})"));
            context.Report(Rule, votes.PercentSpan, [fix], Related(chosen.Count), new LocalizedText(
                $"Tỷ lệ {read.PercentText}% không khớp với {read.VotesText}/{chosen.Count.Text} {name.Vi} = {expected}%",
                $"The percentage {read.PercentText}% does not match {read.VotesText}/{chosen.Count.Text} {name.En} = {expected}%"));
        }
    }

    private static RelatedLocation[] Related(params BlockCount[] counts) => [.. counts.Select(c => new RelatedLocation(c.Span, CountRead))];
}
