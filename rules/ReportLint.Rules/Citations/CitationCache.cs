using System.Runtime.CompilerServices;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>
/// The citations of each paragraph, parsed once and shared by all citation rules (and the language
/// server). Keyed by the immutable paragraph syntax, so unchanged paragraphs keep their parse across edits.
/// </summary>
internal sealed class CitationCache
{
    private readonly ConditionalWeakTable<ParagraphSyntax, IReadOnlyList<Citation>> _parsed = new();

    public IReadOnlyList<Citation> Get(CitationData data, Paragraph paragraph) =>
        _parsed.GetValue(paragraph.Syntax, _ => CitationParser.Parse(data, paragraph));
}
