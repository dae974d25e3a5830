using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Citations;

/// <summary>RL2011 (style, off by default): `số` left out before the number (`Quy định 105-QĐ/TW`).</summary>
public sealed class MissingNumberSignAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2011", "missing-number-sign",
        new("Thiếu chữ “số” trước số hiệu văn bản", "Missing “số” before the document number"),
        new("Nên viết “số” trước số hiệu: “{0}”", "Write “số” before the number: “{0}”"),
        RuleFamily.Citations, ReportSeverity.Off, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        foreach (var citation in CitationSource.Of(context))
        {
            // A dangling dash is RL2001's, whose fix already writes `số`; list items share the first item's `số`.
            if (citation is { Type: not null, NumberSign: null, InList: false, Form: CitationForm.Number or CitationForm.Symbol })
            {
                var span = Core.Text.TextSpan.FromBounds(citation.TypeSpan.Start, citation.ReferenceSpan.End);
                var type = CitationSource.Text(context.Paragraph, citation.TypeSpan);
                var reference = CitationSource.Text(context.Paragraph, citation.ReferenceSpan);
                context.Report(Rule, span, CodeFix.Insert(citation.ReferenceSpan.Start, "số ", FixSafety.Safe,
                    new("Thêm “số”", "Insert “số”")), $"{type} số {reference}");
            }
        }
    }
}
