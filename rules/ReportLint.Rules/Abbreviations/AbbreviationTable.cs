using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>One abbreviation of a document, for hover and completion. Spans are absolute.</summary>
/// <param name="Abbreviation">The form the document should use (its first-defined form, else the registry's canonical form).</param>
/// <param name="FullForm">The document's own full form, else the registry's single meaning, else null.</param>
/// <param name="Meanings">The registry's meanings (several when offices differ).</param>
/// <param name="DefinitionSpan">The abbreviation inside the first definition's parentheses, or null when undefined.</param>
/// <param name="FullFormSpan">The first definition's full form, or null.</param>
/// <param name="UseSpans">Every use that is not a definition, in document order.</param>
/// <param name="Forms">Every spelling seen (`TW`, `T.Ư`).</param>
/// <param name="AllowedUndefined">The registry lets it stand without a definition.</param>
/// <param name="Source">The registry entry's source, or null.</param>
public sealed record AbbreviationTableEntry(
    string Abbreviation,
    string? FullForm,
    IReadOnlyList<string> Meanings,
    TextSpan? DefinitionSpan,
    TextSpan? FullFormSpan,
    IReadOnlyList<TextSpan> UseSpans,
    IReadOnlyList<string> Forms,
    bool AllowedUndefined,
    string? Source);

/// <summary>
/// The abbreviations of one document with their definitions and positions, for the language
/// server (hover shows the meaning, completion offers the defined forms). It reads the same
/// per-paragraph facts as the rules, cached with each paragraph's syntax, so rebuilding it after
/// an edit re-reads only the changed paragraphs.
/// </summary>
public sealed class AbbreviationTable
{
    private readonly (TextSpan Span, AbbreviationTableEntry Entry)[] _positions;

    private AbbreviationTable(IReadOnlyList<AbbreviationTableEntry> entries)
    {
        Entries = entries;
        _positions = entries
            .SelectMany(e => e.UseSpans.Append(e.DefinitionSpan ?? default).Where(s => s.Length > 0).Select(s => (s, e)))
            .OrderBy(p => p.s.Start)
            .ToArray();
    }

    public IReadOnlyList<AbbreviationTableEntry> Entries { get; }

    public static AbbreviationTable Build(ReportDocument document, AnalyzerOptions options)
    {
        var groups = DocumentAbbreviations.Get(document, options).Groups;
        return new AbbreviationTable(groups.Select(ToEntry).ToArray());
    }

    /// <summary>The entry whose definition or use covers an absolute offset (hover), or null.</summary>
    public AbbreviationTableEntry? FindAt(int offset)
    {
        int low = 0, high = _positions.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var span = _positions[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return _positions[mid].Entry;
            }
        }
        return null;
    }

    /// <summary>The entry for a spelling (`T.Ư` finds the `TW` entry), or null.</summary>
    public AbbreviationTableEntry? Find(string abbreviation)
    {
        var key = AbbreviationText.Key(abbreviation);
        return Entries.FirstOrDefault(e => e.Forms.Any(f => AbbreviationText.Key(f) == key));
    }

    private static AbbreviationTableEntry ToEntry(AbbreviationGroup group)
    {
        var first = group.FirstDefinition;
        var forms = group.Definitions.Select(d => d.Definition.Abbreviation).Concat(group.Uses.Select(u => u.Mention.Text))
            .Distinct(StringComparer.Ordinal).ToArray();
        return new AbbreviationTableEntry(
            group.Target,
            group.Meaning,
            group.Entry?.Meanings ?? [],
            first?.Span,
            first is { Definition.FullFormSpan: { } full } site ? site.Paragraph.ToAbsolute(full) : null,
            group.Uses.Select(u => u.Span).ToArray(),
            forms,
            group.Entry?.AllowedUndefined == true,
            group.Entry?.Source);
    }
}
