using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Core.Fixes;

/// <summary>
/// Applies the first fix of each finding, skipping any fix whose edits overlap an edit already
/// chosen, then re-lints and repeats until nothing is left to fix (or a bound is reached).
/// </summary>
public static class FixAllApplier
{
    public const int MaxPasses = 10;

    /// <summary>
    /// Picks a non-overlapping set of fixes (in document order) from the diagnostics; a fix with an
    /// edit <paramref name="canApply"/> refuses (one a .docx cannot hold) is skipped.
    /// </summary>
    public static IReadOnlyList<CodeFix> SelectNonOverlapping(IEnumerable<Diagnostic> diagnostics, bool includeUnsafe,
        Func<TextEdit, bool>? canApply = null)
    {
        var candidates = diagnostics
            .Select(d => d.Fixes.FirstOrDefault(f => f.Edits.Count > 0 && (includeUnsafe || f.Safety == FixSafety.Safe)))
            .OfType<CodeFix>()
            .Where(f => canApply is null || f.Edits.All(canApply))
            .OrderBy(f => f.Extent.Start).ThenBy(f => f.Extent.Length)
            .ToList();
        var chosen = new List<CodeFix>();
        var taken = new List<TextSpan>();
        foreach (var fix in candidates)
        {
            if (fix.Edits.Any(e => taken.Any(t => t.OverlapsWith(e.Span) || Touches(t, e.Span))) || SelfOverlaps(fix))
            {
                continue;
            }
            chosen.Add(fix);
            taken.AddRange(fix.Edits.Select(e => e.Span));
            // Keep only spans near the frontier: fixes are sorted, so older spans cannot overlap later ones.
            if (taken.Count > 64)
            {
                var frontier = fix.Extent.Start;
                taken.RemoveAll(t => t.End < frontier);
            }
        }
        return chosen;
    }

    /// <summary>Applies the fixes to the text; they must not overlap.</summary>
    public static string Apply(string text, IEnumerable<CodeFix> fixes) => TextEdit.Apply(text, fixes.SelectMany(f => f.Edits));

    /// <summary>
    /// Repeats lint → select → apply until no fix applies. <paramref name="lint"/> maps a text to its findings.
    /// Returns the final text and the number of fixes applied. <paramref name="canApply"/> (text, edit)
    /// restricts the edits a file can take.
    /// </summary>
    public static (string Text, int Applied) FixAll(string text, Func<string, IReadOnlyList<Diagnostic>> lint, bool includeUnsafe,
        Func<string, TextEdit, bool>? canApply = null)
    {
        var applied = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var current = text;
            var fixes = SelectNonOverlapping(lint(text), includeUnsafe, canApply is null ? null : e => canApply(current, e));
            if (fixes.Count == 0)
            {
                break;
            }
            var next = Apply(text, fixes);
            if (next == text)
            {
                break;
            }
            applied += fixes.Count;
            text = next;
        }
        return (text, applied);
    }

    // Two edits that meet at a point (one ends where the other starts) are applied in one pass only
    // if neither is an insertion at that point, otherwise their order would be ambiguous.
    private static bool Touches(TextSpan a, TextSpan b) =>
        (a.IsEmpty || b.IsEmpty) && (a.End == b.Start || b.End == a.Start);

    private static bool SelfOverlaps(CodeFix fix)
    {
        var spans = fix.Edits.Select(e => e.Span).OrderBy(s => s.Start).ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].OverlapsWith(spans[i - 1]) || spans[i].Start < spans[i - 1].End)
            {
                return true;
            }
        }
        return false;
    }
}
