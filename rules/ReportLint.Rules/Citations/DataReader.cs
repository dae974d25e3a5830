using System.Text.Json;

namespace ReportLint.Rules.Citations;

/// <summary>Strict reading of citation data items: a bad entry names its section and field instead of being skipped.</summary>
internal static class DataReader
{
    public static string RequiredString(JsonElement item, string name, string section) =>
        OptionalString(item, name) ?? throw new InvalidDataException($"\"{section}\": an entry lacks the text field \"{name}\" ({Short(item)}).");

    public static string? OptionalString(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    /// <summary>A string or an array of strings.</summary>
    public static IReadOnlyList<string> Strings(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            return [];
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
            _ => [],
        };
    }

    public static bool Flag(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>`2018-10-25` or `25/10/2018`.</summary>
    public static DateOnly RequiredDate(JsonElement item, string name, string section)
    {
        var text = RequiredString(item, name, section);
        return ParseDate(text) ?? throw new InvalidDataException($"\"{section}\": \"{name}\" must be a date such as 2018-10-25 or 25/10/2018, not \"{text}\".");
    }

    /// <summary>
    /// `yyyy-MM-dd` or `d/M/yyyy`, read by hand: `DateOnly.TryParseExact` makes a culture-sensitive comparison,
    /// and the first one built a tailored ICU collator at every cold start, only for the 74 dates of the citation data.
    /// </summary>
    internal static DateOnly? ParseDate(string text)
    {
        var dash = text.Split('-');
        if (dash.Length == 3 && dash[0].Length == 4 && dash[1].Length == 2 && dash[2].Length == 2)
        {
            return Date(dash[0], dash[1], dash[2]);
        }
        var slash = text.Split('/');
        return slash.Length == 3 && slash[0].Length is 1 or 2 && slash[1].Length is 1 or 2 && slash[2].Length == 4
            ? Date(slash[2], slash[1], slash[0])
            : null;
    }

    private static DateOnly? Date(string year, string month, string day) =>
        AsciiNumber(year) is { } y and >= 1 && AsciiNumber(month) is { } m and >= 1 and <= 12
            && AsciiNumber(day) is { } d and >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    private static int? AsciiNumber(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static string Short(JsonElement item)
    {
        var raw = item.GetRawText();
        return raw.Length <= 80 ? raw : raw[..80] + "…";
    }
}
