using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5029: an amount written in figures and then in words that say another amount: `1.221.000.000 đồng (Bằng chữ: Một
/// tỷ, hai trăm mười hai triệu đồng)`. <see cref="AmountInWords"/> says what is read. No fix: the figure or the words may
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

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        foreach (var words in AmountInWords.Read(paragraph))
        {
            if (words.Matches)
            {
                continue;
            }
            var figure = words.Figure;
            var unit = figure.Unit.IsMeasure ? "đồng" : figure.Unit.Text;
            var written = TextSpan.FromBounds(figure.Span.Start, paragraph.Tokens[figure.Unit.LastToken].End);
            context.Report(Rule, words.Words, [], [new RelatedLocation(figure.Span, FigureLabel)],
                $"{VietnameseNumber.FormatGrouped(words.Value, 0)} {unit}", paragraph.Text[written.Start..written.End]);
        }
    }
}
