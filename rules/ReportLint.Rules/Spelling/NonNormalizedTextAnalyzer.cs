using System.Text;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3005: words written with combining marks (NFD or mixed) instead of precomposed letters (NFC). Text pasted
/// from a PDF is decomposed a phrase or a paragraph at a time, so a run of such words is one finding with
/// one fix, not a finding per syllable.
/// </summary>
public sealed class NonNormalizedTextAnalyzer : DiagnosticAnalyzer
{
    private const int QuotedLength = 40;

    public static readonly DiagnosticDescriptor Rule = new("RL3005", "unicode-normalization",
        new("Chữ không ở dạng dựng sẵn (NFC)", "Text not in precomposed form (NFC)"),
        new("“{0}” được ghép bằng dấu rời (Unicode tổ hợp), không phải chữ dựng sẵn (NFC)",
            "“{0}” is written with combining marks instead of precomposed letters (NFC)"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var tokens = context.Tokens;
        var paragraph = context.Paragraph;
        int first = -1, last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsDecomposed(paragraph, token))
            {
                first = first < 0 ? i : first;
                last = i;
            }
            else if (first >= 0 && token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Code && token.Has(TokenFlags.NonAscii))
            {
                Report(context, first, last); // a precomposed word ends the run
                first = -1;
            }
        }
        if (first >= 0)
        {
            Report(context, first, last);
        }
    }

    // A combining mark with no precomposed form leaves nothing to mend.
    private static bool IsDecomposed(Paragraph paragraph, Token token) =>
        token.Has(TokenFlags.CombiningMarks) && token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Code
        && !paragraph.GetText(token).IsNormalized(NormalizationForm.FormC);

    private static void Report(ParagraphAnalysisContext context, int first, int last)
    {
        var span = TextSpan.FromBounds(context.Tokens[first].Start, context.Tokens[last].End);
        var normalized = context.Paragraph.Text.Substring(span.Start, span.Length).Normalize(NormalizationForm.FormC);
        var quoted = normalized.Length <= QuotedLength ? normalized : normalized[..QuotedLength] + "…";
        context.Report(Rule, span,
            CodeFix.Replace(span, normalized, FixSafety.Safe, new("Chuyển sang dạng dựng sẵn (NFC)", "Convert to NFC")), quoted);
    }
}
