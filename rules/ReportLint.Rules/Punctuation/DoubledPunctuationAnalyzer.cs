using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4008: a mark typed twice after a word (`khó khăn..`, `cán bộ,, đảng viên`, `;;`, `::`, `thành công!!`). An ellipsis `...`
/// and the closing `./.` are single tokens and never reach this rule; `1..5` between figures is left alone.
/// </summary>
public sealed class DoubledPunctuationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4008", "doubled-punctuation",
        new("Dấu câu gõ hai lần", "Punctuation typed twice"),
        new("Dấu “{0}” bị gõ hai lần", "“{0}” is typed twice"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Punctuation);

    /// <summary>The doubled mark follows a word (`khó khăn..`), or a space after one (`khó khăn ..`, RL4001's space).</summary>
    private static bool AfterPhrase(TokenAnalysisContext context)
    {
        var before = context.Peek(-2);
        if (before is { } space && space.Kind.IsWhitespace())
        {
            before = context.Peek(-3);
        }
        return before is { } token && PunctuationTokens.EndsPhrase(context.Paragraph, token);
    }

    private static void Analyze(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        if (context.Token.Length != 1 || context.Text[0] is not (',' or '.' or ';' or ':' or '!' or '?')
            || context.Peek(-1) is not { } first || !PunctuationTokens.IsChar(paragraph, first, context.Text[0])
            || !AfterPhrase(context))
        {
            return;
        }
        // Only where the second mark ends the phrase: `khó khăn.. Tiếp`, not `1..5`.
        if (context.Peek(1) is { } after && !after.Kind.IsTrivia()
            && !(after.Kind == TokenKind.Punctuation && PunctuationTokens.EndsPhrase(paragraph, after)))
        {
            return;
        }
        var mark = context.Text.ToString();
        context.Report(Rule, context.Token.Span,
            CodeFix.Delete(context.Token.Span, FixSafety.Safe, new($"Xóa dấu “{mark}” thừa", $"Remove the extra “{mark}”")), mark);
    }
}
