using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5007: ranges of years written in more than one style in a document (`2020 - 2025` and
/// `2020-2025`). The most frequent style wins (the first on a tie). A dash spaced on one side only
/// (`2020- 2025`) is a spacing defect that RL4005 reports, so it is left out here. The message quotes the
/// first range written in the winning style, so the writer can find it in the text.
/// </summary>
public sealed class RangeStyleAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5007", "range-style-mix",
        new("Khoảng năm viết không thống nhất", "Inconsistent range style"),
        new("Khoảng năm “{0}” viết khác kiểu “{1}” dùng trong văn bản", "The range “{0}” differs from the style “{1}” used in the document"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Ranges? Collect(ParagraphFactsContext context) =>
        YearRange.ReadAll(context.Paragraph) is { } ranges ? new Ranges(ranges) : null;

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Ranges> facts)
    {
        if (Vote(facts).Preferred is not { } preferred)
        {
            return;
        }
        var model = FirstWritten(facts, preferred);
        foreach (var (paragraph, ranges) in facts)
        {
            foreach (var range in ranges.Items)
            {
                if (range.Separator == preferred || range.IsLopsided)
                {
                    continue;
                }
                var span = paragraph.ToAbsolute(range.Span);
                var written = paragraph.Text.Substring(range.Span.Start, range.Span.Length);
                var example = $"{range.Start}{preferred}{range.End}";
                context.Report(Rule, span,
                    CodeFix.Replace(paragraph.ToAbsolute(range.SeparatorSpan), preferred, FixSafety.Safe, new($"Sửa thành “{example}”", $"Change to “{example}”")),
                    written, model);
            }
        }
    }

    private static StyleVote Vote(DocumentFacts<Ranges> facts)
    {
        var vote = new StyleVote();
        foreach (var (_, ranges) in facts)
        {
            YearRange.VoteSeparators(ranges.Items, vote);
        }
        return vote;
    }

    /// <summary>
    /// The first range written in the preferred style, as written; an ordered one if there is any (a reversed range
    /// is RL5006's finding, a poor model to point at).
    /// </summary>
    private static string FirstWritten(DocumentFacts<Ranges> facts, string preferred)
    {
        string? reversed = null;
        foreach (var (paragraph, ranges) in facts)
        {
            foreach (var range in ranges.Items)
            {
                if (range.Separator == preferred)
                {
                    var text = paragraph.Text.Substring(range.Span.Start, range.Span.Length);
                    if (range.End > range.Start)
                    {
                        return text;
                    }
                    reversed ??= text;
                }
            }
        }
        return reversed ?? throw new InvalidOperationException("The preferred style is one the document writes.");
    }

    private sealed record Ranges(List<YearRange> Items);
}
