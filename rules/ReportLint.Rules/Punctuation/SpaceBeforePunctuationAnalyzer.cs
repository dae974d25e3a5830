using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4001: no space before `, . ; : ! ? ) ] ” ’`, nor before an ellipsis that ends a list or a sentence
/// (<see cref="TrailingEllipsis"/>).
/// </summary>
public sealed class SpaceBeforePunctuationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4001", "space-before-punctuation",
        new("Khoảng trắng trước dấu câu", "Space before punctuation"),
        new("Thừa khoảng trắng trước dấu “{0}”", "Unexpected space before “{0}”"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Punctuation);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (TrailingEllipsis.SpaceBefore(context) is { } spaceBeforeEllipsis)
        {
            context.Report(Rule, spaceBeforeEllipsis.Span, CodeFix.Delete(spaceBeforeEllipsis.Span, FixSafety.Safe, new("Xóa khoảng trắng", "Remove the space")),
                context.Text.ToString());
            return;
        }
        if (context.Token.Length != 1 || !IsClosing(context.Text[0]))
        {
            return;
        }
        // Only between a word and the mark: leading spaces of a line are indentation.
        if (context.Peek(-1) is not { } space || !space.Kind.IsWhitespace()
            || context.Peek(-2) is not { } before || !PunctuationTokens.EndsPhrase(context.Paragraph, before))
        {
            return;
        }
        // `kịp thời ,một`: the space belongs after the mark, so moving it fixes both sides at once.
        var mark = context.Token;
        var fix = context.Text[0] is ',' or ';' or ':' && context.Peek(1) is { Kind: TokenKind.Word } next && next.Start == mark.End
            ? new CodeFix(new("Chuyển khoảng trắng ra sau dấu", "Move the space after the mark"),
                [new TextEdit(space.Span, ""), new TextEdit(new TextSpan(mark.End, 0), " ")], FixSafety.Safe)
            : CodeFix.Delete(space.Span, FixSafety.Safe, new("Xóa khoảng trắng", "Remove the space"));
        context.Report(Rule, space.Span, fix, context.Text.ToString());
    }

    internal static bool IsClosing(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '”' or '’';
}
