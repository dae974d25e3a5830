using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5008: `12,450` in a document written the Vietnamese way (`8,2%`, `93.346`) reads as twelve thousand four
/// hundred and fifty (English separators) or twelve point four five (a decimal comma): the reader cannot tell.
/// `1.234` is not ambiguous there: the dot groups thousands.
/// </summary>
public sealed class AmbiguousSeparatorAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5008", "ambiguous-separator",
        new("Số đọc được hai cách", "Number that reads two ways"),
        new("“{0}” đọc được là số nguyên hoặc số thập phân trong khi văn bản dùng kiểu Việt Nam (như “{1}”): nếu là số nguyên, viết “{2}”",
            "“{0}” reads as a whole number or a decimal while the document uses the Vietnamese separators (as in “{1}”): if it is a whole number, write “{2}”"),
        RuleFamily.Numbers, ReportSeverity.Info, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(NumberConventions.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<NumberConventions> facts)
    {
        foreach (var (paragraph, span, text, example) in NumberConventions.AgainstVietnamese(facts, Convention.Ambiguous, separator: ','))
        {
            var whole = text.Replace(',', '.');
            var absolute = paragraph.ToAbsolute(span);
            context.Report(Rule, absolute,
                CodeFix.Replace(absolute, whole, FixSafety.Unsafe, new($"Viết “{whole}” (số nguyên)", $"Write “{whole}” (a whole number)")),
                text, example, whole);
        }
    }
}
