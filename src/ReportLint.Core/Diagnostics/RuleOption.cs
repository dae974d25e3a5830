using System.Text.Json;

namespace ReportLint.Core.Diagnostics;

public enum RuleOptionKind
{
    Choice,
    Boolean,
    Number,
    StringList,
}

/// <summary>An option a rule accepts in `.reportlint.json` (`"RL3101": { "style": "modern" }`).</summary>
public sealed record RuleOption(string Name, RuleOptionKind Kind, string DefaultValue, LocalizedText Description,
    IReadOnlyList<string>? Choices = null)
{
    public static RuleOption Choice(string name, string defaultValue, LocalizedText description, params string[] choices) =>
        new(name, RuleOptionKind.Choice, defaultValue, description, choices);

    public static RuleOption Boolean(string name, bool defaultValue, LocalizedText description) =>
        new(name, RuleOptionKind.Boolean, defaultValue ? "true" : "false", description);

    public static RuleOption Number(string name, double defaultValue, LocalizedText description) =>
        new(name, RuleOptionKind.Number, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture), description);

    public static RuleOption StringList(string name, LocalizedText description) =>
        new(name, RuleOptionKind.StringList, "", description);

    /// <summary>Null when the value fits; otherwise why not.</summary>
    public LocalizedText? Validate(JsonElement value) => Kind switch
    {
        RuleOptionKind.Choice when value.ValueKind != JsonValueKind.String || !Choices!.Contains(value.GetString()) =>
            new($"giá trị phải là một trong: {string.Join(", ", Choices!)}", $"the value must be one of: {string.Join(", ", Choices!)}"),
        RuleOptionKind.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) =>
            new("giá trị phải là true hoặc false", "the value must be true or false"),
        RuleOptionKind.Number when value.ValueKind != JsonValueKind.Number =>
            new("giá trị phải là một số", "the value must be a number"),
        RuleOptionKind.StringList when value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String) =>
            new("giá trị phải là một mảng chuỗi", "the value must be an array of strings"),
        _ => null,
    };
}
