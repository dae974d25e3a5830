namespace ReportLint.Core.Diagnostics;

/// <summary>What a rule reports: identity, texts, family, default severity, help and fix safety.</summary>
public sealed class DiagnosticDescriptor
{
    public const string HelpBaseUri = "https://github.com/reportlint/reportlint/blob/main/rules/docs/";

    public DiagnosticDescriptor(string id, string name, LocalizedText title, LocalizedText messageFormat,
        RuleFamily family, ReportSeverity defaultSeverity, FixSafety fixSafety = FixSafety.None)
    {
        if (id.Length != 6 || !id.StartsWith("RL", StringComparison.Ordinal) || !id[2..].All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Rule id '{id}' is not of the form RLnnnn.", nameof(id));
        }
        if (id[2] - '0' != (int)family)
        {
            throw new ArgumentException($"Rule id '{id}' does not belong to family {family}.", nameof(id));
        }
        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Family = family;
        DefaultSeverity = defaultSeverity;
        FixSafety = fixSafety;
    }

    /// <summary>Stable id, `RL3001`.</summary>
    public string Id { get; }

    /// <summary>Short kebab-case name, `invalid-syllable` (SARIF `name`, an alias in configuration).</summary>
    public string Name { get; }

    public LocalizedText Title { get; }

    /// <summary>Composite format (`{0}`) filled with the diagnostic's arguments.</summary>
    public LocalizedText MessageFormat { get; }

    public RuleFamily Family { get; }

    public ReportSeverity DefaultSeverity { get; }

    public FixSafety FixSafety { get; }

    public string HelpUri => HelpBaseUri + Id + ".md";

    /// <summary>Options the rule reads from configuration; validated when the configuration loads.</summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = [];

    public override string ToString() => Id;
}
