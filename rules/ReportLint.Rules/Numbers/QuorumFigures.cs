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

/// <summary>
/// A body's members (`hiện có 15 đồng chí`) or the count a rule asks of them (`ít nhất 9 đồng chí tham dự`). A count in
/// brackets after its rule (`ít nhất 2/3 tổng số ủy viên Ban Chấp hành (10 đồng chí)`) may instead be the members:
/// <see cref="Bracketed"/>; <see cref="Body"/> is the body its rule names in capitals (`Ban Chấp hành`), if any.
/// </summary>
internal sealed record QuorumCount(TextSpan Span, long Value, string Written, string Unit, bool IsTotal, QuorumAction Action,
    bool Bracketed = false, string? Body = null);

/// <summary>The quorum figures of one paragraph, in text order.</summary>
internal sealed record QuorumFigures(List<QuorumFraction> Fractions, List<QuorumCount> Counts);

/// <summary>
/// Reads a paragraph's quorum rules, member totals and required counts. A figure's action is read from its sentence:
/// a sentence that speaks of both attending and approving (`có mặt … tán thành`) leaves it unknown.
/// </summary>
internal static partial class QuorumReader
{
    // A rule (`nửa`, `2/3`, `phần ba`, `50%`), the members (`hiện có`, `gồm`, `tổng số`) or the count asked (`ít nhất`, `tối thiểu`).
    private static readonly string[] Cues = ["nửa", "/", "phần ba", "%", "hiện có", "gồm", "tổng số", "ít nhất", "tối thiểu", "trở lên"];

    private static readonly string[] AttendingWords = ["tham dự", "có mặt", "dự họp", "dự hội nghị", "dự đại hội"];
    private static readonly string[] ApprovingWords = ["tán thành", "biểu quyết", "đồng ý", "nhất trí", "thông qua", "trúng cử"];

    public static QuorumFigures? Read(Paragraph paragraph)
    {
        var text = paragraph.FlatText;
        // Every paragraph passes here: the rule's words turn away nearly all before any pattern runs.
        if (!TextSearch.ContainsAnyIgnoreCase(text, Cues))
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
        foreach (var fraction in fractions)
        {
            if (BracketedCount().Match(text, fraction.Span.End) is { Success: true } match && ReadCount(match.Groups["count"].Value) is { } value and > 0)
            {
                var count = match.Groups["count"];
                // Its body by its first two words (`Ban Chấp`, `Hội đồng`): enough to tell it from another body.
                var body = match.Groups["body"].Success ? string.Join(' ', match.Groups["body"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)) : null;
                counts.Add(new QuorumCount(new TextSpan(count.Index, count.Length), value, count.Value, UnitOf(match), false,
                    ActionAt(paragraph, count.Index), Bracketed: true, Body: body));
            }
        }
        foreach (Match match in Count().Matches(text))
        {
            var count = match.Groups["count"];
            if (ReadCount(count.Value) is not { } value || value == 0)
            {
                continue;
            }
            counts.Add(new QuorumCount(new TextSpan(count.Index, count.Length), value, count.Value, UnitOf(match),
                match.Groups["total"].Success, ActionAt(paragraph, match.Index)));
        }
        counts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return fractions.Count == 0 && counts.Count == 0 ? null : new QuorumFigures(fractions, counts);
    }

    private static string UnitOf(Match match) => match.Groups["unit"].Value.ToLowerInvariant().Replace("uỷ", "ủy", StringComparison.Ordinal);

    private static long? ReadCount(string written) =>
        VietnameseNumber.TryParseInteger(written, out var value) ? value : StatedCount.TryRead(written, out var count) ? count : null;

    private static QuorumAction ActionAt(Paragraph paragraph, int offset)
    {
        var sentence = paragraph.Sentences.FirstOrDefault(s => s.Span.Start <= offset && offset < s.Span.End);
        var text = sentence.Span.Length > 0 ? paragraph.FlatText.Substring(sentence.Span.Start, sentence.Span.Length) : paragraph.FlatText;
        var attending = TextSearch.ContainsAnyIgnoreCase(text, AttendingWords);
        var approving = TextSearch.ContainsAnyIgnoreCase(text, ApprovingWords);
        return attending == approving ? QuorumAction.Unknown : attending ? QuorumAction.Attending : QuorumAction.Approving;
    }

    // `ít nhất 2/3`, `tối thiểu hai phần ba`, `quá nửa`, `quá một nửa`, `hơn 1/2`, `trên 50%`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<atleast>ít nhất(?: là)?|tối thiểu) (?:(?<num>\d)/(?<den>\d{1,2})|(?<third>hai phần ba))|(?:quá|hơn|trên) (?:(?<half>(?:một )?nửa)|(?<num>\d)/(?<den>\d{1,2})|(?<pct>50 ?%)))(?![\d/%,]|[\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    // The members: `hiện có 15 đồng chí`, `gồm 15 ủy viên`, `tổng số ủy viên là 15 đồng chí`. The count asked:
    // `ít nhất 9 đồng chí`, `tối thiểu 09 ủy viên`, `từ 10 đồng chí trở lên`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d])(?:(?<total>hiện có|gồm có|gồm|có tổng số|tổng số(?: [\p{L}\p{M}]+){1,4}(?: là|:)) |(?<least>ít nhất(?: là)?|tối thiểu) |(?<from>từ) )(?<count>\d{1,3}|[\p{L}\p{M}]{2,4}) (?<unit>đồng chí|cấp ủy viên|cấp uỷ viên|ủy viên|uỷ viên|đại biểu|thành viên|đảng viên)(?(from) trở lên)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    // Right after a rule, the count in brackets: `ít nhất 2/3 tổng số ủy viên (10 đồng chí)`, `hai phần ba (2/3) số ủy
    // viên Ban Chấp hành (10 đồng chí)`; the body named in capitals, if any.
    [GeneratedRegex(@"\G(?: \(\d/\d{1,2}\))?(?: của)?(?: tổng)? số(?: [\p{Ll}\p{M}]+){1,4}?(?<body>(?: \p{Lu}[\p{L}\p{M}]*(?: [\p{Ll}\p{M}]+){0,2})+)? \((?<count>\d{1,3}|[\p{L}\p{M}]{2,4}) (?<unit>đồng chí|cấp ủy viên|cấp uỷ viên|ủy viên|uỷ viên|đại biểu|thành viên|đảng viên)\)")]
    private static partial Regex BracketedCount();
}
