using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The numbers of a paragraph whose separators say something (<see cref="NumberConvention.Classify"/>): the
/// facts RL5003 and RL5008 compare across the document.
/// </summary>
internal sealed record NumberConventions(IReadOnlyList<(TextSpan Span, Convention Convention)> Items)
{
    public static NumberConventions? Collect(ParagraphFactsContext context)
    {
        List<(TextSpan, Convention)>? items = null;
        var tokens = context.Paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && NumberConvention.Classify(context.Paragraph, i) is not Convention.None and var convention)
            {
                (items ??= []).Add((tokens[i].Span, convention));
            }
        }
        return items is null ? null : new NumberConventions(items);
    }

    /// <summary>
    /// The numbers of the document with the convention asked for (and, for <paramref name="separator"/>, that mark),
    /// each with the document's first number written the Vietnamese way (`16,53%`, `93.346`), as written; nothing
    /// when the document has none: then there is no convention to break.
    /// </summary>
    public static IEnumerable<(Paragraph Paragraph, TextSpan Span, string Text, string Example)> AgainstVietnamese(
        DocumentFacts<NumberConventions> facts, Convention convention, char? separator = null)
    {
        if (FirstVietnamese(facts) is not { } example)
        {
            yield break;
        }
        foreach (var (paragraph, numbers) in facts)
        {
            foreach (var (span, found) in numbers.Items)
            {
                if (found == convention && (separator is not { } mark || paragraph.Text.IndexOf(mark, span.Start, span.Length) >= 0))
                {
                    yield return (paragraph, span, paragraph.Text.Substring(span.Start, span.Length), example);
                }
            }
        }
    }

    private static string? FirstVietnamese(DocumentFacts<NumberConventions> facts)
    {
        foreach (var (paragraph, numbers) in facts)
        {
            foreach (var (span, convention) in numbers.Items)
            {
                if (convention == Convention.Vietnamese)
                {
                    return paragraph.Text.Substring(span.Start, span.Length);
                }
            }
        }
        return null;
    }
}
