using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// One line of a paragraph read as a row of a table laid out with spaces, as plain-text drafts type them
/// (`TT  Nội dung          Năm 2023    Năm 2024`): the gaps of two spaces or more between its cells (spans relative to
/// the paragraph), how many cells they part and how many of those are a figure alone. Two lines are rows of one table
/// when each has two gaps or more and their columns line up (<see cref="LineUp"/>): RL4004 leaves such gaps alone,
/// RL1001 the `TT` heading the first column. A single gap lines up with one of the line above or below when the text
/// after both starts at one column, or the figures after both end at one (<see cref="Placed.Aligns"/>).
/// </summary>
/// <param name="Words">The word right after each gap (up to the next space), in the order of <paramref name="Gaps"/>.</param>
internal sealed record SpacedLine(int Start, IReadOnlyList<TextSpan> Gaps, IReadOnlyList<GapWord> Words, int Cells, int Figures)
{
    private const int FewestGaps = 2;

    /// <summary>The lines of the paragraph, or null when none has a gap.</summary>
    public static List<SpacedLine>? Read(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        List<SpacedLine>? lines = null;
        var reader = new LineReader(0);
        var anyGap = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.LineBreak)
            {
                (lines ??= []).Add(reader.Build());
                reader = new LineReader(token.End);
                continue;
            }
            if (IsSpace(token) && reader.HasContent && !tokens[i - 1].Kind.IsTrivia())
            {
                reader.EndWord();
                var end = i;
                while (end < tokens.Count && IsSpace(tokens[end]))
                {
                    end++;
                }
                var gap = TextSpan.FromBounds(token.Start, tokens[end - 1].End);
                if (gap.Length >= 2 && end < tokens.Count && !tokens[end].Kind.IsTrivia())
                {
                    reader.AddGap(gap);
                    anyGap = true;
                }
                i = end - 1;
                continue;
            }
            reader.Add(paragraph, token);
        }
        if (reader.HasContent)
        {
            (lines ??= []).Add(reader.Build());
        }
        return anyGap ? lines : null;
    }

    /// <summary>The line of the paragraph holding the offset (relative to it), with the lines read once.</summary>
    public static Placed At(Paragraph paragraph, IReadOnlyList<SpacedLine> lines, int offset)
    {
        var index = 0;
        while (index + 1 < lines.Count && lines[index + 1].Start <= offset)
        {
            index++;
        }
        return new Placed(paragraph, lines, index);
    }

    /// <summary>A line of a paragraph of the document, to step to the lines above and below it.</summary>
    public readonly record struct Placed(Paragraph Paragraph, IReadOnlyList<SpacedLine> Lines, int Index)
    {
        public SpacedLine Line => Lines[Index];

        /// <summary>
        /// Whether the line is a row of a table laid out with spaces: it lines up with the line above or below, or (a
        /// row with one gap, its other cells left empty) shares a column with a neighbour that lines up with its own.
        /// </summary>
        public bool InTable(IReadOnlyList<Paragraph> paragraphs)
        {
            var line = Line;
            var above = Next(paragraphs, -1);
            var below = Next(paragraphs, 1);
            return (above is { } a && (LineUp(a.Line, line) || (line.SharesColumn(a.Line) && a.Next(paragraphs, -1) is { } aa && LineUp(aa.Line, a.Line))))
                || (below is { } b && (LineUp(line, b.Line) || (line.SharesColumn(b.Line) && b.Next(paragraphs, 1) is { } bb && LineUp(b.Line, bb.Line))));
        }

        /// <summary>
        /// Whether the gap at <paramref name="gap"/> (an index of <see cref="Gaps"/>) lines up with a gap of the line
        /// above or below: a column of names and figures typed with one gap a line (`1. Đồng chí …      97 phiếu`).
        /// </summary>
        public bool Aligns(IReadOnlyList<Paragraph> paragraphs, int gap) =>
            (Next(paragraphs, -1) is { } above && Line.AlignsWith(gap, above.Line))
            || (Next(paragraphs, 1) is { } below && Line.AlignsWith(gap, below.Line));

        /// <summary>The line right above (<paramref name="step"/> -1) or below (1), when it has a gap.</summary>
        public Placed? Next(IReadOnlyList<Paragraph> paragraphs, int step)
        {
            if (Index + step >= 0 && Index + step < Lines.Count)
            {
                return this with { Index = Index + step };
            }
            var neighbour = Paragraph.Index + step;
            if (neighbour < 0 || neighbour >= paragraphs.Count || Read(paragraphs[neighbour]) is not { } lines)
            {
                return null;
            }
            return new Placed(paragraphs[neighbour], lines, step < 0 ? lines.Count - 1 : 0);
        }
    }

    /// <summary>
    /// Whether <paramref name="below"/>, right under <paramref name="above"/>, is a row of the same table: both have two
    /// gaps or more, and a gap of one begins or ends at the column where one of the other does, or (typed with uneven
    /// gaps) they have as many cells and one of them holds mostly figures.
    /// </summary>
    public static bool LineUp(SpacedLine above, SpacedLine below) =>
        above.Gaps.Count >= FewestGaps && below.Gaps.Count >= FewestGaps
        && (above.SharesColumn(below) || (above.Cells == below.Cells && (above.MostlyFigures || below.MostlyFigures)));

    /// <summary>A line with a gap at least, one of them at a column of the other's.</summary>
    public bool SharesColumn(SpacedLine other)
    {
        foreach (var gap in Gaps)
        {
            foreach (var otherGap in other.Gaps)
            {
                if (gap.Start - Start == otherGap.Start - other.Start || gap.End - Start == otherGap.End - other.Start)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a gap of <paramref name="other"/> lines up with the gap at <paramref name="gap"/>: the text after both
    /// starts at one column (a column apart when both are wide, as a hand pads them), or both are followed by a figure
    /// ending at one column (figures aligned on the right, `131 phiếu` over `97 phiếu`).
    /// </summary>
    private bool AlignsWith(int gap, SpacedLine other)
    {
        var (span, word) = (Gaps[gap], Words[gap]);
        for (var i = 0; i < other.Gaps.Count; i++)
        {
            var (otherSpan, otherWord) = (other.Gaps[i], other.Words[i]);
            var slack = span.Length >= WideGap && otherSpan.Length >= WideGap ? 1 : 0;
            if (Math.Abs((span.End - Start) - (otherSpan.End - other.Start)) <= slack
                || (word.Figure && otherWord.Figure && word.End - Start == otherWord.End - other.Start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A gap this wide is typed to pad a column, never by a slip of the thumb.</summary>
    private const int WideGap = 3;

    private bool MostlyFigures => 2 * Figures > Cells;

    private static bool IsSpace(Token token) => token.Kind is TokenKind.Space or TokenKind.NoBreakSpace;

    private static bool IsSign(Paragraph paragraph, Token token) => paragraph.GetText(token) is "+" or "-" or "−";

    /// <summary>Gathers a line's gaps and the word after each, and counts its cells and those that are one number, signed or not (`+1.200.000`).</summary>
    private sealed class LineReader(int start)
    {
        private readonly List<TextSpan> _gaps = [];
        private readonly List<GapWord> _words = [];
        private bool _wordOpen;
        private int _wordTokens;
        private bool _wordSigned;
        private int _cells;
        private int _figures;
        private int _cellTokens;
        private bool _cellIsFigure;

        public bool HasContent => _cells > 0 || _cellTokens > 0;

        public void Add(Paragraph paragraph, Token token)
        {
            if (token.Kind.IsTrivia())
            {
                EndWord();
                return;
            }
            if (_wordOpen)
            {
                // A figure starts with a number, or with a sign right before one.
                _wordTokens++;
                var figure = token.Kind == TokenKind.Number
                    ? _wordTokens == 1 || (_wordTokens == 2 && _wordSigned)
                    : _wordTokens > 1 && _words[^1].Figure;
                _wordSigned = _wordTokens == 1 && IsSign(paragraph, token);
                _words[^1] = new GapWord(token.End, figure);
            }
            _cellTokens++;
            _cellIsFigure = token.Kind == TokenKind.Number
                ? _cellTokens == 1 || (_cellTokens == 2 && _cellIsFigure)
                : _cellTokens == 1 && IsSign(paragraph, token);
        }

        public void AddGap(TextSpan gap)
        {
            _gaps.Add(gap);
            _words.Add(new GapWord(gap.End, false));
            (_wordOpen, _wordTokens, _wordSigned) = (true, 0, false);
            EndCell();
        }

        /// <summary>A space ends the word after a gap.</summary>
        public void EndWord() => _wordOpen = false;

        public SpacedLine Build()
        {
            if (_cellTokens > 0)
            {
                EndCell();
            }
            return new SpacedLine(start, _gaps, _words, _cells, _figures);
        }

        private void EndCell()
        {
            _cells++;
            _figures += _cellIsFigure && _cellTokens > 0 ? 1 : 0;
            (_cellTokens, _cellIsFigure) = (0, false);
        }
    }
}

/// <summary>The word right after a gap of a <see cref="SpacedLine"/>: where it ends, and whether it is a figure (`97`, `+1.500`, `67,36%`).</summary>
internal readonly record struct GapWord(int End, bool Figure);
