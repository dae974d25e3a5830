using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3007: zero-width characters and soft hyphens pasted from the web or PDF. Invisible, they split a
/// word for search and spell checking. The joiners of an emoji sequence are left alone.
/// </summary>
public sealed class InvisibleCharacterAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3007", "invisible-character",
        new("Ký tự vô hình", "Invisible character"),
        new("Ký tự vô hình {0} ({1})", "Invisible character {0} ({1})"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.Invisible);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (context.Peek(-1) is { Kind: TokenKind.Symbol } || context.Peek(1) is { Kind: TokenKind.Symbol })
        {
            return; // ZWJ inside an emoji sequence
        }
        if (context.Paragraph.Start == 0 && context.Token.Start == 0 && context.Text[0] == '\uFEFF')
        {
            return; // a byte-order mark at the start of the file belongs to the encoding
        }
        var first = context.Text[0];
        LocalizedText name = first switch
        {
            '\u00AD' => new("dấu gạch nối mềm", "soft hyphen"),
            '\u200B' => new("khoảng trắng độ rộng 0", "zero-width space"),
            '\u200C' => new("ký tự không nối độ rộng 0", "zero-width non-joiner"),
            '\u200D' => new("ký tự nối độ rộng 0", "zero-width joiner"),
            '\u2060' => new("ký tự nối từ", "word joiner"),
            '\uFEFF' => new("dấu thứ tự byte (BOM) giữa văn bản", "byte-order mark inside the text"),
            _ => new("định dạng", "format character"),
        };
        context.Report(Rule, context.Token.Span,
            CodeFix.Delete(context.Token.Span, FixSafety.Safe, new("Xóa ký tự vô hình", "Remove the invisible character")),
            name, $"U+{(int)first:X4}");
    }
}
