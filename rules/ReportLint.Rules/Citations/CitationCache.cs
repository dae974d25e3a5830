using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>
/// The citations of each paragraph, parsed once and shared by all citation rules (and the language
/// server). Keyed by the immutable paragraph syntax, so unchanged paragraphs keep their parse across edits.
/// </summary>
internal sealed class CitationCache
{
    private static readonly SyntaxSlot<Parsed> Slot = new();

    public IReadOnlyList<Citation> Get(CitationData data, Paragraph paragraph)
    {
        var parsed = paragraph.Syntax.GetOrAdd(Slot, (data, paragraph), static (_, state) => new Parsed(state.data, CitationParser.Parse(state.data, state.paragraph)));
        // Another workspace's knowledge base parses afresh.
        return ReferenceEquals(parsed.Data, data) ? parsed.Citations : CitationParser.Parse(data, paragraph);
    }

    private sealed record Parsed(CitationData Data, IReadOnlyList<Citation> Citations);
}
