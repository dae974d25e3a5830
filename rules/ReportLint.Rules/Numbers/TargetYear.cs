using System.Globalization;
using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A figure set as a target for a year (`lên 60% vào năm 2030`), with the year its change starts from when the same clause
/// states one (`từ 18% năm 2025`) and whether the sentence says it is a target (`phấn đấu`, `mục tiêu`).
/// </summary>
/// <param name="Year">The target year's span and value.</param>
/// <param name="BaseYear">The year of `từ <figure> năm A`, or null when the clause starts from no figure.</param>
internal sealed partial record TargetYear(TextSpan Year, int Value, int? BaseYear, bool Aimed)
{
    /// <summary>Adds the targets of the sentence to <paramref name="targets"/>, in order (no iterator: every sentence passes here).</summary>
    public static void Read(string text, TextSpan sentence, List<TargetYear> targets)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (!words.Contains("năm", StringComparison.Ordinal))
        {
            return;
        }
        var clause = text[..sentence.End];
        var changes = FromTo().Matches(clause, sentence.Start);
        foreach (Match match in changes)
        {
            targets.Add(Of(match.Groups["to"], YearOf(match.Groups["from"]), IsAimed(text, sentence, match.Index)));
        }
        foreach (Match match in AimedYear().Matches(clause, sentence.Start))
        {
            // `phấn đấu đến năm 2023 …`: a year the sentence aims at, with no figure to start from (both ends of a change
            // are read above).
            if (IsAimed(text, sentence, match.Index) && !changes.Any(c => c.Index <= match.Index && match.Index < c.Index + c.Length))
            {
                targets.Add(Of(match.Groups["to"], null, true));
            }
        }
    }

    private static TargetYear Of(Group year, int? from, bool aimed) => new(new TextSpan(year.Index, year.Length), YearOf(year), from, aimed);

    private static int YearOf(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    // The cue opens the sentence part before the year: `Phấn đấu đến năm 2030, …`, `mục tiêu đến năm 2030 …`.
    private static bool IsAimed(string text, TextSpan sentence, int index)
    {
        var before = text.AsSpan(sentence.Start, index - sentence.Start);
        var cue = Math.Max(before.LastIndexOf("phấn đấu", StringComparison.OrdinalIgnoreCase), before.LastIndexOf("mục tiêu", StringComparison.OrdinalIgnoreCase));
        return cue >= 0 && before[cue..].IndexOfAny(';', ':') < 0;
    }

    /// <summary>
    /// The year a heading sets as its section's target: `Mục tiêu cụ thể đến năm 2030`, `2. Chỉ tiêu đến năm 2030:`;
    /// null when the paragraph is no such heading.
    /// </summary>
    public static int? OfHeading(Paragraph paragraph) =>
        Abbreviations.RunningText.IsHeading(paragraph) && TargetHeading().Match(paragraph.FlatText) is { Success: true } match ? YearOf(match.Groups["year"]) : null;

    /// <summary>A sub-heading that stays within its section: `a) Về kinh tế`, `- Về xã hội`, `1.1. Chỉ tiêu …`.</summary>
    public static bool IsSubHeading(string text) => SubHeading().IsMatch(text);

    // A year of `năm YYYY`, not the start of a date (`2025/QĐ`) or of a longer number.
    private const string YearDigits = @"(?:19|20)\d{2}(?![\d/])";

    private const string Figure = @"\d[\d.,]*(?: ?%)?(?: [\p{L}\p{M}][^\s\d().,;:]*){0,4}?";

    // `từ 18% năm 2025 lên 60% vào năm 2030`, `giảm từ 3,2% (năm 2024) xuống còn dưới 1,5% vào cuối năm 2030`: one clause.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])từ (?:mức )?" + Figure + @" \(?(?:vào |trong )?(?:cuối )?năm (?<from>" + YearDigits + @")\)?[^.;:()]{0,80}? (?:lên|xuống|đến|tới|còn)(?: còn| mức| khoảng| trên| dưới)? " + Figure + @" \(?(?:vào |đến |trong )?(?:cuối |hết )?năm (?<to>" + YearDigits + ")")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:[Đđ]ến|[Vv]ào) (?:cuối |hết )?năm (?<to>" + YearDigits + @")(?![\-–])")]
    private static partial Regex AimedYear();

    [GeneratedRegex(@"(?i)(?:mục tiêu|chỉ tiêu)[^.;]{0,60}?(?:đến|tới) (?:cuối |hết )?năm (?<year>" + YearDigits + ")")]
    private static partial Regex TargetHeading();

    [GeneratedRegex(@"^\s*(?:[a-zđ]\)|[-+•]|\d+\.\d+)")]
    private static partial Regex SubHeading();
}
