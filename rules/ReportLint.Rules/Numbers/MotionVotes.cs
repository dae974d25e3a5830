using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>The three answers of a vote on a motion: for, against, and neither (`không biểu quyết`, `ý kiến khác`).</summary>
internal enum VoteAnswer : byte
{
    For,
    Against,
    Neither,
}

/// <summary>
/// One vote on a motion, as RL5024 adds it up: the counts of the three answers, their span (in the document for a table
/// row; relative to its paragraph in prose, a paragraph fact, until <see cref="MotionVoteCheck"/> places it), and
/// what names the vote in a message: a table row's label, else its place among the rows (<paramref name="Position"/>,
/// from 1; 0 in prose). Every member present answers once, so
/// the three make those present.
/// </summary>
internal sealed record MotionVote(long[] Counts, TextSpan Span, string[] Texts, string? Label, int Position = 0)
{
    /// <summary>The share written after an answer in prose (`tán thành 12 đồng chí (đạt 92,31%)`), by answer; null for a table.</summary>
    public VoteShare?[]? Shares { get; init; }

    public long Sum => Counts.Sum();

    /// <summary>`4 + 0 + 2`.</summary>
    public string Addition => string.Join(" + ", Texts);
}

/// <summary>A percentage written after an answer's count; spans relative to the paragraph, `%` excluded from <paramref name="PercentSpan"/>.</summary>
internal readonly record struct VoteShare(TextSpan Span, TextSpan PercentSpan, decimal Percent, int Decimals, string Text);

/// <summary>
/// What one paragraph of minutes says of votes on motions: those present (<see cref="Attendance"/>: `có mặt: 5/6 đồng
/// chí`), the headings of a vote table (`Tán thành | Không tán thành | Không biểu quyết`, or `Đồng ý | Không đồng ý | Ý
/// kiến khác`), a row of such a table, or a vote in prose naming all three answers with their counts (`tán thành 4,
/// không tán thành 0, không biểu quyết 1`; `61 đại biểu tán thành, 01 đại biểu không tán thành, không có đại biểu nào
/// không biểu quyết`). A table or a sentence that leaves an answer out is not read: those who did not vote may be
/// missing from it.
/// </summary>
/// Those who took part in the vote may be stated apart from those present (<see cref="VotersPattern"/>: `13/13 đồng chí có mặt
/// tham gia biểu quyết`, `Số đại biểu tham gia biểu quyết: 58`): the answers make them, and are their shares.
/// <paramref name="Members"/>: the total written with those present or voting (`13/15`), when it is.
internal sealed partial record MotionVoteLine(long? Present, TableRow? Row, MotionVote? Prose, long? Voters = null, long? Members = null)
{
    public static MotionVoteLine? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var attendance = Attendance.Collect(context)?.LastOrDefault(count => count.Present);
        var present = attendance?.Value;
        var (voters, members) = ReadVoters(paragraph.FlatText);
        members ??= attendance is { Total: >= 0 } ? attendance.Total : null;
        var row = TableRow.Read(paragraph, context.DocumentKind);
        var prose = row is null ? ReadProse(paragraph) : null;
        return present is null && voters is null && row is null && prose is null ? null : new MotionVoteLine(present, row, prose, voters, members);
    }

    /// <summary>The last count of those taking part in a vote the paragraph states, with its total when written (`13/15`); nulls when none.</summary>
    private static (long? Voters, long? Total) ReadVoters(string text)
    {
        if (!text.Contains("biểu quyết", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }
        (long?, long?) found = (null, null);
        foreach (Match match in VotersPattern().Matches(text))
        {
            if (VietnameseNumber.TryParseInteger(match.Groups["count"].ValueSpan, out var count))
            {
                found = (count, match.Groups["total"].Success && VietnameseNumber.TryParseInteger(match.Groups["total"].ValueSpan, out var total) ? total : null);
            }
        }
        return found;
    }

    /// <summary>The column of each answer under these headings, or null when an answer has none or two.</summary>
    public static int[]? VoteColumns(TableRow header)
    {
        if (header.IsAlignment || header.Cells.Any(cell => cell.Figure is not null))
        {
            return null;
        }
        var columns = new[] { -1, -1, -1 };
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (Answer().Match(header.Cells[i].Text.Trim()) is not { Success: true } heading || heading.Length != header.Cells[i].Text.Trim().Length)
            {
                continue;
            }
            var answer = (int)AnswerOf(heading);
            if (columns[answer] >= 0)
            {
                return null;
            }
            columns[answer] = i;
        }
        return columns.All(c => c >= 0) ? columns : null;
    }

    /// <summary>The counts of a table row under the vote columns, when each is a whole number alone in its cell.</summary>
    public static MotionVote? ReadRow(Paragraph paragraph, TableRow row, int[] columns, int position)
    {
        var counts = new long[columns.Length];
        var texts = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = row.Cells[columns[i]];
            if (cell.Number is null || !VietnameseNumber.TryParseInteger(cell.Text, out counts[i]))
            {
                return null;
            }
            texts[i] = cell.Text;
        }
        var spans = columns.Select(c => row.Cells[c].Number!.Value).ToList();
        var span = TextSpan.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));
        var before = columns.Min();
        var label = row.Cells.Take(before).Select(c => c.Text).LastOrDefault(text => text.Length > 0 && !VietnameseNumber.TryParseInteger(text.TrimEnd('.'), out _));
        return new MotionVote(counts, paragraph.ToAbsolute(span), texts, label, position);
    }

    /// <summary>A sentence's three answers, in any order, each once, one right after the other (`,`, `;` or `và` between).</summary>
    private static MotionVote? ReadProse(Paragraph paragraph)
    {
        var text = paragraph.FlatText;
        if (!text.Contains("tán thành", StringComparison.OrdinalIgnoreCase) && !TextSearch.ContainsIgnoreCase(text, "đồng ý"))
        {
            return null;
        }
        var matches = ProseAnswer().Matches(text);
        for (var m = 0; m + 2 < matches.Count; m++)
        {
            var three = new[] { matches[m], matches[m + 1], matches[m + 2] };
            if (!Joined(text, three[0], three[1]) || !Joined(text, three[1], three[2]))
            {
                continue;
            }
            var counts = new long[3];
            var texts = new string[3];
            var shares = new VoteShare?[3];
            var seen = 0;
            foreach (var match in three.OrderBy(match => (int)AnswerOf(match)))
            {
                var answer = (int)AnswerOf(match);
                seen |= 1 << answer;
                var count = match.Groups["n"].Success ? match.Groups["n"].Value : match.Groups["m"].Success ? match.Groups["m"].Value : "0";
                if (!VietnameseNumber.TryParseInteger(count, out counts[answer]))
                {
                    seen = 0;
                    break;
                }
                texts[answer] = count;
                shares[answer] = ShareOf(text, match);
            }
            if (seen == 0b111)
            {
                // Relative to the paragraph: these facts are cached with its syntax and read again when it moves.
                return new MotionVote(counts, TextSpan.FromBounds(three[0].Index, three[2].Index + three[2].Length), texts, null)
                {
                    Shares = shares,
                };
            }
        }
        return null;
    }

    private static VoteAnswer AnswerOf(Match match) =>
        match.Groups["against"].Success ? VoteAnswer.Against : match.Groups["neither"].Success ? VoteAnswer.Neither : VoteAnswer.For;

    /// <summary>
    /// Only a comma, a semicolon or `và` between two answers, after the first one's share if it has one: one vote, not two
    /// sentences' worth.
    /// </summary>
    private static bool Joined(string text, Match first, Match second)
    {
        var end = first.Index + first.Length;
        if (ShareAfter().Match(text, end) is { Success: true } share && share.Index + share.Length <= second.Index)
        {
            end = share.Index + share.Length;
        }
        return Separator().IsMatch(text.AsSpan(end, second.Index - end));
    }

    /// <summary>The share written right after an answer: `(đạt 92,31%)`, `(92,31%)`, `, chiếm 92,31%`.</summary>
    private static VoteShare? ShareOf(string text, Match answer)
    {
        if (ShareAfter().Match(text, answer.Index + answer.Length) is not { Success: true } share
            || !VietnameseNumber.TryParseDecimal(share.Groups["p"].ValueSpan, out var percent, out var decimals))
        {
            return null;
        }
        var number = share.Groups["p"];
        return new VoteShare(new TextSpan(number.Index, share.Groups["pc"].Index + 1 - number.Index), new TextSpan(number.Index, number.Length),
            percent, decimals, number.Value);
    }

    [GeneratedRegex(@"\G\s*(?:\(\s*(?:(?:đạt|chiếm|bằng)(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?\s+)?(?<p>\d{1,3}(?:,\d{1,4})?)\s*(?<pc>%)\s*\)|,\s*(?:đạt|chiếm|bằng)(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?\s+(?<p>\d{1,3}(?:,\d{1,4})?)\s*(?<pc>%)(?![\p{L}\p{M}\d]|\s+(?:so|kế|chỉ|tổng|số)(?![\p{L}\p{M}])))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareAfter();

    // Those taking part in a vote: `13/13 đồng chí có mặt tham gia biểu quyết`, `58 đại biểu tham gia biểu quyết`, `Số đại
    // biểu tham gia biểu quyết: 58`, `tham gia biểu quyết: 13/15 đồng chí`. Not those who did not (`không tham gia biểu
    // quyết`), nor those for a motion (`12 đồng chí tham gia biểu quyết tán thành`).
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d/.,])(?<count>\d{1,4})(?:/(?<total>\d{1,4}))? (?:đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên) (?:có mặt )?tham gia biểu quyết(?! (?:tán thành|đồng ý|nhất trí|không)(?![\p{L}\p{M}]))|(?<![\p{L}\p{M}])(?<!không )(?:số (?:đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên) (?:có mặt )?)?tham gia biểu quyết:? (?:là )?(?<count>\d{1,4})(?:/(?<total>\d{1,4}))?(?![\d%/]|[.,]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VotersPattern();

    // The answers as headings name them; `Số phiếu tán thành`, `Tán thành (phiếu)` too.
    [GeneratedRegex(@"(?:số\s+(?:phiếu|đại\s+biểu|đồng\s+chí|người)\s+)?(?:(?<against>không\s+tán\s+thành|không\s+đồng\s+ý|không\s+nhất\s+trí)|(?<neither>không\s+biểu\s+quyết|ý\s+kiến\s+khác)|(?<for>tán\s+thành|đồng\s+ý|nhất\s+trí))(?:\s*\((?:phiếu|người|đồng\s+chí|đại\s+biểu)\))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Answer();

    // `tán thành 4`, `tán thành: 4 đồng chí`, `4 đồng chí tán thành`, `01 đại biểu không tán thành`, `không có đại biểu nào không biểu quyết`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d])(?:(?<n>\d{1,4})\s+(?:(?:đại\s+biểu|đồng\s+chí|người|thành\s+viên|ủy\s+viên|phiếu)\s+)?|(?<none>không\s+có\s+(?:đại\s+biểu|đồng\s+chí|người|thành\s+viên|ủy\s+viên)\s+nào\s+))?(?:(?<against>không\s+tán\s+thành|không\s+đồng\s+ý)|(?<neither>không\s+biểu\s+quyết|ý\s+kiến\s+khác)|(?<for>tán\s+thành|đồng\s+ý))(?(n)|(?(none)|\s*:?\s*(?<m>\d{1,4})(?:\s+(?:đại\s+biểu|đồng\s+chí|người|thành\s+viên|ủy\s+viên|phiếu))?))(?![\p{L}\p{M}\d/%]|[.,]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProseAnswer();

    [GeneratedRegex(@"^\s*(?:[,;]\s*(?:và\s+)?|và\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
