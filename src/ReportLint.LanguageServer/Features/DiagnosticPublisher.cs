using System.Text.Json;
using ReportLint.Core.Diagnostics;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Features;

/// <summary>
/// Writes `publishDiagnostics` params for one document, reusing the JSON of findings that did not
/// change since the last publication. An edit re-analyses only the paragraphs it touched, and the
/// findings of the others keep their argument objects, so a finding with the same arguments, rule,
/// severity, language and range serialises to the same bytes: those are copied, not rebuilt. Keeps
/// only the entries of the last publication. Used under the document's analysis lock.
/// </summary>
public sealed class DiagnosticPublisher
{
    private static readonly LspJsonContext Json = LspJsonContext.Protocol;

    private Dictionary<Key, byte[]> _previous = [];

    private readonly record struct Key(object Arguments, DiagnosticDescriptor Descriptor, ReportSeverity Severity,
        MessageLanguage Language, int StartLine, int StartCharacter, int EndLine, int EndCharacter);

    public void Write(Utf8JsonWriter writer, string uri, AnalysisSnapshot snapshot, PositionEncoding encoding)
    {
        writer.WriteStartObject();
        writer.WriteString("uri", uri);
        writer.WriteNumber("version", snapshot.Version);
        writer.WriteStartArray("diagnostics");
        var next = new Dictionary<Key, byte[]>(snapshot.Diagnostics.Count);
        foreach (var diagnostic in snapshot.Diagnostics)
        {
            byte[]? json = null;
            Key? key = null;
            // Related places are re-created whenever a paragraph moves: such findings are written afresh.
            if (diagnostic.Related.Count == 0)
            {
                var start = encoding.ToPosition(snapshot.Text, diagnostic.Span.Start);
                var end = encoding.ToPosition(snapshot.Text, diagnostic.Span.End);
                key = new Key(diagnostic.Arguments, diagnostic.Descriptor, diagnostic.Severity, snapshot.Language,
                    start.Line, start.Character, end.Line, end.Character);
                _previous.TryGetValue(key.Value, out json);
            }
            json ??= JsonSerializer.SerializeToUtf8Bytes(
                DiagnosticConverter.Convert(uri, diagnostic, snapshot.Text, encoding, snapshot.Language), Json.LspDiagnostic);
            if (key is { } k)
            {
                next.TryAdd(k, json);
            }
            writer.WriteRawValue(json, skipInputValidation: true);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        _previous = next;
    }
}
