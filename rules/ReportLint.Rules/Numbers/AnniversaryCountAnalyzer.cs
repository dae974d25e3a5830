using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5013: an anniversary whose count of years is not the difference of the years it names:
/// `kỷ niệm 94 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025)` is the 95th. Only `kỷ niệm N năm` followed, within
/// the sentence, by a parenthesis holding two dates or two years joined by a dash is read.
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
        var text = context.Paragraph.Text;
        if (!text.Contains("niệm", StringComparison.OrdinalIgnoreCase))
        {
            return; // the cue word: almost no paragraph has it
        }
        foreach (Match match in Anniversary().Matches(text))
        {
            var count = int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var from = int.Parse(match.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var to = int.Parse(match.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var years = to - from;
            if (years <= 0 || years == count)
            {
                continue;
            }
            var group = match.Groups["count"];
            var span = new TextSpan(group.Index, group.Length);
            var right = years.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Report(Rule, span, CodeFix.Replace(span, right, FixSafety.Unsafe), from, to, right, group.Value);
        }
    }

    // `kỷ niệm 94 năm … (26/3/1931 - 26/3/2025)`, `(1931 – 2025)`: the words between stay in the sentence.
    [GeneratedRegex(@"(?i)kỷ niệm (?<count>\d{1,3}) năm[^.;()]{0,120}\((?:\d{1,2}[/.-]\d{1,2}[/.-])?(?<from>\d{4})\s*[-–—]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?<to>\d{4})\)")]
    private static partial Regex Anniversary();
}
