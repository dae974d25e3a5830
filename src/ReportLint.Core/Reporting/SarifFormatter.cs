using System.Text.Json;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Linting;

namespace ReportLint.Core.Reporting;

/// <summary>
/// SARIF 2.1.0: rules with help links, results with line/column and UTF-16 char offsets (and a logical location for a
/// finding in a note, header or footer of a .docx), fixes as replacements.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public string Name => "sarif";

    public void Write(LintRun run, Stream output)
    {
        var ruleIndex = run.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
        using var json = new Utf8JsonWriter(output, JsonFormatter.WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, run);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var file in run.Files)
        {
            var uri = ToUri(file.Path);
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteResult(json, run, file, diagnostic, uri, ruleIndex);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>A relative URI reference with forward slashes, each segment percent-encoded.</summary>
    public static string ToUri(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }
        return string.Join('/', normalized.Split('/').Select(Uri.EscapeDataString));
    }

    private static void WriteTool(Utf8JsonWriter json, LintRun run)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in run.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.Get(run.Language));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SeverityNames.Sarif(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.DefaultSeverity != ReportSeverity.Off);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("family", rule.Family.ToString());
            json.WriteString("fix", rule.FixSafety.ToString().ToLowerInvariant());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintRun run, FileReport file, Diagnostic diagnostic, string uri,
        Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }
        json.WriteString("level", SeverityNames.Sarif(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.GetMessage(run.Language));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, file, uri, diagnostic.Span);
        if (file.PartOf(diagnostic) is { } part)
        {
            // The Word part as an XML element (SARIF 2.1.0 §3.33.7): "footnote 2", "header".
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", part.Name);
            json.WriteString("kind", "element");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var related in diagnostic.Related)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysicalLocation(json, file, uri, related.Span);
                json.WriteStartObject("message");
                json.WriteString("text", related.Message.Get(run.Language));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (diagnostic.Fixes.Count > 0)
        {
            json.WriteStartArray("fixes");
            foreach (var fix in diagnostic.Fixes)
            {
                json.WriteStartObject();
                json.WriteStartObject("description");
                json.WriteString("text", fix.Title.Get(run.Language));
                json.WriteEndObject();
                json.WriteStartArray("artifactChanges");
                json.WriteStartObject();
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", uri);
                json.WriteEndObject();
                json.WriteStartArray("replacements");
                foreach (var edit in fix.Edits)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("deletedRegion");
                    json.WriteNumber("charOffset", edit.Span.Start);
                    json.WriteNumber("charLength", edit.Span.Length);
                    json.WriteEndObject();
                    json.WriteStartObject("insertedContent");
                    json.WriteString("text", edit.NewText);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("properties");
                json.WriteString("safety", fix.Safety == FixSafety.Safe ? "safe" : "unsafe");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, FileReport file, string uri, Text.TextSpan span)
    {
        var region = Region.Of(file.Text, span);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", region.StartLine);
        json.WriteNumber("startColumn", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
        json.WriteNumber("charOffset", region.CharOffset);
        json.WriteNumber("charLength", region.CharLength);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
