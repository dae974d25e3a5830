using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2014: a reference to a part of a legal text written from the larger part to the smaller
/// (`khoản 2 điểm b Điều 6`). Vietnamese legal writing goes from the smallest part up: `điểm b khoản 2 Điều 6`,
/// `khoản 1 Điều 5 Chương II`. A run of adjacent parts with their numbers is read whole and written back from the
/// smallest up (`Điều 79 khoản 2 điểm b` → `điểm b khoản 2 Điều 79`).
/// </summary>
public sealed class ReferenceOrderAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2014", "reference-order",
        new("Thứ tự điểm, khoản, điều viết ngược", "Parts of a legal reference in the wrong order"),
        new("“{0}” không viết từ phần nhỏ đến phần lớn; viết “{1}”", "“{0}” does not go from the smaller part to the larger; write “{1}”"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // The whole run of parts (`Điều 79 khoản 2 điểm b`), read back from the smallest up.
            if (LegalParts.ChainAt(paragraph, i) is not { } chain)
            {
                continue;
            }
            i = chain[^1].Last;
            var ordered = chain.OrderBy(part => part.Rank).ToList();
            if (chain.Count < 2 || ordered.SequenceEqual(chain) || chain.DistinctBy(part => part.Rank).Count() < chain.Count)
            {
                continue;
            }
            Report(context, chain, ordered);
        }
    }

    // A method of its own: the lambda's captured locals, declared in the loop above, cost a closure at every token.
    private static void Report(ParagraphAnalysisContext context, List<LegalPart> chain, List<LegalPart> ordered)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        var first = chain[0];
        var span = TextSpan.FromBounds(tokens[first.Word].Start, tokens[chain[^1].Last].End);
        // `Khoản 2 điểm b` opening a sentence: the sentence's capital stays at the front (`Điều` keeps its own).
        var opensSentence = paragraph.FirstWordOfSentence(first.Word) == first.Word;
        var texts = ordered.Select(part =>
        {
            var text = paragraph.Text[tokens[part.Word].Start..tokens[part.Last].End];
            return opensSentence && !part.IsArticle ? char.ToLowerInvariant(text[0]) + text[1..] : text;
        }).ToList();
        if (opensSentence)
        {
            texts[0] = char.ToUpperInvariant(texts[0][0]) + texts[0][1..];
        }
        var corrected = string.Join(' ', texts);
        var written = paragraph.Text.Substring(span.Start, span.Length);
        context.Report(Rule, span, CodeFix.Replace(span, corrected, FixSafety.Safe), written, corrected);
    }
}
