using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4004: one space between words. Two spaces, or a no-break space beside a space (a double
/// space the eye cannot see, common in text copied from web pages), are reported; runs of spaces that lay out a line
/// are not: the blanks a draft leaves for its number and day, the wide gaps of a header's columns, the gaps of a table
/// laid out with spaces and a gap that lines up with one of the line above or below (<see cref="SpacedLine"/>: whether
/// a line is one depends on the lines around it, so the rule is document-wide), the gaps between the names or capitals
/// of a signature block (<see cref="ColumnsOfNames"/>) and the padding of a pipe table's cells. A run reported on a line
/// laid out so is mended only on demand: one space fewer shifts the columns after it.
/// </summary>
public sealed class MultipleSpacesAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4004", "multiple-spaces",
        new("Nhiều khoảng trắng liền nhau", "Multiple spaces"),
        new("{0} khoảng trắng liền nhau giữa hai từ{1}; chỉ dùng một", "{0} spaces in a row between words{1}; use one"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    // A no-break space (from the web) is invisible beside an ordinary one: say so, or the writer sees one space.
    private static readonly LocalizedText WithNoBreakSpace = new(", có khoảng trắng không ngắt (U+00A0)", ", one of them a no-break space (U+00A0)");
    private static readonly LocalizedText Plain = new("", "");
    private static readonly LocalizedText FixTitle = new("Thay bằng một khoảng trắng", "Replace with one space");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>
    /// A run of spaces to report unless its line is laid out: <paramref name="Gap"/> is its index among its line's
    /// gaps, <paramref name="PadsCell"/> whether it stands beside a pipe of a table row.
    /// </summary>
    private sealed record Run(TextSpan Span, bool NoBreak, int Gap, bool PadsCell);

    /// <param name="NameLines">The lines (indices of <paramref name="Lines"/>) of names or capitals in columns.</param>
    /// <param name="PipeRow">The paragraph reads as a row of a pipe table.</param>
    private sealed record Facts(IReadOnlyList<Run> Runs, IReadOnlyList<SpacedLine> Lines, IReadOnlySet<int> NameLines, bool PipeRow);

    private static Facts? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<(TextSpan Span, bool NoBreak, bool PadsCell)>? found = null;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!IsSpace(tokens[i]) || tokens[i - 1].Kind.IsTrivia())
            {
                continue;
            }
            var end = i;
            var noBreak = false;
            while (end < tokens.Count && IsSpace(tokens[end]))
            {
                noBreak |= tokens[end].Kind == TokenKind.NoBreakSpace;
                end++;
            }
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[end - 1].End);
            // Spaces before the end of the line or markup are trailing, not between words.
            if (span.Length >= 2 && end < tokens.Count && !tokens[end].Kind.IsTrivia() && tokens[end].Kind != TokenKind.Markup
                && !IsBlankToFill(paragraph, i - 1, end, span.Length) && !(span.Length >= ColumnGap && !noBreak))
            {
                (found ??= []).Add((span, noBreak, TableRow.IsPipe(paragraph, tokens[i - 1]) || TableRow.IsPipe(paragraph, tokens[end])));
            }
            i = end - 1;
        }
        if (found is null)
        {
            return null;
        }
        // Every run is a gap of the paragraph's lines, so they are read whenever there is a run.
        var lines = SpacedLine.Read(paragraph) ?? [];
        var runs = new List<Run>(found.Count);
        var nameLines = new HashSet<int>();
        foreach (var (span, noBreak, padsCell) in found)
        {
            var line = SpacedLine.At(paragraph, lines, span.Start);
            if (ColumnsOfNames.Is(paragraph, lines, line.Index))
            {
                nameLines.Add(line.Index);
            }
            runs.Add(new Run(span, noBreak, GapAt(line.Line, span), padsCell));
        }
        return new Facts(runs, lines, nameLines, TableRow.Read(paragraph, context.DocumentKind) is { IsAlignment: false });
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Facts> facts)
    {
        var paragraphs = context.Document.Paragraphs;
        foreach (var (paragraph, found) in facts)
        {
            if (found.Lines.Count == 0)
            {
                continue;
            }
            var inPipeTable = found.PipeRow && NextToRow(context.Document, paragraph);
            // Runs come line by line: a line is judged once.
            LineLayout? judged = null;
            foreach (var run in found.Runs)
            {
                var line = SpacedLine.At(paragraph, found.Lines, run.Span.Start);
                if (judged?.Line.Index != line.Index)
                {
                    judged = new LineLayout(line, line.InTable(paragraphs), found.NameLines.Contains(line.Index));
                }
                if (judged.InTable || judged.NameColumns || (run.PadsCell && inPipeTable) || (run.Gap >= 0 && line.Aligns(paragraphs, run.Gap)))
                {
                    continue; // `TT  Nội dung      Năm 2024`, `| Chỉ tiêu     |`: the gaps lay out columns
                }
                var safety = run.Span.Length == 2 && !found.PipeRow && !judged.LooksLaidOut(paragraphs) ? FixSafety.Safe : FixSafety.Unsafe;
                var span = paragraph.ToAbsolute(run.Span);
                context.Report(Rule, span, CodeFix.Replace(span, " ", safety, FixTitle), span.Length, run.NoBreak ? WithNoBreakSpace : Plain);
            }
        }
    }

    /// <summary>The index of the line's gap that is the run, or -1.</summary>
    private static int GapAt(SpacedLine line, TextSpan run)
    {
        for (var i = 0; i < line.Gaps.Count; i++)
        {
            if (line.Gaps[i].Start == run.Start)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The row of a pipe table above or below the paragraph: a row alone is no table.</summary>
    private static bool NextToRow(ReportDocument document, Paragraph paragraph) =>
        (paragraph.Index > 0 && TableRow.Read(document.Paragraphs[paragraph.Index - 1], document.Kind) is not null)
        || (paragraph.Index + 1 < document.Paragraphs.Count && TableRow.Read(document.Paragraphs[paragraph.Index + 1], document.Kind) is not null);

    /// <summary>How a line with runs to report is laid out.</summary>
    private sealed record LineLayout(SpacedLine.Placed Line, bool InTable, bool NameColumns)
    {
        /// <summary>
        /// Whether a gap of the line pads a column (three spaces or more, or lined up with the line above or below):
        /// then the line's other runs are no plain slips, and collapsing one would shift what follows it.
        /// </summary>
        public bool LooksLaidOut(IReadOnlyList<Paragraph> paragraphs)
        {
            var gaps = Line.Line.Gaps;
            for (var i = 0; i < gaps.Count; i++)
            {
                if (gaps[i].Length >= 3 || Line.Aligns(paragraphs, i))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// A run this long lays out columns (`UBND HUYỆN …      CỘNG HÒA XÃ HỘI …`, `Nơi nhận:      TRƯỞNG PHÒNG`): a slip
    /// of the thumb doubles a space, it does not type eight.
    /// </summary>
    private const int ColumnGap = 8;

    /// <summary>
    /// A draft leaves its number and day blank until it is signed: `Số:      /2024/NQ-HĐND`,
    /// `ngày      tháng 12 năm 2024`. Three spaces or more there are a blank to fill, not a slip.
    /// </summary>
    private static bool IsBlankToFill(Paragraph paragraph, int before, int after, int length)
    {
        if (length < 3)
        {
            return false;
        }
        var previous = paragraph.GetText(paragraph.Tokens[before]);
        var next = paragraph.GetText(paragraph.Tokens[after]);
        return (previous is "ngày" or "tháng" && next is "tháng" or "năm")
            || (next is "/" && (previous is "Số:" or "Số" or "số"
                || (previous is ":" && before > 0 && paragraph.GetText(paragraph.Tokens[before - 1]) is "Số" or "số")));
    }

    private static bool IsSpace(Token token) => token.Kind is TokenKind.Space or TokenKind.NoBreakSpace;
}
