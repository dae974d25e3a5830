using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3013: a syllable cut in two by a hard wrap (`nghiệp v` ⏎ `ụ tài chính`). Neither RL3001 (one token) nor RL3002 (two
/// syllables glued) reads a word across a line break; see <see cref="SplitWord"/> for when the pieces count as one.
/// </summary>
public sealed class SplitWordAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3013", "word-split-by-line-break",
        new("Từ bị ngắt đôi khi xuống dòng", "Word split by a line break"),
        new("“{0}” cuối dòng và “{1}” đầu dòng sau là một âm tiết bị ngắt đôi: viết liền “{2}”",
            "“{0}” at the end of the line and “{1}” at the start of the next are one syllable cut in two: write “{2}”"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.LineBreak);

    private static void Analyze(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        if (SplitWord.At(paragraph, context.TokenIndex, SpellingData.Get(context.Options)) is not { } split)
        {
            return;
        }
        var (left, right) = (paragraph.Tokens[split.Before], paragraph.Tokens[split.After]);
        // Safe only when neither piece reads as a word by itself; `v` ⏎ `ụ` leaves `ụ` a word, so the join is a judgement.
        var fix = LineBreakJoin.Fix(paragraph, split.Before, split.After, split.Joined, split.BothFragments ? FixSafety.Safe : FixSafety.Unsafe);
        context.Report(Rule, TextSpan.FromBounds(left.Start, right.End), fix, paragraph.GetString(left), paragraph.GetString(right), split.Joined);
    }
}
