using System.Reflection;

namespace ReportLint.Rules;

/// <summary>The rule pages of `rules/docs/` (embedded), printed by `reportlint explain` and shown on hover.</summary>
public static class RuleDocs
{
    private static readonly Assembly Assembly = typeof(RuleDocs).Assembly;

    /// <summary>The Markdown page of a rule, or null when there is none.</summary>
    public static string? Get(string ruleId)
    {
        using var stream = Assembly.GetManifestResourceStream($"docs/{ruleId.ToUpperInvariant()}.md");
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The first paragraph after the title: the rule's one-line summary.</summary>
    public static string? Summary(string ruleId)
    {
        var page = Get(ruleId);
        if (page is null)
        {
            return null;
        }
        var paragraphs = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        return paragraphs.Select(p => p.Trim()).FirstOrDefault(p => !p.StartsWith('#'));
    }
}
