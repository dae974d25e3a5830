using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3004: one document mixes the traditional (`hòa`, `ủy`) and modern (`hoà`, `uỷ`) tone
/// placements. Both are correct; the mix is not. Reports the syllables not in the preferred style.
/// </summary>
public sealed class TonePlacementMixAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3004", "tone-placement-mix",
        new("Trộn hai kiểu đặt dấu thanh", "Mixed tone placement"),
        new("Văn bản trộn hai kiểu đặt dấu thanh: viết “{0}” thành “{1}” ({2})",
            "The document mixes tone placement styles: write “{0}” as “{1}” ({2})"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Safe)
    {
        Options =
        [
            // The majority by default: a draft written in the modern style with one slip has one finding, not
            // one per correct word; a tie goes to the traditional style of Party and State documents.
            RuleOption.Choice("style", "auto",
                new("Kiểu đặt dấu ưu tiên khi văn bản trộn hai kiểu: auto (kiểu chiếm đa số trong văn bản; nếu bằng nhau, kiểu cũ), traditional (hòa, ủy — văn bản Đảng, Nhà nước) hoặc modern (hoà, uỷ)",
                    "Preferred style when a document mixes both: auto (the document's majority; on a tie, traditional), traditional (hòa, ủy — Party and State documents) or modern (hoà, uỷ)"),
                "traditional", "modern", "auto"),
        ],
    };

    private static readonly LocalizedText TraditionalName = new("kiểu cũ: hòa, ủy", "traditional: hòa, ủy");
    private static readonly LocalizedText ModernName = new("kiểu mới: hoà, uỷ", "modern: hoà, uỷ");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Occurrences? Collect(ParagraphFactsContext context)
    {
        List<(TextSpan, ToneStyle.Placement)>? found = null;
        var paragraph = context.Paragraph;
        foreach (var token in paragraph.Tokens)
        {
            // All-capital toned words (`ỦY BAN`) are tokenized as abbreviations: they count too.
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !token.Has(TokenFlags.NonAscii) || token.Length < 2)
            {
                continue;
            }
            var placement = ToneStyle.Detect(paragraph.GetText(token), out _);
            if (placement != ToneStyle.Placement.None)
            {
                (found ??= []).Add((token.Span, placement));
            }
        }
        return found is null || LegacyEncoding.IsLegacy(paragraph) ? null : new Occurrences(found.ToArray());
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Occurrences> facts)
    {
        int traditional = 0, modern = 0;
        foreach (var fact in facts)
        {
            foreach (var (_, placement) in fact.Facts.Items)
            {
                if (placement == ToneStyle.Placement.Traditional)
                {
                    traditional++;
                }
                else
                {
                    modern++;
                }
            }
        }
        if (traditional == 0 || modern == 0)
        {
            return; // consistent, whichever style
        }
        var target = context.Options.GetString(Rule, "style") switch
        {
            "modern" => ToneStyle.Placement.Modern,
            "auto" => modern > traditional ? ToneStyle.Placement.Modern : ToneStyle.Placement.Traditional,
            _ => ToneStyle.Placement.Traditional,
        };
        var styleName = target == ToneStyle.Placement.Traditional ? TraditionalName : ModernName;
        foreach (var fact in facts)
        {
            foreach (var (span, placement) in fact.Facts.Items)
            {
                if (placement == target)
                {
                    continue;
                }
                var word = fact.Paragraph.Text.Substring(span.Start, span.Length);
                var converted = ToneStyle.Convert(word, target);
                var absolute = fact.Paragraph.ToAbsolute(span);
                context.Report(Rule, absolute, CodeFix.Replace(absolute, converted, FixSafety.Safe), word, converted, styleName);
            }
        }
    }

    private sealed record Occurrences((TextSpan Span, ToneStyle.Placement Placement)[] Items);
}
