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

    /// <summary>The first number of the document written the Vietnamese way (`16,53%`, `93.346`), as it is written.</summary>
    public static string? FirstVietnamese(DocumentFacts<NumberConventions> facts)
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
