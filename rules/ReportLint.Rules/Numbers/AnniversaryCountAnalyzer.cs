using System.Globalization;
using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5013: an anniversary whose count of years is not the difference of the years it names:
/// `kỷ niệm 94 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025)` is the 95th. A count `N năm` followed, within the
/// sentence, by a parenthesis holding two dates or two years joined by a dash is read when it is an anniversary:
/// right after `kỷ niệm`, further on in a list of anniversaries that `kỷ niệm` opens (`…(1945 - 2025), 80 năm …`), or
/// between two dates of the same day and month. The parenthesis belongs to the nearest count before it. A count right before the parenthesis (`chặng đường 85 năm (1945 -
/// 2025)`) is read anywhere, but a period may count its years inclusively (`5 năm (2021 - 2025)`), so both pass.
/// </summary>
public sealed partial class AnniversaryCountAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5013", "anniversary-count",
        new("Số năm kỷ niệm không khớp với mốc năm", "Anniversary count does not match its years"),
        new("Từ năm {0} đến năm {1} là {2} năm, không phải {3} năm", "From {0} to {1} is {2} years, not {3}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.FlatText;
        if (!text.Contains("năm (", StringComparison.Ordinal) && !text.Contains(" - ", StringComparison.Ordinal)
            && !text.Contains('–'))
        {
            return; // no parenthesis of two years can follow a count: almost no paragraph has one
        }
        foreach (Match match in CountedYears().Matches(text))
        {
            var anniversary = IsAnniversary(text, match);
            if (!anniversary && !match.Groups["span"].Success)
            {
                continue;
            }
            var count = Number(match, "count");
            var from = Number(match, "from");
            var to = Number(match, "to");
            var years = to - from;
            // A span `N năm (A - B)` that is not an anniversary may count its years inclusively: a plan for
            // `5 năm (2021 - 2025)`, a term `5 năm (2020 - 2025)`.
            if (years <= 0 || years == count || (!anniversary && years + 1 == count))
            {
                continue;
            }
            var group = match.Groups["count"];
            var span = new TextSpan(group.Index, group.Length);
            var right = years.ToString(CultureInfo.InvariantCulture);
            context.Report(Rule, span, CodeFix.Replace(span, right, FixSafety.Unsafe), from, to, right, group.Value);
        }
    }

    private static bool IsAnniversary(string text, Match match)
    {
        var before = text.AsSpan(0, match.Index);
        if (before.EndsWith("kỷ niệm ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (before.EndsWith("), ", StringComparison.Ordinal) || before.EndsWith(") và ", StringComparison.Ordinal))
        {
            // A later item of `kỷ niệm A năm … (…), B năm … (…) và C năm … (…)`: the cue opens the same sentence part.
            var cue = before.LastIndexOf("kỷ niệm ", StringComparison.OrdinalIgnoreCase);
            if (cue >= 0 && before[cue..].IndexOfAny('.', ';') < 0)
            {
                return true;
            }
        }
        return match.Groups["d1"].Success && match.Groups["d2"].Success
            && Number(match, "d1") == Number(match, "d2") && Number(match, "m1") == Number(match, "m2");
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // `94 năm … (26/3/1931 - 26/3/2025)`, `(1931 – 2025)`: the words between stay in the sentence and hold no other count
    // (`50 năm Ngày Giải phóng … và 135 năm Ngày sinh … (1890 - 2025)`: the years are the nearer count's); none in a span
    // `chặng đường 85 năm (1945 - 2025)`, which states the years it counts whatever precedes it.
    [GeneratedRegex(@"(?<![\d/.,])(?<count>\d{1,3}) năm(?:(?<span> )|(?:(?!(?<![\d/.,])\d{1,3} năm )[^.;()]){0,120})\((?:(?<d1>\d{1,2})[/.-](?<m1>\d{1,2})[/.-])?(?<from>\d{4})\s*[-–—]\s*(?:(?<d2>\d{1,2})[/.-](?<m2>\d{1,2})[/.-])?(?<to>\d{4})\)")]
    private static partial Regex CountedYears();
}
