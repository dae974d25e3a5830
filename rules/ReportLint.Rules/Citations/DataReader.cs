using System.Globalization;
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
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new InvalidDataException($"\"{section}\": \"{name}\" must be a date such as 2018-10-25 or 25/10/2018, not \"{text}\".");
    }

    private static string Short(JsonElement item)
    {
        var raw = item.GetRawText();
        return raw.Length <= 80 ? raw : raw[..80] + "…";
    }
}
