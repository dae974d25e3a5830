using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The count the candidates' percentages of an election are taken over. Declared (`tỷ lệ tính trên tổng số phiếu hợp
/// lệ`, `so với tổng số đại biểu`), it is that count, unless two or more candidates are listed and none agrees with it
/// (what the declaration names is then unclear). Undeclared, it is the one count among the valid ballots, the ballots
/// returned, the delegates present and the delegates convened that most candidates agree with: at least two, more than
/// half of them, and no other count with as many. Otherwise there is no base, and nothing to report.
/// </summary>
internal static class VoteBase
{
    private static readonly Tally[] Bases = [Tally.Valid, Tally.Returned, Tally.Present, Tally.Members];

    private const int FewestAgreeing = 2;

    internal readonly record struct Chosen(Tally Of, BlockCount Count);

    public static bool Agrees(CandidateVotes votes, long whole) =>
        votes.Whole is { } written ? written == whole && PercentageLinker.Agrees(votes.Votes, written, votes.Percent, votes.Decimals)
            : PercentageLinker.Agrees(votes.Votes, whole, votes.Percent, votes.Decimals);

    public static Chosen? Choose(ElectionBlock block, List<BlockVotes> shares)
    {
        if (shares.Count == 0 || block.BasisConflicts)
        {
            return null;
        }
        if (block.Basis is { } declared)
        {
            return block.Known(declared) is { } count && (shares.Count == 1 || shares.Exists(v => Agrees(v.Votes, count.Value)))
                ? new Chosen(declared, count)
                : null;
        }
        // The same count under two names (no ballot spoilt) is named once, by the likelier base.
        var ranked = Bases.Select(tally => (Of: tally, Count: block.Known(tally)))
            .Where(b => b.Count is not null)
            .DistinctBy(b => b.Count!.Value)
            .Select(b => (Base: new Chosen(b.Of, b.Count!), Agreeing: shares.Count(v => Agrees(v.Votes, b.Count!.Value))))
            .OrderByDescending(b => b.Agreeing)
            .ToList();
        return ranked.Count > 0 && ranked[0].Agreeing >= FewestAgreeing && 2 * ranked[0].Agreeing > shares.Count
            && (ranked.Count == 1 || ranked[1].Agreeing < ranked[0].Agreeing)
            ? ranked[0].Base
            : null;
    }

    /// <summary>The count's name in a message: `phiếu hợp lệ`, `đại biểu có mặt`…</summary>
    public static LocalizedText Name(Tally tally, BlockCount count) => tally switch
    {
        Tally.Valid => new("phiếu hợp lệ", "valid ballots"),
        Tally.Returned => new("phiếu thu về", "ballots returned"),
        Tally.Issued => new("phiếu phát ra", "ballots issued"),
        Tally.Present => new($"{count.Unit ?? "đại biểu"} có mặt", "present"),
        _ => count.Unit is null or "đại biểu" ? new("đại biểu được triệu tập", "delegates convened") : new($"{count.Unit} (tổng số)", "members"),
    };
}
