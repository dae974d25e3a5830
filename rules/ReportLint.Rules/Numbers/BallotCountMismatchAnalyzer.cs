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
/// (`131/144 phiếu, đạt 90,97%`) is RL5001's. When the minutes state that the elected need more than half, no candidate
/// they count among the elected may have half the base or less (<see cref="ReportElected"/>). A vote on a motion
/// (<see cref="MotionVoteCheck"/>) must add up to those present.
/// </summary>
public sealed class BallotCountMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5024", "ballot-count-mismatch",
        new("Số phiếu, tỷ lệ trong biên bản kiểm phiếu không khớp", "Ballot counts or vote percentages do not match"),
        new("{0}", "{0}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText CountRead = new("Số liệu được đối chiếu", "A figure compared");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentAction<MinutesLine>(MinutesLine.Collect, Report);
        context.RegisterDocumentAction<MotionVoteLine>(MotionVoteLine.Collect, ReportMotions);
    }

    /// <summary>A vote on a motion whose answers do not make those present (<see cref="MotionVoteCheck"/>).</summary>
    private static void ReportMotions(DocumentAnalysisContext context, DocumentFacts<MotionVoteLine> facts)
    {
        foreach (var finding in MotionVoteCheck.Find(facts))
        {
            context.Report(Rule, finding.Vote.Span, [], [], MotionVoteCheck.Message(finding));
        }
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<MinutesLine> facts)
    {
        foreach (var block in ElectionBlock.Read(facts))
        {
            ReportCounts(context, block);
            var chosen = ReportVotes(context, block);
            ReportElected(context, block, chosen);
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

    /// <summary>Reports votes over the ceiling and percentages off their base; returns that base if one was found.</summary>
    private static VoteBase.Chosen? ReportVotes(DocumentAnalysisContext context, ElectionBlock block)
    {
        if (block.Votes.Count == 0)
        {
            return null;
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
            return null;
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
        return chosen;
    }

    /// <summary>
    /// A candidate counted among the elected (marked `trúng cử`, or among the first as many by votes as the minutes say
    /// were elected) with half the base or less, when the minutes state the majority rule. The base is the one the
    /// rule names, else the one the percentages are taken over; without either, or when the count of the elected cuts
    /// through equal votes, nothing is said.
    /// </summary>
    private static void ReportElected(DocumentAnalysisContext context, ElectionBlock block, VoteBase.Chosen? chosen)
    {
        if (!block.StatesMajority || block.Votes.Count == 0)
        {
            return;
        }
        var bound = block.MajorityBase is { } named ? (block.Known(named) is { } count ? new VoteBase.Chosen(named, count) : (VoteBase.Chosen?)null) : chosen;
        if (bound is not { } majorityBase)
        {
            return;
        }
        // `có 15 đồng chí trúng cử`: those with more votes than the 16th by votes (all of them when 15 ran).
        var cut = block.Elected is { } elected && elected > 0 && elected <= block.Votes.Count ? elected : 0;
        var below = cut == 0 ? long.MaxValue
            : cut == block.Votes.Count ? -1 : block.Votes.Select(v => v.Votes.Votes).OrderDescending().ElementAt(cut);
        foreach (var votes in block.Votes)
        {
            var read = votes.Votes;
            var counted = read.MarkedElected || read.Votes > below;
            if (!counted || 2 * read.Votes > majorityBase.Count.Value)
            {
                continue;
            }
            var name = VoteBase.Name(majorityBase.Of, majorityBase.Count);
            var share = VietnameseNumber.Format(100m * read.Votes / majorityBase.Count.Value, 2);
            context.Report(Rule, votes.VotesSpan, [], Related(majorityBase.Count), new LocalizedText(
                $"{read.VotesText} phiếu ({share}%) không quá một nửa số {name.Vi} ({majorityBase.Count.Text}) nhưng được tính là trúng cử",
                $"{read.VotesText} votes ({share}%) are not more than half of the {majorityBase.Count.Text} {name.En}, yet counted as elected"));
        }
    }

    private static RelatedLocation[] Related(params BlockCount[] counts) => [.. counts.Select(c => new RelatedLocation(c.Span, CountRead))];
}
