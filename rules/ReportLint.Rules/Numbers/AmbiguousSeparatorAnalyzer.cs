using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5008: `12,450` in a document written the Vietnamese way (`8,2%`, `93.346`) reads as twelve thousand four
/// hundred and fifty (English separators) or twelve point four five (a decimal comma): the reader cannot tell.
/// `1.234` is not ambiguous there: the dot groups thousands.
/// </summary>
public sealed class AmbiguousSeparatorAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5008", "ambiguous-separator",
        new("Số đọc được hai cách", "Number that reads two ways"),
        new("“{0}” đọc được là số nguyên hoặc số thập phân trong khi văn bản dùng kiểu Việt Nam (như “{1}”): nếu là số nguyên, viết “{2}”",
            "“{0}” reads as a whole number or a decimal while the document uses the Vietnamese separators (as in “{1}”): if it is a whole number, write “{2}”"),
        RuleFamily.Numbers, ReportSeverity.Info, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <summary>A counted noun, no measure, follows the number (`12,500 cây`, `1,250 hộ`, not `1,250 tấn` or `1,250 tỷ`).</summary>
    private static bool CountsThings(Paragraph paragraph, TextSpan span)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == span.Start)
            {
                return QuantityUnit.Read(paragraph, i) is { IsMeasure: false } unit && CountedNouns.Contains(unit.Text.Split(' ')[0]);
            }
        }
        return false;
    }

    // Nouns of whole things and people: a count of them is never a decimal.
    private static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "cây", "con", "hộ", "người", "hội", "đảng", "đoàn", "học", "lượt", "suất", "chiếc", "căn", "ngôi", "cuốn", "bản", "tin", "bài",
        "vụ", "đối", "trường", "lớp", "xã", "thôn", "cơ", "công", "việc", "phiếu", "thẻ", "bộ", "gói", "ca", "cháu", "em",
    };

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(NumberConventions.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<NumberConventions> facts)
    {
        foreach (var (paragraph, span, text, example) in NumberConventions.AgainstVietnamese(facts, Convention.Ambiguous, separator: ','))
        {
            var whole = text.Replace(',', '.');
            var absolute = paragraph.ToAbsolute(span);
            var fix = CodeFix.Replace(absolute, whole, FixSafety.Unsafe, new($"Viết “{whole}” (số nguyên)", $"Write “{whole}” (a whole number)"));
            // `12,500 cây`: a count of things has no fraction, so the comma can only be an English thousands separator.
            var severity = CountsThings(paragraph, span) ? ReportSeverity.Warning : Rule.DefaultSeverity;
            context.Report(Rule, severity, absolute, [fix], text, example, whole);
        }
    }
}
