using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4010: a legal basis of a decision or resolution (`Căn cứ Luật …`) ends with a period while another basis
/// follows it. Nghị định 30/2020/NĐ-CP (Phụ lục I) sets each basis on its own line ending with a semicolon; only the
/// last line of the block (the last basis, or `Theo đề nghị của …`) ends with a period.
/// </summary>
public sealed class LegalBasisPunctuationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4010", "legal-basis-punctuation",
        new("Căn cứ ban hành kết thúc sai dấu", "Legal basis ends with the wrong mark"),
        new("Căn cứ ban hành chưa phải dòng cuối kết thúc bằng dấu “;”, không phải “{0}”",
            "A legal basis that is not the last line ends with “;”, not “{0}”"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>A paragraph opening a basis (`Căn cứ`, `Theo đề nghị`, `Xét đề nghị`) and the mark it ends with, if any.</summary>
    private sealed record Basis(TextSpan? End);

    private static Basis? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        var first = Next(tokens, 0, 1);
        var second = first < 0 ? -1 : Next(tokens, first + 1, 1);
        if (second < 0 || !(IsWord(paragraph, first, "Căn") && IsWord(paragraph, second, "cứ")
            || (IsWord(paragraph, first, "Theo") || IsWord(paragraph, first, "Xét")) && IsWord(paragraph, second, "đề")))
        {
            return null;
        }
        var last = Next(tokens, tokens.Count - 1, -1);
        return new Basis(tokens[last] is { Kind: TokenKind.Punctuation, Length: 1 } mark && paragraph.Text[mark.Start] is '.' or ','
            ? mark.Span : null);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Basis> facts)
    {
        ParagraphFacts<Basis>? previous = null;
        foreach (var current in facts)
        {
            // A basis directly followed by another one is not the last line of the block.
            if (previous is { } before && before.Paragraph.Index + 1 == current.Paragraph.Index && before.Facts.End is { } end)
            {
                var span = before.Paragraph.ToAbsolute(end);
                context.Report(Rule, span, CodeFix.Replace(span, ";", FixSafety.Safe), context.Document.Text.ToString(span));
            }
            previous = current;
        }
    }

    private static int Next(TokenList tokens, int index, int step)
    {
        for (var i = index; i >= 0 && i < tokens.Count; i += step)
        {
            if (!tokens[i].Kind.IsTrivia() && tokens[i].Kind != TokenKind.Markup)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsWord(Paragraph paragraph, int index, string word) =>
        paragraph.Tokens[index].Kind == TokenKind.Word && paragraph.GetText(paragraph.Tokens[index]).SequenceEqual(word);
}
