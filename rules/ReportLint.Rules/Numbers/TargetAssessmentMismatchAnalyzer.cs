using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5036: an assessment of a target that the figures contradict. In a table of targets (`| Chỉ tiêu | Nghị quyết đề ra |
/// Thực hiện | Đánh giá |`) a row `| … | ≥ 85% | 84,6% | Vượt |` fell short of its target; in prose, `đạt 84,6%, vượt chỉ
/// tiêu Nghị quyết đề ra (85%)`. The way a target is met (at or above it, or at or below it: `dưới 3%`, `giảm còn 2%`, a
/// poverty rate) is read by <see cref="TargetAssessment"/>. `Đạt` for a result past its target is a habit of drafts, not
/// reported; a target that is no figure (`Hoàn thành`) is not read.
/// </summary>
public sealed partial class TargetAssessmentMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5036", "target-assessment-mismatch",
        new("Đánh giá đạt, vượt chỉ tiêu trái với số liệu", "Target assessment contradicts the figures"),
        new("“{0}” trái với số liệu: thực hiện {1} so với chỉ tiêu {2} là {3}", "“{0}” contradicts the figures: {1} against the target {2} is {3}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText[] Verdicts =
    [
        new("vượt", "exceeded"),
        new("đạt, chưa vượt", "met, not exceeded"),
        new("không đạt", "not met"),
    ];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterParagraphAction(AnalyzeProse);
        context.RegisterDocumentAction(TableRow.Collect, AnalyzeTables);
    }

    private static void AnalyzeTables(DocumentAnalysisContext context, DocumentFacts<TableRow> facts)
    {
        foreach (var table in PipeTable.Of(context, facts))
        {
            if (Columns(table) is not var (target, result, assessment))
            {
                continue;
            }
            foreach (var (paragraph, row) in table.Body)
            {
                var cells = row.Cells;
                if (TargetAssessment.ReadTarget(cells[target].Text) is not { } goal || TargetAssessment.ReadResult(cells[result].Text) is not { } done
                    || !TargetAssessment.SameUnit(goal.Unit, done.Unit) || TargetAssessment.ReadAssessment(cells[assessment].Text) is not var (stated, words))
                {
                    continue;
                }
                var label = string.Join(' ', cells.Where((_, i) => i != target && i != result && i != assessment).Select(c => c.Text));
                var way = TargetAssessment.WayOf(goal, done, label, TargetAssessment.LowerIsBetter(context.Options));
                var actual = TargetAssessment.Actual(goal, done.Value, way);
                if (way == TargetWay.Unknown || !TargetAssessment.Contradicts(stated, actual) || WordsSpan(paragraph, cells[assessment], words) is not { } span)
                {
                    continue;
                }
                var written = paragraph.Text.Substring(span.Start, span.Length);
                var fix = TargetAssessment.Word(actual, char.IsUpper(written[0]));
                var absolute = paragraph.ToAbsolute(span);
                context.Report(Rule, absolute, CodeFix.Replace(absolute, fix, FixSafety.Unsafe), written, cells[result].Text, cells[target].Text, Verdicts[(int)actual]);
            }
        }
    }

    /// <summary>
    /// The target, result and assessment columns, each named once by its heading: `Đánh giá` (or a column of assessments),
    /// a target (`Nghị quyết đề ra`, `Kế hoạch`, `Mục tiêu`, else `Chỉ tiêu` over figures), a result (`Thực hiện`, `Kết quả`).
    /// </summary>
    private static (int Target, int Result, int Assessment)? Columns(PipeTable table)
    {
        int? target = null, result = null, assessment = null, plainTarget = null;
        var ambiguous = false;
        for (var column = 0; column < table.ColumnCount; column++)
        {
            var heading = table.Heading(column).ToLowerInvariant();
            if (heading.Contains("đánh giá", StringComparison.Ordinal) || heading.StartsWith("so với", StringComparison.Ordinal))
            {
                Set(ref assessment, column);
            }
            else if (HoldsFigures(table, column)
                && (heading.Contains("đề ra", StringComparison.Ordinal) || heading.Contains("nghị quyết", StringComparison.Ordinal)
                    || heading.Contains("kế hoạch", StringComparison.Ordinal) || heading.Contains("mục tiêu", StringComparison.Ordinal)))
            {
                Set(ref target, column);
            }
            else if (HoldsFigures(table, column) && (heading.Contains("thực hiện", StringComparison.Ordinal) || heading.Contains("kết quả", StringComparison.Ordinal)
                || heading.Contains("đạt được", StringComparison.Ordinal)))
            {
                Set(ref result, column);
            }
            else if (HoldsFigures(table, column) && heading.Contains("chỉ tiêu", StringComparison.Ordinal))
            {
                Set(ref plainTarget, column);
            }
        }
        target ??= plainTarget;
        return !ambiguous && target is { } t && result is { } r && assessment is { } a ? (t, r, a) : null;

        void Set(ref int? slot, int column)
        {
            ambiguous |= slot is not null;
            slot = column;
        }
    }

    /// <summary>A column at least one of whose cells holds a figure: a label column (`Chỉ tiêu` naming each target) holds none.</summary>
    private static bool HoldsFigures(PipeTable table, int column) =>
        table.Body.Any(row => TargetAssessment.ReadTarget(row.Facts.Cells[column].Text) is not null);

    /// <summary>The span of the assessment's first <paramref name="count"/> words in its cell.</summary>
    private static TextSpan? WordsSpan(Paragraph paragraph, TableCell cell, int count)
    {
        var tokens = paragraph.Tokens;
        var words = Enumerable.Range(cell.Tokens.FirstToken, cell.Tokens.TokenCount).Where(i => tokens[i].Kind.IsWordLike()).Take(count).ToList();
        return words.Count == count ? TextSpan.FromBounds(tokens[words[0]].Start, tokens[words[^1]].End) : null;
    }

    private static void AnalyzeProse(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.FlatText;
        if (!text.Contains(" tiêu", StringComparison.Ordinal) && !text.Contains("kế hoạch", StringComparison.Ordinal))
        {
            return; // most paragraphs assess no target
        }
        foreach (Match match in Prose().Matches(text))
        {
            var resultText = $"{match.Groups["lead"].Value} {match.Groups["result"].Value}{match.Groups["unit"].Value}";
            var assess = match.Groups["assess"];
            if (TargetAssessment.ReadTarget(match.Groups["target"].Value) is not { } goal || TargetAssessment.ReadResult(resultText) is not { } done
                || !TargetAssessment.SameUnit(goal.Unit, done.Unit) || TargetAssessment.ReadAssessment(assess.Value) is not var (stated, _))
            {
                continue;
            }
            // The label: the clause the result closes, from the sentence's start or last `;`.
            var start = Math.Max(text.LastIndexOfAny(['.', ';', ':'], Math.Max(match.Index - 1, 0)), 0);
            var label = text[start..match.Index];
            var way = TargetAssessment.WayOf(goal, done, label, TargetAssessment.LowerIsBetter(context.Options));
            var actual = TargetAssessment.Actual(goal, done.Value, way);
            if (way == TargetWay.Unknown || !TargetAssessment.Contradicts(stated, actual))
            {
                continue;
            }
            var span = new TextSpan(assess.Index, assess.Length);
            var result = match.Groups["result"].Value + match.Groups["unit"].Value;
            context.Report(Rule, span, CodeFix.Replace(span, TargetAssessment.Word(actual, char.IsUpper(assess.Value[0])), FixSafety.Unsafe),
                assess.Value, result, match.Groups["target"].Value, Verdicts[(int)actual]);
        }
    }

    // `đạt 84,6%, vượt chỉ tiêu Nghị quyết đề ra (85%)`, `giảm còn 1,85%, vượt mục tiêu (dưới 3%)`, `kết nạp 38 ĐV mới,
    // vượt chỉ tiêu (40 ĐV)`: the result after its verb, the assessment, the target's name (words only) and the target in
    // parentheses. Only a lead that says the result's way (`còn`) is read with it; any other verb just opens the result.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<lead>ước đạt|đạt|giảm còn|giảm xuống còn|xuống còn|còn)|[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+)?) (?<result>" + ChangeMismatchAnalyzer.Figure + @")(?<unit> ?%| (?:\p{Lu}{2,5}|[\p{Ll}\p{M}]+)(?:[ /][\p{Ll}\p{M}]+){0,3})?"
        + @", (?<assess>[Vv]ượt|[Đđ]ạt|[Kk]hông đạt|[Cc]hưa đạt|[Hh]oàn thành|[Kk]hông hoàn thành|[Cc]hưa hoàn thành) (?:so với )?(?:chỉ tiêu|mục tiêu|kế hoạch)"
        + @"(?: [\p{L}\p{M}]+){0,6} \((?<target>[^()\d]{0,20}\d[^()]{0,30})\)")]
    private static partial Regex Prose();
}
