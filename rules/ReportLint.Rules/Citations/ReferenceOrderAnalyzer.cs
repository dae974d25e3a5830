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

    // From the smallest part up: a part is followed only by a larger one.
    private static readonly string[] Parts = ["điểm", "khoản", "điều", "mục", "chương", "phần"];
    private const int ArticleRank = 2;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (PartAt(paragraph, i) is not { } first)
            {
                continue;
            }
            // The whole run of parts (`Điều 79 khoản 2 điểm b`), read back from the smallest up.
            var chain = new List<Part> { first };
            while (NextPart(paragraph, chain[^1].Last) is { } next)
            {
                chain.Add(next);
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
    private static void Report(ParagraphAnalysisContext context, List<Part> chain, List<Part> ordered)
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
            return opensSentence && part.Rank != ArticleRank ? char.ToLowerInvariant(text[0]) + text[1..] : text;
        }).ToList();
        if (opensSentence)
        {
            texts[0] = char.ToUpperInvariant(texts[0][0]) + texts[0][1..];
        }
        var corrected = string.Join(' ', texts);
        var written = paragraph.Text.Substring(span.Start, span.Length);
        context.Report(Rule, span, CodeFix.Replace(span, corrected, FixSafety.Safe), written, corrected);
    }

    private readonly record struct Part(int Word, int Last, int Rank);

    /// <summary>`khoản 2`, `điểm b`, `Điều 6`, `Chương II`: the part's word and its number or letter, one space apart.</summary>
    private static Part? PartAt(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        // Every word passes here: the first letter and the length turn away nearly all before any comparison.
        if (tokens[index] is not { Kind: TokenKind.Word, Length: >= 3 and <= 6 } token
            || char.ToLowerInvariant(paragraph.Text[token.Start]) is not ('đ' or 'k' or 'm' or 'c' or 'p'))
        {
            return null;
        }
        var word = paragraph.GetText(token);
        var rank = -1;
        for (var p = 0; p < Parts.Length && rank < 0; p++)
        {
            rank = word.Equals(Parts[p], StringComparison.OrdinalIgnoreCase) ? p : -1;
        }
        var label = index + 2;
        if (rank < 0 || label >= tokens.Count || tokens[index + 1] is not { Kind: TokenKind.Space, Length: 1 } || !IsLabel(paragraph, label, rank))
        {
            return null;
        }
        return new Part(index, label, rank);
    }

    private static Part? NextPart(Paragraph paragraph, int last)
    {
        var next = last + 2;
        return next < paragraph.Tokens.Count && paragraph.Tokens[last + 1] is { Kind: TokenKind.Space, Length: 1 } ? PartAt(paragraph, next) : null;
    }

    /// <summary>A point is a letter (`b`, `đ`); the other parts a number, a Roman numeral for chapters and sections.</summary>
    private static bool IsLabel(Paragraph paragraph, int index, int rank)
    {
        var token = paragraph.Tokens[index];
        var text = paragraph.GetText(token);
        return rank == 0
            ? token.Kind == TokenKind.Word && text.Length == 1 && char.IsLower(text[0])
            : token.Kind is TokenKind.Number or TokenKind.RomanNumeral && !text.Contains('/') && !text.Contains(',');
    }
}
