using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1005: a definition whose letters do not fit the initials of its full form (`tổ chức đảng (TCD)`:
/// `Đ` is its own letter). Foreign acronyms glossed in Vietnamese (`(WHO)`, `(FDI)`) are left alone:
/// the rule speaks only when the writer plainly built the letters from the words before.
/// </summary>
public sealed class AbbreviationDefinitionMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1005", "abbreviation-definition-mismatch",
        new("Chữ viết tắt không khớp với cụm từ đầy đủ", "Abbreviation does not match its full form"),
        new("Chữ viết tắt “{0}” không khớp với chữ cái đầu của “{1}”{2}",
            "The letters of “{0}” do not match the initials of “{1}”{2}"),
        RuleFamily.Abbreviations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // The check is local to a paragraph, so it runs (and is cached) per paragraph.
    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        foreach (var definition in ParagraphAbbreviations.Of(context.Paragraph.Syntax).Definitions)
        {
            if (definition.Matched || !definition.LikelyIntended || NewsSourceTag.Is(context.Paragraph, definition.Span))
            {
                continue;
            }
            if (definition.Suggestion is { } suggestion)
            {
                context.Report(Rule, definition.Span, CodeFix.Replace(definition.Span, suggestion, FixSafety.Unsafe),
                    definition.Abbreviation, definition.Preceding,
                    new LocalizedText($"; có lẽ là “{suggestion}”", $"; perhaps “{suggestion}”"));
            }
            else
            {
                context.Report(Rule, definition.Span, definition.Abbreviation, definition.Preceding, new LocalizedText("", ""));
            }
        }
    }
}
