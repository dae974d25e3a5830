using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4004: one space between words. Two spaces, or a no-break space beside a space (a double
/// space the eye cannot see, common in text copied from web pages), are reported; the blanks a draft
/// leaves for its number and day, the wide gaps that lay out a header's columns and the gaps of a table laid out with
/// spaces (<see cref="SpacedLine"/>: whether a line is one depends on the lines around it, so the rule is document-wide) are not.
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

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>A run of spaces to report, unless its line is a row of a table laid out with spaces.</summary>
    private sealed record Run(TextSpan Span, bool NoBreak);

    private sealed record Facts(IReadOnlyList<Run> Runs, IReadOnlyList<SpacedLine> Lines);

    private static Facts? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<Run>? runs = null;
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
                (runs ??= []).Add(new Run(span, noBreak));
            }
            i = end - 1;
        }
        // Every run is a gap of the paragraph's lines, so they are read whenever there is a run.
        return runs is null ? null : new Facts(runs, SpacedLine.Read(paragraph) ?? []);
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
            // Runs come line by line: a line is judged once.
            (int Line, bool InTable) judged = (-1, false);
            foreach (var run in found.Runs)
            {
                var line = SpacedLine.At(paragraph, found.Lines, run.Span.Start);
                if (line.Index != judged.Line)
                {
                    judged = (line.Index, line.InTable(paragraphs));
                }
                if (judged.InTable)
                {
                    continue; // `TT  Nội dung      Năm 2024`: the gaps lay out a table's columns
                }
                var span = paragraph.ToAbsolute(run.Span);
                context.Report(Rule, span, CodeFix.Replace(span, " ", FixSafety.Safe, new("Thay bằng một khoảng trắng", "Replace with one space")),
                    span.Length, run.NoBreak ? WithNoBreakSpace : Plain);
            }
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
