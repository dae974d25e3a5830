using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>RL4002: no space after `( [ “ ‘`.</summary>
public sealed class SpaceAfterOpeningAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4002", "space-after-opening-bracket",
        new("Khoảng trắng sau dấu mở ngoặc", "Space after an opening bracket"),
        new("Thừa khoảng trắng sau dấu “{0}”", "Unexpected space after “{0}”"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Punctuation);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (context.Token.Length != 1 || context.Text[0] is not ('(' or '[' or '“' or '‘'))
        {
            return;
        }
        // Only when a word follows: a bracket at the end of a line is left alone.
        if (context.Peek(1) is not { } space || !space.Kind.IsWhitespace()
            || context.Peek(2) is not { } after || !PunctuationTokens.StartsPhrase(context.Paragraph, after))
        {
            return;
        }
        context.Report(Rule, space.Span, CodeFix.Delete(space.Span, FixSafety.Safe, new("Xóa khoảng trắng", "Remove the space")),
            context.Text.ToString());
    }
}
