using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

/// <summary>One suppressed range: every rule when <see cref="RuleIds"/> is empty.</summary>
public sealed record Suppression(TextSpan Span, IReadOnlySet<string> RuleIds)
{
    public bool Covers(string ruleId, int offset) =>
        Span.Contains(offset) && (RuleIds.Count == 0 || RuleIds.Contains(ruleId));
}

/// <summary>Ranges where inline comments (`&lt;!-- reportlint-disable RL3001 --&gt;`) silence rules.</summary>
public sealed class SuppressionMap(IReadOnlyList<Suppression> suppressions)
{
    public static SuppressionMap Empty { get; } = new([]);

    public IReadOnlyList<Suppression> Items { get; } = suppressions;

    public bool IsSuppressed(string ruleId, int offset)
    {
        foreach (var suppression in Items)
        {
            if (suppression.Covers(ruleId, offset))
            {
                return true;
            }
        }
        return false;
    }
}
