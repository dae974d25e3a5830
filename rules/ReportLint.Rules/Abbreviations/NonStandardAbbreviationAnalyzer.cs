using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1008: a dotted, non-standard spelling (`T.Ư`, `UVT.Ư`) of an abbreviation whose standard
/// form is known from the data or from the document's own definition. Reported even when the
/// document uses no other spelling.
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
            foreach (var use in group.Uses)
            {
                if (Applies(group, use.Mention.Text))
                {
                    context.Report(Rule, use.Span, AbbreviationFacts.Normalize(use.Span, group.Target, FixSafety.Safe),
                        use.Mention.Text, group.Target);
                }
            }
        }
    }
}
