using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3008: a paragraph typed in a TCVN3 (ABC) or VNI font and read as Unicode, reported once with a conversion; a legacy
/// fragment pasted into Unicode text is reported and converted alone (<see cref="LegacyFragments"/>).
/// </summary>
public sealed class LegacyEncodingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3008", "legacy-encoding",
        new("Đoạn văn bị lỗi phông (mã cũ)", "Paragraph in a legacy encoding"),
        new("Đoạn văn được gõ bằng phông {0} cũ, hiển thị sai khi đọc bằng Unicode", "The paragraph was typed in a legacy {0} font and shows garbled in Unicode"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var tokens = context.Tokens;
        var start = -1;
        var end = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.LineBreak or TokenKind.Markup)
            {
                continue;
            }
            start = start < 0 ? token.Start : start;
            end = token.End;
        }
        if (start < 0 || !HasSuspectToken(context.Paragraph))
        {
            return;
        }
        var bounds = TextSpan.FromBounds(start, end);
        var paragraph = context.Paragraph.Text;
        var kind = LegacyEncoding.Detect(paragraph.AsSpan(bounds.Start, bounds.Length));
        if (kind == LegacyEncoding.Kind.None)
        {
            return;
        }
        var name = kind == LegacyEncoding.Kind.Tcvn3 ? "TCVN3 (ABC)" : "VNI";
        foreach (var span in LegacyFragments.Find(paragraph, bounds, SpellingData.Get(context.Options).Validator))
        {
            var converted = LegacyEncoding.Convert(paragraph.Substring(span.Start, span.Length), kind);
            context.Report(Rule, span,
                CodeFix.Replace(span, converted, FixSafety.Unsafe, new($"Chuyển mã {name} sang Unicode", $"Convert {name} to Unicode")),
                name);
        }
    }

    /// <summary>Cheap gate from the tokens: legacy fonts leave symbols glued to words or Latin-1 letters outside Vietnamese.</summary>
    private static bool HasSuspectToken(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Symbol or TokenKind.Punctuation or TokenKind.Other && tokens[i - 1].Kind == TokenKind.Word)
            {
                return true;
            }
            if (token.Kind == TokenKind.Word && token.Has(TokenFlags.NonAscii) && SpellingTokens.HasNonVietnameseLatin(paragraph.GetText(token)))
            {
                return true;
            }
        }
        return false;
    }
}
