using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Abbreviations;

/// <summary>RL1004: one abbreviation defined with two meanings in one document (`CB` as `cán bộ`, then as `chi bộ`).</summary>
public sealed class ConflictingAbbreviationMeaningsAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1004", "abbreviation-conflicting-meanings",
        new("Chữ viết tắt có hai nghĩa", "Abbreviation with two meanings"),
        new("Chữ viết tắt “{0}” được định nghĩa là “{1}”, khác với “{2}” ở dòng {3}",
            "The abbreviation “{0}” is defined as “{1}”, unlike “{2}” on line {3}"),
        RuleFamily.Abbreviations, ReportSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<ParagraphAbbreviations>(AbbreviationFacts.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        foreach (var (first, later, line) in AbbreviationFacts.Redefinitions(context))
        {
            if (Meanings.Differ(first.Definition, later.Definition))
            {
                context.Report(Rule, later.Span, [], [AbbreviationFacts.DefinitionLocation(first.Span)],
                    later.Definition.Abbreviation, later.Definition.FullForm!, first.Definition.FullForm!, line);
            }
        }
    }
}
