using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

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

    // Document-wide: the fix renames the draft's uses of the misspelled letters too (`(HVG)` … `412 HVG` → `HGV`).
    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<ParagraphAbbreviations>(AbbreviationFacts.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        var groups = DocumentAbbreviations.Get(context).Groups;
        foreach (var group in groups)
        {
            foreach (var site in group.Definitions)
            {
                var definition = site.Definition;
                if (!definition.Matched && !definition.LikelyIntended)
                {
                    continue;
                }
                if (DefinitionSlips.Intended(definition, groups, context.Options) is { } intended)
                {
                    ReportWithSuggestion(context, group, site, intended, definition.Matched ? definition.FullForm! : definition.Preceding);
                }
                else if (!definition.Matched)
                {
                    context.Report(Rule, site.Span, definition.Abbreviation, definition.Preceding, new LocalizedText("", ""));
                }
            }
        }
    }

    private static void ReportWithSuggestion(DocumentAnalysisContext context, AbbreviationGroup group, DefinitionSite site, string suggestion, string fullForm)
    {
        var definition = site.Definition;
        var fixes = new List<CodeFix>(2);
        var uses = group.Uses.Where(u => u.Mention.Text == definition.Abbreviation && u.Span.Start > site.Span.Start).ToList();
        if (uses.Count > 0)
        {
            fixes.Add(new CodeFix(new($"Sửa thành “{suggestion}” ở cả {uses.Count + 1} chỗ", $"Change to “{suggestion}” in all {uses.Count + 1} places"),
                [new TextEdit(site.Span, suggestion), .. uses.Select(u => new TextEdit(u.Span, suggestion))], FixSafety.Unsafe));
        }
        fixes.Add(CodeFix.Replace(site.Span, suggestion, FixSafety.Unsafe));
        context.Report(Rule, site.Span, fixes, null, definition.Abbreviation, fullForm,
            new LocalizedText($"; có lẽ là “{suggestion}”", $"; perhaps “{suggestion}”"));
    }
}
