using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.LanguageServer.Features;

/// <summary>What a hover provider may look at: the analysed document and the offset under the pointer.</summary>
public sealed record HoverContext(
    ReportDocument Document,
    int Offset,
    IReadOnlyList<Diagnostic> Diagnostics,
    AnalyzerOptions Options,
    MessageLanguage Language);

/// <summary>One part of a hover: Markdown and the text it is about.</summary>
public sealed record HoverSection(string Markdown, TextSpan Span);

/// <summary>
/// A source of hover text. Findings are one; abbreviations (their definition and where it is) and
/// citations (the known document) plug in here when their rule families provide the lookups.
/// </summary>
public interface IHoverProvider
{
    HoverSection? Provide(HoverContext context);
}

/// <summary>Runs every provider and joins their sections; the range is the narrowest section's.</summary>
public sealed class HoverService(IEnumerable<IHoverProvider> providers)
{
    private readonly IHoverProvider[] _providers = providers.ToArray();

    public (string Markdown, TextSpan Span)? Provide(HoverContext context)
    {
        var sections = _providers.Select(p => p.Provide(context)).OfType<HoverSection>().ToList();
        if (sections.Count == 0)
        {
            return null;
        }
        var span = sections.MinBy(s => s.Span.Length)!.Span;
        return (string.Join("\n\n---\n\n", sections.Select(s => s.Markdown)), span);
    }

    /// <summary>The token under an offset (for providers about words and symbols).</summary>
    public static (Paragraph Paragraph, Token Token)? TokenAt(ReportDocument document, int offset)
    {
        if (document.FindParagraph(offset) is not { } paragraph)
        {
            return null;
        }
        var relative = offset - paragraph.Start;
        foreach (var token in paragraph.Tokens)
        {
            if (relative >= token.Start && relative < token.Start + token.Length)
            {
                return (paragraph, token);
            }
        }
        return null;
    }
}

/// <summary>A finding under the pointer: its message, its rule's summary and a link to the rule page.</summary>
public sealed class FindingHoverProvider(Func<string, string?> summaryOf) : IHoverProvider
{
    public HoverSection? Provide(HoverContext context)
    {
        var found = context.Diagnostics.Where(d => Covers(d.Span, context.Offset)).ToList();
        if (found.Count == 0)
        {
            return null;
        }
        var english = context.Language == MessageLanguage.English;
        var parts = found.Select(d =>
        {
            var text = new System.Text.StringBuilder();
            text.Append("**").Append(d.Id).Append("** · ").Append(d.Descriptor.Title.Get(context.Language)).Append("\n\n");
            text.Append(d.GetMessage(context.Language));
            if (summaryOf(d.Id) is { } summary)
            {
                text.Append("\n\n").Append(summary);
            }
            text.Append("\n\n[").Append(english ? "Rule page" : "Trang quy tắc").Append(' ').Append(d.Id).Append("](")
                .Append(d.Descriptor.HelpUri).Append(')');
            return (Markdown: text.ToString(), d.Span);
        }).ToList();
        var span = TextSpan.FromBounds(found.Min(d => d.Span.Start), found.Max(d => d.Span.End));
        return new HoverSection(string.Join("\n\n", parts.Select(p => p.Markdown)), span);
    }

    // A zero-length finding (a missing mark) is hovered at its position.
    private static bool Covers(TextSpan span, int offset) => span.Contains(offset) || (span.IsEmpty && span.Start == offset);
}
