using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5003: a document that writes numbers the English way (`19.22%`, `1,234,567`) beside the
/// Vietnamese way (`16,53%`, `93.346`). Each English-style number is reported; forms that read
/// both ways (`12,450`, `1.234`) are no evidence here (RL5008 reports `12,450`).
/// </summary>
public sealed class NumberFormatMixAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5003", "number-format-mix",
        new("Dấu phân cách số không thống nhất", "Mixed number separators"),
        new("Số “{0}” viết theo kiểu tiếng Anh trong khi văn bản dùng kiểu Việt Nam (như “{1}”): viết “{2}”",
            "“{0}” uses the English separators while the document uses the Vietnamese ones (as in “{1}”): write “{2}”"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(NumberConventions.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<NumberConventions> facts)
    {
        foreach (var (paragraph, span, text, example) in NumberConventions.AgainstVietnamese(facts, Convention.English))
        {
            var converted = NumberConvention.ToVietnamese(text);
            var absolute = paragraph.ToAbsolute(span);
            context.Report(Rule, absolute, CodeFix.Replace(absolute, converted, FixSafety.Unsafe), text, example, converted);
        }
    }
}
