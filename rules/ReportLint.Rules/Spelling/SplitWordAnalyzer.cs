using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3013: a syllable cut in two by a hard wrap (`nghiệp v` ⏎ `ụ tài chính`) or by a stray space (`tuyên truyề n`).
/// Neither RL3001 (one token) nor RL3002 (two syllables glued) reads a word across a gap; see <see cref="SplitWord"/> for
/// when the pieces count as one. RL3001 leaves the pieces to this rule, so a split is one finding with the joining fix.
/// </summary>
public sealed class SplitWordAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3013", "word-split-in-two",
        new("Từ bị tách đôi", "Word split in two"),
        new("“{0}”{1}“{2}”{3}: viết liền “{4}”", "“{0}”{1}“{2}”{3}: write “{4}”"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private static readonly LocalizedText AtLineEnd = new(" cuối dòng và ", " at the end of the line and ");
    private static readonly LocalizedText AtLineStart = new(" đầu dòng sau là một âm tiết bị ngắt đôi",
        " at the start of the next are one syllable cut in two");
    private static readonly LocalizedText And = new(" và ", " and ");
    private static readonly LocalizedText BySpace = new(" là một âm tiết bị tách đôi bởi dấu cách", " are one syllable split by a space");

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.LineBreak, TokenKind.Space);

    private static void Analyze(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        if (SplitWord.At(paragraph, context.TokenIndex, SpellingData.Get(context.Options)) is not { } split)
        {
            return;
        }
        var (left, right) = (paragraph.Tokens[split.Before], paragraph.Tokens[split.After]);
        // Safe only when neither piece reads as a word by itself; `v` ⏎ `ụ` leaves `ụ` a word, so the join is a judgement.
        var safety = split.BothFragments ? FixSafety.Safe : FixSafety.Unsafe;
        var fix = split.InLine
            ? new CodeFix(new($"Nối thành “{split.Joined}”", $"Join into “{split.Joined}”"), [TextEdit.Delete(TextSpan.FromBounds(left.End, right.Start))], safety)
            : LineBreakJoin.Fix(paragraph, split.Before, split.After, split.Joined, safety);
        context.Report(Rule, TextSpan.FromBounds(left.Start, right.End), fix, paragraph.GetString(left), split.InLine ? And : AtLineEnd,
            paragraph.GetString(right), split.InLine ? BySpace : AtLineStart, split.Joined);
    }
}
