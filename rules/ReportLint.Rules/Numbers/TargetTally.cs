using System.Text.RegularExpressions;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A tally of a term's targets for RL5011 (<see cref="PartsSumMismatchAnalyzer"/>): `Nghị quyết đề ra 15 chỉ tiêu … có 12 chỉ
/// tiêu đạt và vượt (10 chỉ tiêu vượt, 2 chỉ tiêu đạt), 4 chỉ tiêu không đạt` (16). The whole is a count of targets set
/// (`đề ra`, `xác định`, `gồm`, `có`, `với`, `trong` N `chỉ tiêu`, not itself assessed); the parts are the counts assessed after it, in
/// its sentence and the next, outside parentheses (a parenthesis splits a part further). They cover the whole only when
/// they name both the targets reached (`đạt`, `vượt`, `đạt và vượt`, `hoàn thành`, `cơ bản đạt`) and those missed
/// (`không đạt`, `chưa đạt`), each kind once, and `đạt và vượt` beside `đạt` or `vượt` would count twice: then nothing is read.
/// </summary>
internal static partial class TargetTally
{
    public readonly record struct Mismatch(TextSpan Whole, string WholeText, int Sum, IReadOnlyList<TextSpan> Parts);

    public static IEnumerable<Mismatch> Read(string text)
    {
        if (!text.Contains("chỉ tiêu", StringComparison.Ordinal) || !text.Contains("đạt", StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (Match whole in Whole().Matches(text))
        {
            var start = whole.Index + whole.Length;
            var end = SentenceEnd(text, SentenceEnd(text, start) + 1);
            var scope = Unbracketed(text, start, end);
            var kinds = new HashSet<string>(StringComparer.Ordinal);
            var parts = new List<TextSpan>();
            var sum = 0;
            var clean = true;
            foreach (Match part in Part().Matches(scope))
            {
                // `4 không đạt` goes without its noun only after another part: `tháng 8 đạt 95%` is no count of targets.
                var before = scope.AsSpan(0, part.Index).TrimEnd();
                if (!part.Value.Contains("chỉ tiêu", StringComparison.Ordinal)
                    && (parts.Count == 0 || !(before.EndsWith(",") || before.EndsWith(";") || before.EndsWith(" và"))))
                {
                    continue;
                }
                var kind = Kind(part.Groups["kind"].Value);
                clean &= kinds.Add(kind);
                parts.Add(new TextSpan(start + part.Groups["n"].Index, part.Groups["n"].Length));
                sum += int.Parse(part.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            var reached = kinds.Contains("both") || kinds.Contains("met") || kinds.Contains("exceeded");
            if (!clean || !kinds.Contains("missed") || !reached || (kinds.Contains("both") && (kinds.Contains("met") || kinds.Contains("exceeded")))
                || !int.TryParse(whole.Groups["whole"].Value, out var count) || sum == count)
            {
                continue;
            }
            var number = whole.Groups["whole"];
            yield return new Mismatch(new TextSpan(number.Index, number.Length), number.Value, sum, parts);
        }
    }

    private static string Kind(string written) => written switch
    {
        _ when written.StartsWith("không", StringComparison.Ordinal) || written.StartsWith("chưa", StringComparison.Ordinal) => "missed",
        _ when written.StartsWith("cơ bản", StringComparison.Ordinal) => "basically",
        _ when written.Contains(" và ", StringComparison.Ordinal) || written.Contains(", ", StringComparison.Ordinal) || written.Contains(" hoặc ", StringComparison.Ordinal) => "both",
        _ when written.StartsWith("vượt", StringComparison.Ordinal) || written.StartsWith("hoàn thành vượt", StringComparison.Ordinal) => "exceeded",
        _ => "met",
    };

    /// <summary>The end of the sentence from <paramref name="from"/>: a `.` before a space or the end (not a thousands dot).</summary>
    private static int SentenceEnd(string text, int from)
    {
        for (var i = Math.Min(from, text.Length); i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>The text between the two offsets with every parenthesised part blanked, offsets kept.</summary>
    private static string Unbracketed(string text, int start, int end)
    {
        var chars = text.ToCharArray(start, end - start);
        var depth = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            depth += chars[i] == '(' ? 1 : 0;
            var inside = depth > 0;
            depth -= chars[i] == ')' && depth > 0 ? 1 : 0;
            chars[i] = inside ? ' ' : chars[i];
        }
        return new string(chars);
    }

    // `Nghị quyết đề ra 15 chỉ tiêu`, `gồm 15 chỉ tiêu chủ yếu`, `Trong 15 chỉ tiêu … đề ra, …`: a count of targets not itself assessed.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:[Tt]rong|đề ra|xác định|gồm|có|với) (?:tổng số |tổng cộng |tất cả )?(?<whole>\d{1,3}) chỉ tiêu(?! (?:đạt|vượt|không|chưa|hoàn thành|cơ bản))")]
    private static partial Regex Whole();

    // `12 chỉ tiêu đạt và vượt`, `4 chỉ tiêu không đạt`, `4 không đạt`: a count and its assessment, the longest first.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.,])(?<n>\d{1,3})(?: chỉ tiêu)? (?<kind>đạt và vượt|vượt và đạt|đạt, vượt|đạt hoặc vượt|hoàn thành và hoàn thành vượt|hoàn thành vượt|cơ bản đạt|cơ bản hoàn thành|không đạt|chưa đạt|không hoàn thành|chưa hoàn thành|vượt|đạt|hoàn thành)(?![\p{L}\p{M}])")]
    private static partial Regex Part();
}
