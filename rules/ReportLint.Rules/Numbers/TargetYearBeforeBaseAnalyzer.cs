using System.Globalization;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5028: a target year that cannot be one. Before the year its change starts from (`nâng tỷ lệ từ 18% năm 2025 lên 60%
/// vào năm 2023`), or, in a section headed with a later target year (`Mục tiêu cụ thể đến năm 2030`), a year the sentence
/// aims at (`phấn đấu`, `mục tiêu`) that is already past when the draft is dated (2026). The section's target year is
/// suggested. History and comparisons (`so với năm 2023`) state no target, so they are never read.
/// </summary>
public sealed class TargetYearBeforeBaseAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5028", "target-year-before-base",
        new("Năm mục tiêu sớm hơn năm xuất phát hoặc đã qua", "Target year before its base year or already past"),
        new("Năm mục tiêu {0} {1}{2}", "The target year {0} {1}{2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <summary>What a paragraph says: the draft's date line, the target year its heading sets, its targets.</summary>
    private sealed record Facts((TextSpan Span, DateOnly Date)? Line, bool Heading, bool SubHeading, int? SectionYear, List<TargetYear> Targets);

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Facts? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var text = paragraph.FlatText;
        // A heading (`Mục tiêu cụ thể đến năm 2030`; a lower-level item, `a)`, `-`, keeps its section).
        var heading = Abbreviations.RunningText.IsHeading(paragraph);
        List<TargetYear> targets = [];
        foreach (var sentence in paragraph.Sentences)
        {
            TargetYear.Read(text, sentence.Span, targets);
        }
        var line = Citations.PlaceAndDateLine.Read(paragraph);
        return line is null && !heading && targets.Count == 0 ? null
            : new Facts(line, heading, heading && TargetYear.IsSubHeading(text), TargetYear.OfHeading(paragraph), targets);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Facts> facts)
    {
        var draftYear = Citations.PlaceAndDateLine.OfDraft(facts, f => f.Line)?.Date.Year;
        int? section = null; // the target year of the section being read
        foreach (var (paragraph, found) in facts)
        {
            if (found.Heading && !found.SubHeading)
            {
                section = found.SectionYear;
            }
            foreach (var target in found.Targets)
            {
                var suggested = section is { } year && year > target.Value && year > (target.BaseYear ?? 0) ? section : null;
                if (Reason(target, suggested, draftYear) is not { } reason)
                {
                    continue;
                }
                var span = paragraph.ToAbsolute(target.Year);
                var suffix = suggested is { } s
                    ? new LocalizedText($" (phần này đặt mục tiêu đến năm {s})", $" (the section's target year is {s})")
                    : LocalizedText.Same("");
                var fixes = suggested is { } right
                    ? [CodeFix.Replace(span, Text(right), FixSafety.Unsafe, new($"Sửa thành năm {right}", $"Change to {right}"))]
                    : Array.Empty<CodeFix>();
                context.Report(Rule, span, fixes, null, Text(target.Value), reason, suffix);
            }
        }
    }

    /// <summary>Why the year is no target, or null when it may be one.</summary>
    private static LocalizedText? Reason(TargetYear target, int? section, int? draftYear)
    {
        if (target.BaseYear is { } from && target.Value < from)
        {
            return new($"sớm hơn năm xuất phát {from}", $"is before the base year {from}");
        }
        // A past year is a slip only where the section aims at a later one and the sentence states a target.
        if (section is not null && draftYear is { } draft && target.Value < draft && target.Aimed)
        {
            return new($"đã qua (văn bản ban hành năm {draft})", $"is already past (the draft is dated {draft})");
        }
        return null;
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
