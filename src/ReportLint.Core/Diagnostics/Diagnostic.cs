using System.Globalization;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Core.Diagnostics;

/// <summary>A place elsewhere in the document that explains a finding (where a term was defined).</summary>
public sealed record RelatedLocation(TextSpan Span, LocalizedText Message);

/// <summary>A finding at an absolute span of a document, with its fixes.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    TextSpan Span,
    ReportSeverity Severity,
    IReadOnlyList<object> Arguments,
    IReadOnlyList<CodeFix> Fixes,
    IReadOnlyList<RelatedLocation> Related)
{
    public string Id => Descriptor.Id;

    public string GetMessage(MessageLanguage language)
    {
        var arguments = Arguments.Select(a => a is LocalizedText text ? text.Get(language) : a).ToArray();
        // Words quoted across a wrapped line break read as one line (in every output format and in the editor).
        return OneLine.Of(string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.Get(language), arguments));
    }

    /// <summary>The same finding <paramref name="delta"/> characters further on. Loops rather than LINQ:
    /// the language server shifts the cached findings of every paragraph after an edit.</summary>
    public Diagnostic Shift(int delta) => delta == 0 ? this : this with
    {
        Span = Span.Shift(delta),
        Fixes = Fixes.Count == 0 ? Fixes : ShiftAll(Fixes, delta),
        Related = Related.Count == 0 ? Related : ShiftAll(Related, delta),
    };

    private static CodeFix[] ShiftAll(IReadOnlyList<CodeFix> fixes, int delta)
    {
        var shifted = new CodeFix[fixes.Count];
        for (var i = 0; i < shifted.Length; i++)
        {
            shifted[i] = fixes[i].Shift(delta);
        }
        return shifted;
    }

    private static RelatedLocation[] ShiftAll(IReadOnlyList<RelatedLocation> related, int delta)
    {
        var shifted = new RelatedLocation[related.Count];
        for (var i = 0; i < shifted.Length; i++)
        {
            shifted[i] = related[i] with { Span = related[i].Span.Shift(delta) };
        }
        return shifted;
    }
}
