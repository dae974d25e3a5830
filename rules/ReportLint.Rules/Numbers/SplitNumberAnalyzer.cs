using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5035: a number cut by a hard wrap inside a digit group (`1.28` ⏎ `4.500.000 đồng` for 1.284.500.000) or right after
/// a thousands mark (`1.284.` ⏎ `500.000 đồng`); see <see cref="SplitNumber"/>. The separator rules would otherwise read `1.28` as a decimal and offer to damage it.
/// </summary>
public sealed class SplitNumberAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5035", "number-split-by-line-break",
        new("Số bị ngắt đôi khi xuống dòng", "Number split by a line break"),
        new("“{0}” cuối dòng và “{1}” đầu dòng sau là một số bị ngắt {3}: viết liền “{2}”",
            "“{0}” at the end of the line and “{1}” at the start of the next are one number cut {3}: write “{2}”"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText InsideGroup = new("giữa nhóm chữ số", "inside a digit group");
    private static readonly LocalizedText AfterMark = new("ngay sau dấu chấm phân cách nhóm", "right after a group mark");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.LineBreak);

    private static void Analyze(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        var where = InsideGroup;
        var joined = SplitNumber.At(paragraph, context.TokenIndex, out var before, out var after);
        var start = before;
        if (joined is null)
        {
            where = AfterMark;
            joined = SplitNumber.AfterMark(paragraph, context.TokenIndex, out start, out before, out after);
        }
        if (joined is null)
        {
            return;
        }
        // The line's part runs from its number to the mark the cut left after it (`1.284.`), if any.
        var left = paragraph.Text[tokens[start].Start..tokens[before].End];
        context.Report(Rule, TextSpan.FromBounds(tokens[start].Start, tokens[after].End), LineBreakJoin.Fix(paragraph, before, after, joined, FixSafety.Unsafe),
            left, paragraph.GetString(tokens[after]), joined, where);
    }
}
