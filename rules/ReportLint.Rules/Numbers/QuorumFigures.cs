using System.Text.RegularExpressions;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>What a quorum or majority is about: those attending (`tham dự`, `có mặt`) or those approving (`tán thành`).</summary>
internal enum QuorumAction : byte
{
    Unknown,
    Attending,
    Approving,
}

/// <summary>
/// A quorum or majority rule: `ít nhất 2/3` (at least: rounded up), `quá nửa`, `quá 1/2`, `trên 50%` (more than: the
/// next whole number above). Spans are relative to the paragraph.
/// </summary>
internal sealed record QuorumFraction(TextSpan Span, int Numerator, int Denominator, bool AtLeast, QuorumAction Action)
{
    /// <summary>The fewest people of <paramref name="total"/> that meet the rule.</summary>
    public long Fewest(long total) =>
        AtLeast ? (total * Numerator + Denominator - 1) / Denominator : total * Numerator / Denominator + 1;

    public bool SameRule(QuorumFraction other) =>
        Numerator * other.Denominator == other.Numerator * Denominator && AtLeast == other.AtLeast;

    /// <summary>The rule opening a message: `Ít nhất 2/3`, `Quá nửa`.</summary>
    public LocalizedText Name => AtLeast ? new($"Ít nhất {Numerator}/{Denominator}", $"At least {Numerator}/{Denominator}")
        : Numerator * 2 == Denominator ? new("Quá nửa", "More than half")
        : new($"Quá {Numerator}/{Denominator}", $"More than {Numerator}/{Denominator}");
}

/// <summary>A body's members (`hiện có 15 đồng chí`) or the count a rule asks of them (`ít nhất 9 đồng chí tham dự`).</summary>
internal sealed record QuorumCount(TextSpan Span, long Value, string Written, string Unit, bool IsTotal, QuorumAction Action);

/// <summary>The quorum figures of one paragraph, in text order.</summary>
internal sealed record QuorumFigures(List<QuorumFraction> Fractions, List<QuorumCount> Counts);

/// <summary>
/// Reads a paragraph's quorum rules, member totals and required counts. A figure's action is read from its sentence:
/// a sentence that speaks of both attending and approving (`có mặt … tán thành`) leaves it unknown.
/// </summary>
internal static partial class QuorumReader
{
    // A rule (`nửa`, `2/3`, `phần ba`, `50%`), the members (`hiện có`, `gồm`, `tổng số`) or the count asked (`ít nhất`, `tối thiểu`).
    private static readonly string[] Cues = ["nửa", "/", "phần ba", "%", "hiện có", "gồm", "tổng số", "ít nhất", "tối thiểu"];

    private static readonly string[] AttendingWords = ["tham dự", "có mặt", "dự họp", "dự hội nghị", "dự đại hội"];
    private static readonly string[] ApprovingWords = ["tán thành", "biểu quyết", "đồng ý", "nhất trí", "thông qua", "trúng cử"];

    public static QuorumFigures? Read(Paragraph paragraph)
    {
        var text = paragraph.FlatText;
        // Every paragraph passes here: the rule's words turn away nearly all before any pattern runs.
        if (!Cues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var fractions = new List<QuorumFraction>();
        foreach (Match match in Fraction().Matches(text))
        {
            var (numerator, denominator) = match.Groups["half"].Success || match.Groups["pct"].Success ? (1, 2)
                : match.Groups["third"].Success ? (2, 3)
                : (int.Parse(match.Groups["num"].ValueSpan), int.Parse(match.Groups["den"].ValueSpan));
            if (numerator > 0 && numerator < denominator)
            {
                fractions.Add(new QuorumFraction(new TextSpan(match.Index, match.Length), numerator, denominator,
                    match.Groups["atleast"].Success, ActionAt(paragraph, match.Index)));
            }
        }
        var counts = new List<QuorumCount>();
        foreach (Match match in Count().Matches(text))
        {
            var count = match.Groups["count"];
            if (ReadCount(count.Value) is not { } value || value == 0)
            {
                continue;
            }
            var unit = match.Groups["unit"].Value.ToLowerInvariant().Replace("uỷ", "ủy", StringComparison.Ordinal);
            counts.Add(new QuorumCount(new TextSpan(count.Index, count.Length), value, count.Value, unit,
                match.Groups["total"].Success, ActionAt(paragraph, match.Index)));
        }
        return fractions.Count == 0 && counts.Count == 0 ? null : new QuorumFigures(fractions, counts);
    }

    private static long? ReadCount(string written) =>
        VietnameseNumber.TryParseInteger(written, out var value) ? value : StatedCount.TryRead(written, out var count) ? count : null;

    private static QuorumAction ActionAt(Paragraph paragraph, int offset)
    {
        var sentence = paragraph.Sentences.FirstOrDefault(s => s.Span.Start <= offset && offset < s.Span.End);
        var text = sentence.Span.Length > 0 ? paragraph.FlatText.Substring(sentence.Span.Start, sentence.Span.Length) : paragraph.FlatText;
        var attending = AttendingWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
        var approving = ApprovingWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
        return attending == approving ? QuorumAction.Unknown : attending ? QuorumAction.Attending : QuorumAction.Approving;
    }

    // `ít nhất 2/3`, `tối thiểu hai phần ba`, `quá nửa`, `quá một nửa`, `hơn 1/2`, `trên 50%`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<atleast>ít nhất(?: là)?|tối thiểu) (?:(?<num>\d)/(?<den>\d{1,2})|(?<third>hai phần ba))|(?:quá|hơn|trên) (?:(?<half>(?:một )?nửa)|(?<num>\d)/(?<den>\d{1,2})|(?<pct>50 ?%)))(?![\d/%,]|[\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    // The members: `hiện có 15 đồng chí`, `gồm 15 ủy viên`, `tổng số ủy viên là 15 đồng chí`. The count asked:
    // `ít nhất 9 đồng chí`, `tối thiểu 09 ủy viên` (not `(15 đồng chí)`: after `2/3 tổng số ủy viên` it is the members).
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d])(?:(?<total>hiện có|gồm có|gồm|có tổng số|tổng số(?: [\p{L}\p{M}]+){1,4}(?: là|:)) |(?<least>ít nhất(?: là)?|tối thiểu) )(?<count>\d{1,3}|[\p{L}\p{M}]{2,4}) (?<unit>đồng chí|cấp ủy viên|cấp uỷ viên|ủy viên|uỷ viên|đại biểu|thành viên|đảng viên)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}
