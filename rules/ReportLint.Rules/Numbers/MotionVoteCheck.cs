using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5024's check of votes on motions (<see cref="MotionVoteLine"/>): those for, against and neither make those present.
/// The number present is the last one the minutes stated before the vote; a table whose rows all agree on another sum
/// (two rows or more) is taken as counted over another body and left alone. With no number present stated, a table row
/// is checked against the sum every other row shares, when at least three rows share it and they outnumber the others
/// more than twice; prose is then not checked.
/// </summary>
internal static class MotionVoteCheck
{
    private const int FewestRowsAgreeing = 3;

    /// <param name="FromVoters">The number expected is those the minutes say took part in the vote, not those present.</param>
    internal readonly record struct Finding(MotionVote Vote, long Expected, bool FromPresent, bool FromVoters = false);

    public static IEnumerable<Finding> Find(DocumentFacts<MotionVoteLine> facts)
    {
        long? present = null;
        var voting = false; // `present` counts those who took part in the vote
        for (var i = 0; i < facts.Count; i++)
        {
            var (paragraph, line) = facts[i];
            if (line.Voters is not null || line.Present is not null)
            {
                (present, voting) = (line.Voters ?? line.Present, line.Voters is not null);
            }
            if (line.Prose is { } prose && present is { } stated && prose.Sum != stated)
            {
                yield return new Finding(prose with { Span = paragraph.ToAbsolute(prose.Span) }, stated, true, voting);
            }
            if (line.Row is not { } header || MotionVoteLine.VoteColumns(header) is not { } columns)
            {
                continue;
            }
            var votes = new List<MotionVote>();
            var position = 0;
            var previous = paragraph.Index;
            for (var j = i + 1; j < facts.Count && facts[j].Paragraph.Index == previous + 1 && facts[j].Facts.Row is { } row; j++, i++)
            {
                previous = facts[j].Paragraph.Index;
                if (row.IsAlignment)
                {
                    continue;
                }
                var under = row.Under(header);
                if (under.Cells.Count != header.Cells.Count)
                {
                    break;
                }
                if (MotionVoteLine.ReadRow(facts[j].Paragraph, under, columns, ++position) is { } vote)
                {
                    votes.Add(vote);
                }
            }
            foreach (var finding in Check(votes, present))
            {
                yield return finding with { FromVoters = voting && finding.FromPresent };
            }
        }
    }

    /// <summary>A share written after an answer in prose, and the number of those voting it is not the share of.</summary>
    internal readonly record struct ShareFinding(Core.Syntax.Paragraph Paragraph, VoteShare Share, long Count, string CountText, long Base, bool FromVoters);

    /// <summary>
    /// RL5001's check of the shares of a vote in prose (`tán thành 12 đồng chí (đạt 92,31%)`): each is its answer's count
    /// over those voting, the number RL5024 adds the answers up to. A share of the answers' own sum is no slip of the share
    /// (the sum is RL5024's finding), nor is one of the total in `có mặt 13/15` (a share of all members).
    /// </summary>
    public static IEnumerable<ShareFinding> Shares(DocumentFacts<MotionVoteLine> facts)
    {
        long? present = null;
        long? total = null;
        var fromVoters = false;
        for (var i = 0; i < facts.Count; i++)
        {
            var (paragraph, line) = facts[i];
            if (line.Voters is { } voters)
            {
                (present, total, fromVoters) = (voters, line.Members, true);
            }
            else if (line.Present is { } stated)
            {
                (present, total, fromVoters) = (stated, line.Members, false);
            }
            if (line.Prose is not { Shares: { } shares } prose || present is not { } whole || whole <= 0)
            {
                continue;
            }
            for (var answer = 0; answer < shares.Length; answer++)
            {
                if (shares[answer] is not { } share)
                {
                    continue;
                }
                var count = prose.Counts[answer];
                if (count > whole || PercentageLinker.Agrees(count, whole, share.Percent, share.Decimals)
                    || (prose.Sum > 0 && PercentageLinker.Agrees(count, prose.Sum, share.Percent, share.Decimals))
                    || (total is { } members && members > 0 && count <= members && PercentageLinker.Agrees(count, members, share.Percent, share.Decimals)))
                {
                    continue;
                }
                yield return new ShareFinding(paragraph, share, count, prose.Texts[answer], whole, fromVoters);
            }
        }
    }

    private static IEnumerable<Finding> Check(List<MotionVote> votes, long? present)
    {
        var sums = votes.GroupBy(v => v.Sum).OrderByDescending(g => g.Count()).ToList();
        if (present is { } stated)
        {
            // Every row on one other sum: the vote of another body than the one whose attendance was stated.
            return sums.Count == 1 && votes.Count >= 2 ? [] : votes.Where(v => v.Sum != stated).Select(v => new Finding(v, stated, true));
        }
        if (sums.Count < 2 || sums[0].Count() < FewestRowsAgreeing || sums[0].Count() <= 2 * (votes.Count - sums[0].Count()))
        {
            return [];
        }
        var common = sums[0].Key;
        return votes.Where(v => v.Sum != common).Select(v => new Finding(v, common, false));
    }

    public static LocalizedText Message(Finding finding)
    {
        var vote = finding.Vote;
        var (of, ofEn) = vote.Label is { } label ? ($" của “{label}”", $" of “{label}”")
            : vote.Position > 0 ? ($" của dòng {vote.Position}", $" of row {vote.Position}") : ("", "");
        var sum = VietnameseNumber.FormatGrouped(vote.Sum, 0);
        var expected = VietnameseNumber.FormatGrouped(finding.Expected, 0);
        return finding.FromVoters
            ? new($"Số biểu quyết tán thành, không tán thành, không biểu quyết{of} cộng lại được {sum} ({vote.Addition}), khác số người tham gia biểu quyết ({expected})",
                $"The votes for, against and neither{ofEn} add up to {sum} ({vote.Addition}), not the {expected} taking part in the vote")
            : finding.FromPresent
            ? new($"Số biểu quyết tán thành, không tán thành, không biểu quyết{of} cộng lại được {sum} ({vote.Addition}), khác số người có mặt ({expected})",
                $"The votes for, against and neither{ofEn} add up to {sum} ({vote.Addition}), not the {expected} present")
            : new($"Số biểu quyết tán thành, không tán thành, không biểu quyết{of} cộng lại được {sum} ({vote.Addition}), khác {expected} như các dòng khác của bảng",
                $"The votes for, against and neither{ofEn} add up to {sum} ({vote.Addition}), not {expected} as in the table's other rows");
    }
}
