using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A start and an end of one work or event given by paired verbs in one clause: `khởi công quý I/2026, hoàn thành quý
/// IV/2025`, `bắt đầu từ ngày 05/5/2025, kết thúc ngày 30/4/2025`, `khai mạc ngày 12/9 tại …, bế mạc ngày 10/9/2025`.
/// Only connectives, a place (`tại …`) and clock times may stand between them, so two works in one sentence (`dự án A
/// khởi công …, dự án B hoàn thành …`) are never paired.
/// </summary>
internal static class ScheduleMilestones
{
    private static readonly string[][] BuildEnds =
        [["hoàn", "thành"], ["khánh", "thành"], ["đưa", "vào", "sử", "dụng"], ["đưa", "vào", "vận", "hành"], ["bàn", "giao"]];

    private static readonly (string[] Start, string[][] Ends)[] Pairs =
    [
        (["khởi", "công"], BuildEnds),
        (["bắt", "đầu"], [["kết", "thúc"], ["hoàn", "thành"]]),
        (["khai", "mạc"], [["bế", "mạc"]]),
        (["khai", "giảng"], [["bế", "giảng"]]),
    ];

    // A start may begin `từ`, an end be due `trước`.
    private static readonly string[] StartLeads = [.. PeriodReader.TimeLeads, "từ"];

    private static readonly string[] EndLeads = [.. PeriodReader.TimeLeads, "trước", "chậm", "nhất", "là"];

    // Words that may join the two milestones.

    private static readonly string[] Links = ["và", "rồi", "dự", "kiến", "phấn", "đấu", "sẽ", "đã", "được", "thì", "sau", "đó"];

    private const int MaxGap = 16;

    /// <summary>The start verb at <paramref name="index"/>, its period, and the end period it is paired with.</summary>
    public static bool TryRead(Paragraph paragraph, int index, out Period start, out Period end)
    {
        start = end = default;
        foreach (var (startVerb, ends) in Pairs)
        {
            var verb = TokenNavigation.MatchWords(paragraph, index, startVerb);
            if (verb < 0 || PeriodReader.AfterLead(paragraph, verb, StartLeads) is not { } from)
            {
                continue;
            }
            if (EndVerbAfter(paragraph, from.LastToken, ends) is { } endVerb && PeriodReader.AfterLead(paragraph, endVerb, EndLeads) is { } to)
            {
                (start, end) = (from, to);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The last word of the end verb (of a chain: `hoàn thành, đưa vào sử dụng`) that follows the start's period past
    /// connectives and a place; null when anything else stands between.
    /// </summary>
    private static int? EndVerbAfter(Paragraph paragraph, int from, string[][] ends)
    {
        var tokens = paragraph.Tokens;
        var index = TokenNavigation.Next(tokens, from);
        var inPlace = false;
        for (var steps = 0; index >= 0 && steps < MaxGap; steps++)
        {
            if (TokenNavigation.MatchAny(paragraph, index, ends) is var verb and >= 0)
            {
                return LastOfChain(paragraph, verb, ends);
            }
            if (TokenNavigation.IsPunctuation(paragraph, index, ',') || TokenNavigation.IsWordIn(paragraph, index, Links))
            {
                inPlace = false;
            }
            else if (TokenNavigation.IsWord(paragraph, index, "tại") || TokenNavigation.IsWord(paragraph, index, "ở"))
            {
                inPlace = true;
            }
            else if (!inPlace || !tokens[index].Kind.IsWordLike())
            {
                return null;
            }
            index = TokenNavigation.Next(tokens, index);
        }
        return null;
    }

    /// <summary>`hoàn thành, đưa vào sử dụng`: the end verbs joined by a comma or `và`, up to the last one.</summary>
    private static int LastOfChain(Paragraph paragraph, int verb, string[][] ends)
    {
        while (true)
        {
            var joint = TokenNavigation.Next(paragraph.Tokens, verb);
            if (!TokenNavigation.IsPunctuation(paragraph, joint, ',') && !TokenNavigation.IsWord(paragraph, joint, "và"))
            {
                return verb;
            }
            var next = TokenNavigation.MatchAny(paragraph, TokenNavigation.Next(paragraph.Tokens, joint), ends);
            if (next < 0)
            {
                return verb;
            }
            verb = next;
        }
    }
}
