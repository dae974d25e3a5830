namespace ReportLint.Core.Diagnostics;

public enum MessageLanguage
{
    Vietnamese,
    English,
}

/// <summary>A text in Vietnamese (the default) and English.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    public string Get(MessageLanguage language) => language == MessageLanguage.English ? En : Vi;

    public static LocalizedText Same(string text) => new(text, text);

    public override string ToString() => Vi;
}

public static class MessageLanguages
{
    /// <summary>`vi`, `vi-VN` → Vietnamese; anything else English (LSP locales, `--lang`).</summary>
    public static MessageLanguage FromLocale(string? locale) =>
        locale is null || locale.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.Vietnamese : MessageLanguage.English;

    public static bool TryParse(string? value, out MessageLanguage language)
    {
        language = MessageLanguage.Vietnamese;
        switch (value)
        {
            case "vi":
                return true;
            case "en":
                language = MessageLanguage.English;
                return true;
            default:
                return false;
        }
    }
}
