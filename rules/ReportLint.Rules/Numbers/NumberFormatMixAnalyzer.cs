using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5003: a document that writes numbers the English way (`19.22%`, `1,234,567`) beside the
/// Vietnamese way (`16,53%`, `93.346`). Each English-style number is reported; forms that read
/// both ways (`12,450`, `1.234`) are neither evidence nor findings.
/// </summary>
public sealed class NumberFormatMixAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5003", "number-format-mix",
        new("Dấu phân cách số không thống nhất", "Mixed number separators"),
        new("Số “{0}” viết theo kiểu tiếng Anh trong khi văn bản dùng kiểu Việt Nam (như “{1}”): viết “{2}”",
            "“{0}” uses the English separators while the document uses the Vietnamese ones (as in “{1}”): write “{2}”"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Numbers? Collect(ParagraphFactsContext context)
    {
        List<(TextSpan, Convention)>? items = null;
        var tokens = context.Paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && NumberConvention.Classify(context.Paragraph, i) is var convention
                && convention is Convention.Vietnamese or Convention.English)
            {
                (items ??= []).Add((tokens[i].Span, convention));
            }
        }
        return items is null ? null : new Numbers(items);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Numbers> facts)
    {
        var vietnamese = facts.SelectMany(f => f.Facts.Items.Where(i => i.Convention == Convention.Vietnamese).Select(i => (f.Paragraph, i.Span)))
            .FirstOrDefault();
        if (vietnamese.Paragraph is null)
        {
            return;
        }
        var example = vietnamese.Paragraph.Text.Substring(vietnamese.Span.Start, vietnamese.Span.Length);
        foreach (var (paragraph, numbers) in facts)
        {
            foreach (var (span, _) in numbers.Items.Where(i => i.Convention == Convention.English))
            {
                var text = paragraph.Text.Substring(span.Start, span.Length);
                var converted = NumberConvention.ToVietnamese(text);
                var absolute = paragraph.ToAbsolute(span);
                context.Report(Rule, absolute, CodeFix.Replace(absolute, converted, FixSafety.Unsafe), text, example, converted);
            }
        }
    }

    private sealed record Numbers(IReadOnlyList<(TextSpan Span, Convention Convention)> Items);
}
