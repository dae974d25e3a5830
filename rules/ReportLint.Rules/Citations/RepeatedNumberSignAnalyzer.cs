using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>RL2005: `số số` in a citation (`Chỉ thị số số 35-CT/TW`).</summary>
public sealed class RepeatedNumberSignAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2005", "repeated-number-sign",
        new("Lặp chữ “số” trong trích dẫn", "Repeated “số” in a citation"),
        new("Lặp chữ “số” trong “{0}”", "“số” is written twice in “{0}”"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation is { NumberSign: { } first, RepeatedNumberSign: { } second })
            {
                var fix = CodeFix.Delete(RepeatDeletion.Of(context.Paragraph.Text, first.End, second), FixSafety.Safe,
                    new("Xóa chữ “số” thừa", "Remove the extra “số”"));
                context.Report(Rule, second, fix, CitationSource.Head(context.Paragraph, citation));
            }
        }
    }
}
