using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5029: an amount written in figures and then in words that say another amount: `1.221.000.000 đồng (Bằng chữ: Một
/// tỷ, hai trăm mười hai triệu đồng)`, also with the words on the next line. <see cref="AmountInWords"/> says what is read. No fix: the figure or the words may
/// be the slip, so the message names both.
/// </summary>
public sealed class AmountInWordsMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5029", "amount-in-words-mismatch",
        new("Số tiền viết bằng chữ không khớp với số", "The amount in words does not match the figure"),
        new("Phần bằng chữ ghi {0}, khác số {1}", "The words say {0}, but the figure is {1}"),
        RuleFamily.Numbers, ReportSeverity.Warning);

    private static readonly LocalizedText FigureLabel = new("Số viết bằng số", "The figure");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterParagraphAction(Analyze);
        context.RegisterDocumentAction(CollectOwnLine, ReportOwnLines);
    }

    /// <summary>A line that may open with `(Bằng chữ: …)`: read against the line before it once the document is known.</summary>
    private sealed class WordsLine
    {
        public static readonly WordsLine Instance = new();
    }

    private static WordsLine? CollectOwnLine(ParagraphFactsContext context) =>
        AmountInWords.MayOpenLine(context.Paragraph) ? WordsLine.Instance : null;

    /// <summary>`Tổng cộng: 45.500.000 đồng` ⏎ `(Bằng chữ: …)`: the words on their own line restate the figure ending the line before.</summary>
    private static void ReportOwnLines(DocumentAnalysisContext context, DocumentFacts<WordsLine> facts)
    {
        var paragraphs = context.Document.Paragraphs;
        foreach (var (paragraph, _) in facts)
        {
            var before = paragraph.Index - 1;
            while (before >= 0 && string.IsNullOrWhiteSpace(paragraphs[before].Text))
            {
                before--;
            }
            if (before < 0 || AmountInWords.LineEndFigure(paragraphs[before]) is not { } figure
                || AmountInWords.OnOwnLine(paragraph, figure) is not { Matches: false } words)
            {
                continue;
            }
            context.Report(Rule, paragraph.ToAbsolute(words.Words), [], [new RelatedLocation(paragraphs[before].ToAbsolute(figure.Span), FigureLabel)],
                Arguments(words, paragraphs[before]));
        }
    }

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        foreach (var words in AmountInWords.Read(paragraph))
        {
            if (words.Matches)
            {
                continue;
            }
            context.Report(Rule, words.Words, [], [new RelatedLocation(words.Figure.Span, FigureLabel)], Arguments(words, paragraph));
        }
    }

    /// <summary>What the words say and the figure as written in <paramref name="figureParagraph"/>, for the message.</summary>
    private static object[] Arguments(AmountInWords words, Paragraph figureParagraph)
    {
        var figure = words.Figure;
        var unit = figure.Unit.IsMeasure ? "đồng" : figure.Unit.Text;
        var written = TextSpan.FromBounds(figure.Span.Start, figureParagraph.Tokens[figure.Unit.LastToken].End);
        return [$"{VietnameseNumber.FormatGrouped(words.Value, 0)} {unit}", figureParagraph.Text[written.Start..written.End]];
    }
}
