using System.Buffers;
using System.Text.Json;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.LanguageServer.Configuration;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Features;
using ReportLint.LanguageServer.JsonRpc;
using ReportLint.LanguageServer.Protocol;
using ReportLint.LanguageServer.Tests.Infrastructure;
using ReportLint.Rules;

namespace ReportLint.LanguageServer.Tests.Documents;

public sealed class DiagnosticPublisherTests
{
    private static string Write(DiagnosticPublisher publisher, AnalysisSnapshot snapshot)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, MessageWriter.WriterOptions))
        {
            publisher.Write(writer, "file:///p.txt", snapshot, PositionEncoding.Utf16);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Expected(AnalysisSnapshot snapshot) =>
        JsonSerializer.Serialize(new PublishDiagnosticsParams("file:///p.txt", snapshot.Version,
            DiagnosticConverter.Convert("file:///p.txt", snapshot, PositionEncoding.Utf16)), LspJsonContext.Protocol.PublishDiagnosticsParams);

    [Fact]
    public void Reused_json_is_identical_to_a_fresh_conversion_after_edits_that_move_findings()
    {
        var linter = new DocumentLinter(new AnalyzerDriver(BuiltInRules.CreateAnalyzers()));
        var text = Drafts.Repeat(3_000);
        var document = new OpenDocument("file:///p.txt", "/p.txt", "plaintext", DocumentKind.PlainText, 1, LineMap.Create(text));
        var options = new AnalyzerOptions(ReportLintConfiguration.Default, Core.Data.DataPackSet.Empty, MessageLanguage.Vietnamese);
        var resolved = new ResolvedConfiguration(options, MessageLanguage.Vietnamese, null, null);
        var publisher = new DiagnosticPublisher();
        string[] edits = ["x", "\n", " ,", ""];
        for (var version = 1; version <= 8; version++)
        {
            if (version > 1)
            {
                var at = text.Length / 2 + version;
                text = text[..at] + edits[version % edits.Length] + text[at..];
                document.Text = LineMap.Create(text);
            }
            var snapshot = linter.Analyze(document, document.Text, version, resolved, 0, CancellationToken.None);
            Assert.NotEmpty(snapshot.Diagnostics);
            Assert.Equal(Expected(snapshot), Write(publisher, snapshot));
        }
    }
}
