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
/// before the ballots belong to the block that follows them. What the minutes say of the outcome (<see
/// cref="ElectionOutcome"/>) belongs to the block whose candidates it follows, even past the heading (`III. KẾT QUẢ BẦU
/// CỬ`) that closed it; a line that opens another election (`Bầu Ban Thường vụ: 5 đồng chí trúng cử`) speaks of that one.
/// </summary>
internal sealed class ElectionBlock
{
    // Paragraphs with nothing of the minutes after which the block is over.
    private const int MaxGap = 8;

    public Dictionary<Tally, BlockCount> Counts { get; } = [];

    public List<BlockVotes> Votes { get; } = [];

    public Tally? Basis { get; private set; }

    public bool BasisConflicts { get; private set; }

    /// <summary>The minutes state that the elected need more than half (`quá một nửa`).</summary>
    public bool StatesMajority { get; private set; }

    /// <summary>The base the majority is counted over, when the statement names it.</summary>
    public Tally? MajorityBase { get; private set; }

    /// <summary>How many the minutes say were elected; null when unsaid or said twice differently.</summary>
    public int? Elected { get; private set; }

    private bool _electedConflicts;

    private int _lastParagraph = -1;

    public BlockCount? Known(Tally tally) => Counts.TryGetValue(tally, out var count) && !count.Conflicting && count.Value > 0 ? count : null;

    /// <summary>The blocks of the document, in order. A list: an outcome may still be added to a closed block.</summary>
    public static List<ElectionBlock> Read(DocumentFacts<MinutesLine> facts)
    {
        var blocks = new List<ElectionBlock>();
        var block = new ElectionBlock();
        VotesTable? table = null;
        foreach (var (paragraph, line) in facts)
        {
            if (block._lastParagraph >= 0 && paragraph.Index - block._lastParagraph > MaxGap)
            {
                blocks.Add(block);
                block = new ElectionBlock();
            }
            if (line.Row is { } row && VotesTable.Read(row, paragraph.Index) is { } header)
            {
                if (block.Votes.Count > 0)
                {
                    blocks.Add(block);
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
                    blocks.Add(block);
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
                blocks.Add(block);
                block = new ElectionBlock();
            }
            if (line.Outcome is { } outcome)
            {
                OutcomeBlock(block, blocks, line, paragraph.Index).Add(outcome);
            }
            foreach (var votes in line.Votes)
            {
                block.Add(new BlockVotes(votes, paragraph.ToAbsolute(votes.VotesSpan), paragraph.ToAbsolute(votes.PercentSpan)), paragraph.Index);
            }
        }
        blocks.Add(block);
        return blocks;
    }

    /// <summary>
    /// The block an outcome line speaks of: the current one once it has candidates, or when the line opens an election;
    /// else the last closed block with candidates, when nothing of another election came since and it is near.
    /// </summary>
    private static ElectionBlock OutcomeBlock(ElectionBlock current, List<ElectionBlock> closed, MinutesLine line, int paragraph)
    {
        if (current.Votes.Count > 0 || line.IsHeading || current.Counts.Count > 0 || closed.Count == 0)
        {
            return current;
        }
        var previous = closed[^1];
        return previous.Votes.Count > 0 && paragraph - previous._lastParagraph <= MaxGap ? previous : current;
    }

    private void Add(ElectionOutcome outcome)
    {
        StatesMajority |= outcome.StatesMajority;
        MajorityBase ??= outcome.MajorityBase;
        if (outcome.Elected is { } elected)
        {
            _electedConflicts |= Elected is { } said && said != elected;
            Elected = _electedConflicts ? null : elected;
        }
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
