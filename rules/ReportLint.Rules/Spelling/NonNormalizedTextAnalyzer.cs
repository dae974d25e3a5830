using System.Text;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>RL3005: a word written with combining marks (NFD or mixed) instead of precomposed letters (NFC).</summary>
public sealed class NonNormalizedTextAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3005", "unicode-normalization",
        new("Chữ không ở dạng dựng sẵn (NFC)", "Text not in precomposed form (NFC)"),
        new("“{0}” được ghép bằng dấu rời (Unicode tổ hợp), không phải chữ dựng sẵn (NFC)",
            "“{0}” is written with combining marks instead of precomposed letters (NFC)"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Word, TokenKind.Abbreviation, TokenKind.Code);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (!context.Token.Has(TokenFlags.CombiningMarks))
        {
            return;
        }
        var text = context.Text.ToString();
        var normalized = text.Normalize(NormalizationForm.FormC);
        if (normalized == text)
        {
            return; // a combining mark with no precomposed form: nothing to mend
        }
        context.Report(Rule, context.Token.Span,
            CodeFix.Replace(context.Token.Span, normalized, FixSafety.Safe, new("Chuyển sang dạng dựng sẵn (NFC)", "Convert to NFC")),
            normalized);
    }
}
