using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Text;
using ReportLint.Rules.Abbreviations;

namespace ReportLint.Rules.Numbers;

/// <summary>What a count of election minutes counts: ballots, or the delegates the percentages may be taken over.</summary>
internal enum Tally : byte
{
    Issued,
    Returned,
    Valid,
    Invalid,
    Present,
    Members,
}

/// <summary>A count of the minutes (`Số phiếu hợp lệ: 144 phiếu`), its span relative to the paragraph.</summary>
internal sealed record TallyCount(Tally Of, long Value, TextSpan Span, string Text, string? Unit = null);

/// <summary>
/// A candidate's votes and their percentage: `1. Đồng chí Hoàng Văn Bằng 131 phiếu, đạt 90,97%`, `: 131 phiếu (90,97%)`,
/// `được 131/144 phiếu, đạt 90,97%` (<see cref="Whole"/> is then the 144 written with them).
/// </summary>
internal sealed record CandidateVotes(long Votes, TextSpan VotesSpan, string VotesText, decimal Percent, int Decimals, TextSpan PercentSpan,
    string PercentText, long? Whole, bool MarkedElected = false);

/// <summary>
/// What a line says of an election's outcome: how many were elected (`có 15 đồng chí trúng cử`), and whether it states
/// the majority rule (`số phiếu bầu phải quá một nửa so với tổng số phiếu hợp lệ`), with the base it names if any.
/// </summary>
internal sealed record ElectionOutcome(int? Elected, bool StatesMajority, Tally? MajorityBase);

/// <summary>
/// What one paragraph of election minutes (biên bản kiểm phiếu) says: the counts of ballots (`Số phiếu phát ra: 147`,
/// `thu về 147 phiếu`, `hợp lệ 144 phiếu`, `không hợp lệ 3 phiếu`) and of delegates (<see cref="Attendance"/>), the
/// candidates' votes with their percentages, the base the percentages are declared over (`tỷ lệ tính trên tổng số phiếu
/// hợp lệ`), whether the line is a heading (which ends an election's block once its candidates are read), and its table
/// row if any. A line that counts ballots is not read for votes: its percentage is a share of the ballots (RL5001's).
/// </summary>
internal sealed partial record MinutesLine(List<TallyCount> Counts, List<CandidateVotes> Votes, Tally? Basis, bool IsHeading, TableRow? Row,
    ElectionOutcome? Outcome)
{
    private const int MaxWordsBeforeVotes = 12;

    public static MinutesLine? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var text = paragraph.FlatText;
        var row = TableRow.Read(paragraph, context.DocumentKind);
        var ballots = text.Contains("phiếu", StringComparison.OrdinalIgnoreCase);
        var attendance = Attendance.Collect(context);
        if (!ballots && attendance is null && row is null && !text.Contains("bầu", StringComparison.OrdinalIgnoreCase)
            && !TextSearch.ContainsIgnoreCase(text, "đại biểu") && !text.Contains("trúng cử", StringComparison.OrdinalIgnoreCase))
        {
            return RunningText.IsHeading(paragraph) ? Heading : null;
        }
        var counts = ReadCounts(text);
        foreach (var count in attendance ?? [])
        {
            if (count.Of == Attendance.Kind.Members)
            {
                counts.Add(new TallyCount(Tally.Members, count.Value, count.Span, count.TotalText, count.Unit));
            }
            else if (count.Present)
            {
                counts.Add(new TallyCount(Tally.Present, count.Value, count.Span, text.Substring(count.Span.Start, count.Span.Length), count.Unit));
                if (count.Total >= 0)
                {
                    counts.Add(new TallyCount(Tally.Members, count.Total, count.TotalSpan, count.TotalText, count.Unit));
                }
            }
        }
        var votes = counts.Count == 0 && ballots ? ReadVotes(text) : [];
        Tally? basis = counts.Count == 0 && DeclaredBasis().Match(text) is { Success: true } declared ? BasisOf(declared.Groups["base"].Value) : null;
        var heading = counts.Count == 0 && votes.Count == 0 && row is null
            && (RunningText.IsHeading(paragraph) || ElectionCue().IsMatch(text));
        var outcome = ReadOutcome(text);
        return counts.Count == 0 && votes.Count == 0 && basis is null && !heading && row is null && outcome is null
            ? null
            : new MinutesLine(counts, votes, basis, heading, row, outcome);
    }

    private static readonly MinutesLine Heading = new([], [], null, true, null, null);

    private static ElectionOutcome? ReadOutcome(string text)
    {
        var majority = MajorityRule().IsMatch(text);
        int? elected = ElectedCount().Match(text) is { Success: true } count && int.TryParse(count.Groups["n"].ValueSpan, out var n) ? n : null;
        if (!majority && elected is null)
        {
            return null;
        }
        Tally? majorityBase = majority && MajorityBasis().Match(text) is { Success: true } declared ? BasisOf(declared.Groups["base"].Value) : null;
        return new ElectionOutcome(elected, majority, majorityBase);
    }

    private static List<TallyCount> ReadCounts(string text)
    {
        var counts = new List<TallyCount>();
        foreach (Match match in BallotCount().Matches(text))
        {
            var number = match.Groups["n"];
            var before = text.AsSpan(Math.Max(0, match.Index - 12), Math.Min(12, match.Index));
            // `Số phiếu phát ra: 147` or `thu về 147 phiếu`: ballots, not `phát ra 30 tờ rơi`.
            if ((match.Groups["unit"].Success || before.Contains("phiếu", StringComparison.OrdinalIgnoreCase))
                && VietnameseNumber.TryParseInteger(number.ValueSpan, out var value))
            {
                counts.Add(new TallyCount(TallyOf(match.Groups["label"].Value), value, new TextSpan(number.Index, number.Length), number.Value));
            }
        }
        return counts;
    }

    private static Tally TallyOf(string label) => label.ToLowerInvariant() switch
    {
        "phát ra" => Tally.Issued,
        "thu về" or "thu vào" => Tally.Returned,
        "hợp lệ" => Tally.Valid,
        _ => Tally.Invalid,
    };

    private static Tally? BasisOf(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        return lower.Contains("hợp lệ", StringComparison.Ordinal) ? Tally.Valid
            : lower.Contains("thu về", StringComparison.Ordinal) ? Tally.Returned
            : lower.Contains("có mặt", StringComparison.Ordinal) ? Tally.Present
            : Tally.Members;
    }

    /// <summary>Each candidate's votes on the line: after a name (`Đồng chí …`, `đ/c …`, a list mark then a capital).</summary>
    private static List<CandidateVotes> ReadVotes(string text)
    {
        var votes = new List<CandidateVotes>();
        var from = 0;
        var matches = VotesWithShare().Matches(text);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var before = text[from..match.Index];
            from = match.Index + match.Length;
            if (!NamesCandidate(before, votes.Count == 0) || NotCandidate().IsMatch(before)
                || WordCount().Matches(before).Count > MaxWordsBeforeVotes
                || !VietnameseNumber.TryParseInteger(match.Groups["votes"].ValueSpan, out var count)
                || !VietnameseNumber.TryParseDecimal(match.Groups["pct"].ValueSpan, out var percent, out var decimals))
            {
                continue;
            }
            long? whole = match.Groups["whole"].Success && VietnameseNumber.TryParseInteger(match.Groups["whole"].ValueSpan, out var w) ? w : null;
            var pct = match.Groups["pct"];
            // `63 phiếu, đạt 50,00% (trúng cử)`: what follows the votes, up to the next candidate's, may mark them elected.
            var tail = text[from..(m + 1 < matches.Count ? matches[m + 1].Index : text.Length)];
            var elected = ElectedMark().Match(tail) is { Success: true } mark && !mark.Groups["not"].Success;
            votes.Add(new CandidateVotes(count, Span(match.Groups["votes"]), match.Groups["votes"].Value, percent, decimals, Span(pct), pct.Value, whole,
                elected));
        }
        return votes;
    }

    private static bool NamesCandidate(string before, bool first) =>
        PersonCue().IsMatch(before) || (first && ListedName().IsMatch(before));

    private static TextSpan Span(Group group) => new(group.Index, group.Length);

    // `Số phiếu phát ra: 147`, `thu về 147 phiếu`, `hợp lệ 144 phiếu (chiếm 97,96%)`, `không hợp lệ là 3 phiếu`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<label>phát ra|thu về|thu vào|không hợp lệ|hợp lệ)(?:\s+là)?\s*:?\s*(?<n>\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d/]|[.,]\d|\s*%)(?<unit>\s+phiếu)?", RegexOptions.IgnoreCase)]
    private static partial Regex BallotCount();

    // `131 phiếu, đạt 90,97%`, `131 phiếu (90,97%)`, `131/144 phiếu, đạt 90,97%`, `131 phiếu bầu - tỷ lệ 90,97%`.
    [GeneratedRegex(@"(?<![\d.,/\p{L}\p{M}])(?<votes>\d{1,3}(?:\.\d{3})*)(?:\s*/\s*(?<whole>\d{1,3}(?:\.\d{3})*))?\s+phiếu(?:\s+bầu)?\s*(?:[,;:–-]\s*)?(?:\(\s*)?(?:(?:đạt|chiếm|bằng|=)\s*)?(?:(?:tỷ|tỉ) lệ\s*:?\s*)?(?<pct>\d{1,3}(?:,\d{1,4})?)\s?%", RegexOptions.IgnoreCase)]
    private static partial Regex VotesWithShare();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:đồng chí|đ/c|ông|bà)\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex PersonCue();

    // `1. Hoàng Văn Bằng:`, `- Lê Thị Cúc`, `a) Trần Văn Dũng`.
    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|[-+•*–]|[a-zđ]\))\s*\p{Lu}")]
    private static partial Regex ListedName();

    // Votes on a motion or ballots, not a candidate's: `Tán thành: 140 phiếu`, `Số phiếu …`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:phiếu|tán thành|đồng ý|không|biểu quyết)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex NotCandidate();

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex WordCount();

    // `tỷ lệ tính trên tổng số phiếu hợp lệ`, `so với tổng số đại biểu`, `đạt 90,97% số phiếu hợp lệ`.
    [GeneratedRegex(@"(?:(?<![\p{L}\p{M}])(?:tính trên|so với|trên)|%\)?)\s+(?:tổng\s+)?số\s+(?<base>phiếu(?: bầu)? hợp lệ|phiếu thu về|đại biểu có mặt|đại biểu (?:được )?triệu tập|đại biểu(?! [\p{L}\p{M}]))", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredBasis();

    // `quá một nửa`, `hơn một nửa`, `quá 50%`: the majority an election requires.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:quá|hơn|trên)\s+(?:(?:một\s+)?nửa|50\s?%)", RegexOptions.IgnoreCase)]
    private static partial Regex MajorityRule();

    // The base the majority is counted over: `quá một nửa so với tổng số phiếu hợp lệ`.
    [GeneratedRegex(@"(?:nửa|50\s?%)\s+(?:(?:so với|trên|của)\s+)?(?:tổng\s+)?số\s+(?<base>phiếu(?: bầu)? hợp lệ|phiếu thu về|đại biểu có mặt|đại biểu (?:được )?triệu tập|đại biểu(?! [\p{L}\p{M}]))", RegexOptions.IgnoreCase)]
    private static partial Regex MajorityBasis();

    // `có 15 đồng chí trúng cử`, `15 người đã trúng cử`; not `2 đồng chí không trúng cử`.
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})\s+(?:đồng chí|người|ứng cử viên|đại biểu|thành viên)\s+(?:đã\s+|được\s+)?trúng cử", RegexOptions.IgnoreCase)]
    private static partial Regex ElectedCount();

    // `trúng cử` right after a candidate's votes (`50,00% - trúng cử`, `(trúng cử)`), not a later sentence's; `không
    // trúng cử`, `chưa trúng cử` say the opposite.
    [GeneratedRegex(@"^[\s\p{P}]*(?:đã\s+)?(?<not>(?:không|chưa)\s+(?:được\s+)?)?trúng cử", RegexOptions.IgnoreCase)]
    private static partial Regex ElectedMark();

    // `Bầu Bí thư`, `Kết quả bầu Ban Thường vụ:`: a line that opens another election.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])bầu\s+(?:bí thư|phó bí thư|ban|ủy|uỷ|chủ|phó|đại biểu|thường)", RegexOptions.IgnoreCase)]
    private static partial Regex ElectionCue();
}
