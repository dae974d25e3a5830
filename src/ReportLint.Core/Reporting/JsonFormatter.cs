using System.Text.Encodings.Web;
using System.Text.Json;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Linting;

namespace ReportLint.Core.Reporting;

/// <summary>
/// A JSON document of files and findings, with positions both as line/column and UTF-16 offsets, and for a finding in a
/// note, header or footer of a .docx the part it is in.
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "json";

    public void Write(LintRun run, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("tool", "reportlint");
        json.WriteString("version", ToolInfo.Version);
        json.WriteStartArray("files");
        foreach (var file in run.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteNumber("fixesApplied", file.FixesApplied);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteDiagnostic(json, run, file, diagnostic);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", run.Files.Count);
        json.WriteNumber("errors", run.Errors);
        json.WriteNumber("warnings", run.Warnings);
        json.WriteNumber("infos", run.Infos);
        json.WriteNumber("fixesApplied", run.FixesApplied);
        json.WriteNumber("elapsedMilliseconds", Math.Round(run.Elapsed.TotalMilliseconds));
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, LintRun run, FileReport file, Diagnostic diagnostic)
    {
        var region = Region.Of(file.Text, diagnostic.Span);
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteString("rule", diagnostic.Descriptor.Name);
        json.WriteString("severity", diagnostic.Severity.ToConfigName());
        json.WriteString("message", diagnostic.GetMessage(run.Language));
        if (file.PartOf(diagnostic) is { } part)
        {
            // Only outside the body: a finding without "part" is in the body (or the file is not a .docx).
            json.WriteStartObject("part");
            json.WriteString("kind", part.KindName);
            if (part.Number is { } number)
            {
                json.WriteNumber("number", number);
                json.WriteString("mark", part.Shown); // what Word shows: "ii" for endnote 2 in Word's default format
            }
            json.WriteEndObject();
        }
        json.WriteNumber("line", region.StartLine);
        json.WriteNumber("column", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
        json.WriteNumber("offset", region.CharOffset);
        json.WriteNumber("length", region.CharLength);
        json.WriteString("text", file.Text.ToString(diagnostic.Span));
        json.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title.Get(run.Language));
            json.WriteString("safety", fix.Safety == FixSafety.Safe ? "safe" : "unsafe");
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
