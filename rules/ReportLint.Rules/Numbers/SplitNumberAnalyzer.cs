using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5035: a number cut by a hard wrap inside a digit group (`1.28` ⏎ `4.500.000 đồng` for 1.284.500.000); see
/// <see cref="SplitNumber"/>. The separator rules would otherwise read `1.28` as a decimal and offer to damage it.
/// </summary>
public sealed class SplitNumberAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5035", "number-split-by-line-break",
        new("Số bị ngắt đôi khi xuống dòng", "Number split by a line break"),
        new("“{0}” cuối dòng và “{1}” đầu dòng sau là một số bị ngắt giữa nhóm chữ số: viết liền “{2}”",
            "“{0}” at the end of the line and “{1}” at the start of the next are one number cut inside a digit group: write “{2}”"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.LineBreak);

    private static void Analyze(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        if (SplitNumber.At(paragraph, context.TokenIndex, out var before, out var after) is not { } joined)
        {
            return;
        }
        var (left, right) = (paragraph.Tokens[before], paragraph.Tokens[after]);
        context.Report(Rule, TextSpan.FromBounds(left.Start, right.End), LineBreakJoin.Fix(paragraph, before, after, joined, FixSafety.Unsafe),
            paragraph.GetString(left), paragraph.GetString(right), joined);
    }
}
