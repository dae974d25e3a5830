using ReportLint.Core.Diagnostics;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Features;

/// <summary>Engine findings → LSP diagnostics (source `reportlint`, code, rule page, related places).</summary>
public static class DiagnosticConverter
{
    public const string Source = "reportlint";

    public static LspDiagnostic[] Convert(string uri, AnalysisSnapshot snapshot, PositionEncoding encoding)
    {
        var result = new LspDiagnostic[snapshot.Diagnostics.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Convert(uri, snapshot.Diagnostics[i], snapshot.Text, encoding, snapshot.Language);
        }
        return result;
    }

    public static LspDiagnostic Convert(string uri, Diagnostic diagnostic, LineMap text, PositionEncoding encoding, MessageLanguage language)
    {
        DiagnosticRelatedInformation[]? related = null;
        if (diagnostic.Related.Count > 0)
        {
            related = diagnostic.Related
                .Select(r => new DiagnosticRelatedInformation(
                    new Location(uri, encoding.ToRange(text, r.Span.Start, r.Span.End)), r.Message.Get(language)))
                .ToArray();
        }
        return new LspDiagnostic(
            encoding.ToRange(text, diagnostic.Span.Start, diagnostic.Span.End),
            ToSeverity(diagnostic.Severity),
            diagnostic.Id,
            new CodeDescription(diagnostic.Descriptor.HelpUri),
            Source,
            diagnostic.GetMessage(language),
            related);
    }

    public static int ToSeverity(ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => DiagnosticSeverities.Error,
        ReportSeverity.Warning => DiagnosticSeverities.Warning,
        _ => DiagnosticSeverities.Information,
    };
}
