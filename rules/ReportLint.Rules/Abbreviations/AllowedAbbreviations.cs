using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// What a house style lets stand without a definition: registry entries marked
/// `allowedUndefined`, the `allowed` option of RL1001, the workspace word list, and compounds
/// of allowed parts (`PGS.TS`).
/// </summary>
internal sealed class AllowedAbbreviations(AbbreviationRegistry registry, AnalyzerOptions options, IReadOnlyList<string> configured)
{
    private readonly HashSet<string> _configured = configured.Select(c => AbbreviationText.Key(c.Trim())).ToHashSet(StringComparer.Ordinal);

    public bool Allows(AbbreviationGroup group) =>
        group.Entry?.AllowedUndefined == true
        || _configured.Contains(AbbreviationText.Key(group.Target))
        || group.Uses.Select(u => u.Mention.Text).Distinct(StringComparer.Ordinal).Any(AllowsForm);

    private bool AllowsForm(string form)
    {
        if (_configured.Contains(AbbreviationText.Key(form)) || options.IsWordAllowed(form))
        {
            return true;
        }
        var parts = form.Split(['.', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(p => registry.Find(p)?.AllowedUndefined == true || _configured.Contains(AbbreviationText.Key(p)));
    }
}
