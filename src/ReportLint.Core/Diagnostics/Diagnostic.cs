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
        return string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.Get(language), arguments);
    }

    public Diagnostic Shift(int delta) => delta == 0 ? this : this with
    {
        Span = Span.Shift(delta),
        Fixes = Fixes.Select(f => f.Shift(delta)).ToArray(),
        Related = Related.Select(r => r with { Span = r.Span.Shift(delta) }).ToArray(),
    };
}
