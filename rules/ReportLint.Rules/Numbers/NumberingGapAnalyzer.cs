using System.Globalization;
using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5025: a numbering that skips or repeats a number: headings `1.`, `2.`, `4.`; `I.`, `II.`, `IV.`; items `a)`, `b)`,
/// `d)`; a `3.` twice; `(8)` then `(10)` in a paragraph. Paragraphs opening with a marker are sorted into levels
/// (<see cref="NumberingOutline"/>: Roman headings, `1.` restarting under each, `a)` under each `1.`); the `(1)` markers
/// inside one paragraph are read on their own. Only a sequence that starts at the first number and whose other
/// markers all go on one from another is reported: then the one marker out of turn is plainly a slip.
/// </summary>
public sealed partial class NumberingGapAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5025", "numbering-gap",
        new("Số thứ tự bị nhảy cóc hoặc lặp lại", "Numbering skips or repeats a number"),
        new("Số thứ tự không liền mạch: sau “{0}” là “{1}”, không phải “{2}”", "Numbering out of sequence: “{0}” is followed by “{1}”, not “{2}”"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterParagraphAction(AnalyzeInline);
        context.RegisterDocumentAction(Collect, ReportOutline);
    }

    private static PlacedMarker? Collect(ParagraphFactsContext context)
    {
        var text = context.Paragraph.Text;
        if (Leading().Match(text) is not { Success: true } match || ItemOf(match) is not { } item
            || (item.Style == "(1)" && InlineMarkers(context.Paragraph).Count >= 2))
        {
            return null; // `(1) …; (2) …` in one paragraph is read by AnalyzeInline
        }
        var marker = match.Groups["marker"];
        var label = match.Groups["label"];
        return new PlacedMarker(marker.Index, marker.Value, label.Index - marker.Index, label.Length, item);
    }

    private static void ReportOutline(DocumentAnalysisContext context, DocumentFacts<PlacedMarker> facts)
    {
        var outline = new NumberingOutline();
        foreach (var (paragraph, marker) in facts)
        {
            outline.Add(marker with { Start = paragraph.Start + marker.Start });
        }
        foreach (var sequence in outline.Finish())
        {
            var (span, fix, arguments) = Finding(sequence);
            context.Report(Rule, span, fix, arguments);
        }
    }

    private static void AnalyzeInline(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.Text;
        if (!text.Contains("(1)", StringComparison.Ordinal) || InlineMarkers(context.Paragraph) is not { Count: >= 3 } markers)
        {
            return;
        }
        var outline = new NumberingOutline();
        foreach (var marker in markers)
        {
            outline.Add(new PlacedMarker(marker.Start, text.Substring(marker.Start, marker.Length), 1, marker.Length - 2, marker.Item));
        }
        foreach (var sequence in outline.Finish())
        {
            var (span, fix, arguments) = Finding(sequence);
            context.Report(Rule, span, fix, arguments);
        }
    }

    private static List<ListMarker> InlineMarkers(Paragraph paragraph) => ListMarkers.Of(paragraph).Where(m => m.Item.Style == "(1)").ToList();

    private static (TextSpan Span, CodeFix? Fix, object[] Arguments) Finding(NumberingSequence sequence)
    {
        var (previous, marker, expected) = sequence.Slip!.Value;
        var span = new TextSpan(marker.Start, marker.Text.Length);
        var written = marker.WithLabel(expected);
        // Renumbering one marker mends the sequence only when it is the last one: `1, 2, 4` → `3`, not `1, 2, 4, 5`.
        var fix = sequence.SlipIsLast ? CodeFix.Replace(span, written, FixSafety.Unsafe) : null;
        return (span, fix, [previous.Text, written, marker.Text]);
    }

    private static NumberedItem? ItemOf(Match match)
    {
        var label = match.Groups["label"].Value;
        var close = match.Groups["close"].Value;
        if (match.Groups["roman"].Success)
        {
            return RomanNumerals.TryParse(label, out var value) && value <= 40
                ? new NumberedItem(PlacedMarker.RomanStyle, value.ToString(CultureInfo.InvariantCulture)) : null;
        }
        if (match.Groups["paren"].Success)
        {
            return new NumberedItem("(1)", label);
        }
        return NumberedItem.Of(label, close);
    }

    // The marker opening a paragraph, after an indent, a Markdown heading's `#` and bold: `II.`, `III-`, `(3)`, `2.`,
    // `2)`, `b)`, `b.`; then a space (or the bold's end). Not `1.2.` (a section) nor `2.000` (a number).
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?<marker>(?<roman>(?<label>[IVXL]{1,6}))(?<close>[.)]| ?[-–])|(?<paren>\((?<label>\d{1,2})\))|(?<label>\d{1,2})(?<close>[.)])|(?<label>[a-zđ])(?<close>[.)]))(?=[ \t]|\*\*|__)")]
    private static partial Regex Leading();
}
