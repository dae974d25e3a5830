using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Several figures compared at once, for RL5015 (<see cref="ChangeMismatchAnalyzer"/>): `xảy ra 27 vụ, làm chết
/// 15 người; so với năm 2025 (32 vụ, 18 người chết) giảm 5 vụ (15,63%), giảm 3 người chết (16,67%)`. The earlier
/// figures are the list in the parentheses; each change that follows is matched to one of them by its noun
/// (`người chết`), and to a current figure when the clause before `so với` holds exactly as many figures as the list,
/// in the same order and with the same first noun (`27 vụ`, `15 người`). A clause that already says `tăng` or
/// `giảm` is a comparison of its own, and is not read.
/// </summary>
internal static partial class ComparedList
{
    /// <summary>A figure as written, with its value, decimals and the words after it.</summary>
    public sealed record Figure(string Text, decimal Value, int Decimals, string[] Unit);

    /// <summary>One change after the list: its direction and value groups, its percentage if any, and what it is read against.</summary>
    public sealed record Change(Group Direction, Group Value, Group Share, Figure Earlier, Figure? Current);

    public static IEnumerable<Change> Read(Paragraph paragraph)
    {
        var text = paragraph.FlatText;
        foreach (Match head in Head().Matches(text))
        {
            var clause = ClauseBefore(paragraph, head.Index);
            if (Direction().IsMatch(clause) || Items(head.Groups["items"].Value) is not { } earlier)
            {
                continue;
            }
            var changes = Changes(text, head.Index + head.Length);
            if (changes.Count == 0)
            {
                continue;
            }
            var current = CurrentFigures(clause, earlier);
            foreach (var change in changes)
            {
                if (Earlier(earlier, change.Groups["unit"].Value.Split(' ')) is { } k)
                {
                    yield return new Change(change.Groups["direction"], change.Groups["change"], change.Groups["share"], earlier[k], current?[k]);
                }
            }
        }
    }

    /// <summary>The sentence's text up to <paramref name="end"/>: where the current figures are.</summary>
    private static string ClauseBefore(Paragraph paragraph, int end)
    {
        var start = 0;
        foreach (var sentence in paragraph.Sentences)
        {
            if (sentence.Span.Start <= end)
            {
                start = sentence.Span.Start;
            }
        }
        return paragraph.FlatText[start..end];
    }

    /// <summary>The changes one after another from <paramref name="at"/>; none when the run ends in a comparison of its own.</summary>
    private static List<Match> Changes(string text, int at)
    {
        var changes = new List<Match>();
        for (var change = ChangeItem().Match(text, at); change.Success; change = ChangeItem().Match(text, at))
        {
            changes.Add(change);
            at = change.Index + change.Length;
        }
        return text.AsSpan(at).StartsWith(" so với", StringComparison.Ordinal) ? [] : changes;
    }

    private static Figure[]? Items(string list)
    {
        var items = new List<Figure>();
        foreach (var part in list.Split(", "))
        {
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !VietnameseNumber.TryParseDecimal(part.AsSpan(0, space), out var value, out var decimals) || value == 0)
            {
                return null;
            }
            items.Add(new Figure(part[..space], value, decimals, part[(space + 1)..].Split(' ')));
        }
        return [.. items];
    }

    /// <summary>
    /// The item whose noun the change repeats (`người chết` for `giảm 4 người chết`), the longest when several
    /// begin it; none when two items fit equally.
    /// </summary>
    private static int? Earlier(Figure[] earlier, string[] unit)
    {
        int? found = null;
        var longest = 0;
        var ties = 0;
        for (var k = 0; k < earlier.Length; k++)
        {
            var words = earlier[k].Unit;
            if (words.Length < longest || words.Length > unit.Length || !unit.AsSpan(0, words.Length).SequenceEqual(words))
            {
                continue;
            }
            ties = words.Length == longest ? ties + 1 : 0;
            (found, longest) = (k, words.Length);
        }
        return ties > 0 ? null : found;
    }

    /// <summary>The clause's figures when they pair one to one with the earlier ones, in order and by first noun.</summary>
    private static Figure[]? CurrentFigures(string clause, Figure[] earlier)
    {
        var figures = new List<Figure>();
        foreach (Match match in ClauseFigure().Matches(clause))
        {
            if (match.Groups["year"].Success)
            {
                continue;
            }
            if (match.Groups["other"].Success || match.Groups["percent"].Success
                || !VietnameseNumber.TryParseDecimal(match.Groups["value"].ValueSpan, out var value, out var decimals))
            {
                return null;
            }
            figures.Add(new Figure(match.Groups["value"].Value, value, decimals, [match.Groups["noun"].Value]));
        }
        if (figures.Count != earlier.Length)
        {
            return null;
        }
        for (var k = 0; k < figures.Count; k++)
        {
            if (!figures[k].Unit[0].Equals(earlier[k].Unit[0], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }
        return [.. figures];
    }

    // `so với năm 2025 (38 vụ, 23 người chết, 30 người bị thương) [thì] `: the period, then a list of figures each with its noun.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])[sS]o với (?:[\p{L}\p{M}]+ |\d{4}(?: ?[-–] ?\d{4})? ){1,6}?\((?:" + ChangeMismatchAnalyzer.PeriodLabel + ")?(?<items>(?:"
        + ChangeMismatchAnalyzer.Figure + ") " + ChangeMismatchAnalyzer.UnitWords + "(?:, (?:" + ChangeMismatchAnalyzer.Figure + ") "
        + ChangeMismatchAnalyzer.UnitWords + @")*)\),? (?:thì )?")]
    private static partial Regex Head();

    // A word of a change's noun: lower case, and not the next change or comparison (`và`, `tăng`, `giảm`, `so với`).
    private const string NounWord = @"(?!(?:và|tăng|giảm|so)(?![\p{L}\p{M}]))[\p{Ll}\p{M}]+(?:/[\p{Ll}\p{M}]+)*";

    // `giảm 7 vụ (18,42%)`, then `, giảm 4 người chết` …: a change with its noun (a few words, more read as its tail)
    // and maybe its percentage, each after the one before it.
    [GeneratedRegex(@"\G(?:, | và )?(?<direction>tăng|giảm) (?:thêm )?(?<change>" + ChangeMismatchAnalyzer.Figure + @")(?![\d%/]) (?<unit>(?>"
        + NounWord + "(?: " + NounWord + ")*))(?:" + ChangePercent.Stated + @")?(?![\p{L}\p{M}\d])")]
    private static partial Regex ChangeItem();

    // A figure in the clause before `so với` and its first noun; a year (`năm 2026`) is no figure of the list, and a
    // figure in a date, a ratio or a percentage (`12/3`, `52,11%`) makes the clause hold figures of another kind.
    [GeneratedRegex(@"(?<year>(?i:năm) \d{4})|(?<other>\d+/\d+)|(?<![\d.,/])(?<value>" + ChangeMismatchAnalyzer.Figure + @")(?![\d/]|[.,]\d)(?<percent> ?%)?(?: (?<noun>[\p{Ll}\p{M}]+))?")]
    private static partial Regex ClauseFigure();

    // `tăng` or `giảm` as a word: the clause compares on its own.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:tăng|giảm)(?![\p{L}\p{M}])")]
    private static partial Regex Direction();
}
