using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1008: a dotted, non-standard spelling (`T.Ư`, `UVT.Ư`) of an abbreviation whose standard
/// form is known from the data or from the document's own definition. Reported even when the
/// document uses no other spelling; when the draft never defines it, the fix writes it in full first.
/// </summary>
public sealed class NonStandardAbbreviationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1008", "non-standard-abbreviation",
        new("Cách viết tắt không chuẩn", "Non-standard abbreviation"),
        new("“{0}” là cách viết tắt không chuẩn; viết “{1}”", "“{0}” is a non-standard abbreviation; write “{1}”"),
        RuleFamily.Abbreviations, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<ParagraphAbbreviations>(AbbreviationFacts.Collect, Report);

    /// <summary>A dotted spelling with a certain, different standard form.</summary>
    internal static bool Applies(AbbreviationGroup group, string text) =>
        group.TargetCertain && AbbreviationText.IsDotted(text) && text != group.Target && !AbbreviationText.IsDotted(group.Target);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        foreach (var group in DocumentAbbreviations.Get(context).Groups)
        {
            foreach (var definition in group.Definitions)
            {
                if (Applies(group, definition.Definition.Abbreviation))
                {
                    context.Report(Rule, definition.Span, AbbreviationFacts.Normalize(definition.Span, group.Target, FixSafety.Safe),
                        definition.Definition.Abbreviation, group.Target);
                }
            }
            // In prose an abbreviation the draft neither defines nor writes in its standard form is better written in
            // full (`Nghị quyết T.Ư 6` → `Nghị quyết Trung ương 6`, not `TW 6`). The standard form comes second and is
            // unsafe there: in running text `Ban Chấp hành TW` is worse than the dotted form's meaning written out, and
            // the draft would then hold an abbreviation it never defines.
            var full = group.Definitions.Count == 0 && !group.Uses.Any(u => u.Mention.Text == group.Target)
                && group.Entry is { AllowedUndefined: false, SingleMeaning: { } meaning } ? meaning : null;
            foreach (var use in group.Uses)
            {
                if (!Applies(group, use.Mention.Text))
                {
                    continue;
                }
                if (full is null)
                {
                    context.Report(Rule, use.Span, AbbreviationFacts.Normalize(use.Span, group.Target, FixSafety.Safe), use.Mention.Text, group.Target);
                    continue;
                }
                var standard = AbbreviationFacts.Normalize(use.Span, group.Target, FixSafety.Unsafe);
                var written = use.Mention.AtSentenceStart ? AbbreviationText.Capitalize(full) : full;
                var expand = CodeFix.Replace(use.Span, written, FixSafety.Safe, new($"Viết đầy đủ “{written}”", $"Write “{written}” in full"));
                context.Report(Rule, use.Span, [expand, standard], [], use.Mention.Text, written);
            }
        }
    }
}
