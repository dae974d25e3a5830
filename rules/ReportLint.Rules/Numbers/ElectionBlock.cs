using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>A count of an election block, its span absolute; <see cref="Conflicting"/> when the block states it twice, differently.</summary>
internal sealed record BlockCount(long Value, TextSpan Span, string Text, string? Unit, bool Conflicting = false);

/// <summary>A candidate's votes with absolute spans.</summary>
internal sealed record BlockVotes(CandidateVotes Votes, TextSpan VotesSpan, TextSpan PercentSpan);

/// <summary>
/// One election of the minutes: its counts, the base its percentages are declared over, and its candidates' votes. A
/// block ends where another election starts: a new `Số phiếu phát ra`, any count or a heading (`Kết quả bầu Bí thư:`)
/// once candidates were read, a new table of votes, or a long stretch without anything of the minutes. Delegates read
/// before the ballots belong to the block that follows them.
/// </summary>
internal sealed class ElectionBlock
{
    // Paragraphs with nothing of the minutes after which the block is over.
    private const int MaxGap = 8;

    public Dictionary<Tally, BlockCount> Counts { get; } = [];

    public List<BlockVotes> Votes { get; } = [];

    public Tally? Basis { get; private set; }

    public bool BasisConflicts { get; private set; }

    private int _lastParagraph = -1;

    public BlockCount? Known(Tally tally) => Counts.TryGetValue(tally, out var count) && !count.Conflicting && count.Value > 0 ? count : null;

    /// <summary>The blocks of the document, in order.</summary>
    public static IEnumerable<ElectionBlock> Read(DocumentFacts<MinutesLine> facts)
    {
        var block = new ElectionBlock();
        VotesTable? table = null;
        foreach (var (paragraph, line) in facts)
        {
            if (block._lastParagraph >= 0 && paragraph.Index - block._lastParagraph > MaxGap)
            {
                yield return block;
                block = new ElectionBlock();
            }
            if (line.Row is { } row && VotesTable.Read(row, paragraph.Index) is { } header)
            {
                if (block.Votes.Count > 0)
                {
                    yield return block;
                    block = new ElectionBlock();
                }
                table = header;
            }
            else if (line.Row is { } body && table is { } open && open.Follows(body, paragraph.Index)
                && open.Votes(body, paragraph) is { } votes)
            {
                block.Add(votes, paragraph.Index);
            }
            foreach (var count in line.Counts)
            {
                if (block.Votes.Count > 0 || (count.Of == Tally.Issued && block.Counts.ContainsKey(Tally.Issued)))
                {
                    yield return block;
                    block = new ElectionBlock();
                }
                block.Add(count, paragraph);
            }
            if (line.Basis is { } basis)
            {
                block.BasisConflicts |= block.Basis is { } stated && stated != basis;
                block.Basis = basis;
                block._lastParagraph = paragraph.Index;
            }
            if (line.IsHeading && block.Votes.Count > 0)
            {
                yield return block;
                block = new ElectionBlock();
            }
            foreach (var votes in line.Votes)
            {
                block.Add(new BlockVotes(votes, paragraph.ToAbsolute(votes.VotesSpan), paragraph.ToAbsolute(votes.PercentSpan)), paragraph.Index);
            }
        }
        yield return block;
    }

    private void Add(BlockVotes votes, int paragraph)
    {
        Votes.Add(votes);
        _lastParagraph = paragraph;
    }

    private void Add(TallyCount count, Paragraph paragraph)
    {
        var read = new BlockCount(count.Value, paragraph.ToAbsolute(count.Span), count.Text, count.Unit);
        // The same count written twice alike (a summary line) is one count; written twice otherwise, neither is trusted.
        Counts[count.Of] = Counts.TryGetValue(count.Of, out var known) && known.Value != count.Value ? known with { Conflicting = true } : known ?? read;
        _lastParagraph = paragraph.Index;
    }
}
