using System.Text;
using System.Text.Json;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Input;
using ReportLint.Core.Linting;
using ReportLint.Core.Reporting;
using ReportLint.Core.Tests.Input;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Reporting;

/// <summary>Every output format says which part of a .docx a finding is in, and says nothing for the body.</summary>
public class PartLabelFormatTests
{
    private static readonly DiagnosticDescriptor DoubleSpace = new("RL4999", "test-double-space",
        new LocalizedText("Hai khoảng trắng", "Two spaces"), new LocalizedText("Hai khoảng trắng liền nhau", "Two spaces in a row"),
        RuleFamily.Punctuation, ReportSeverity.Warning);

    /// <summary>A finding on every doubled space of the test document: the body, both footnotes, the endnote, the header, the footer.</summary>
    private static LintRun Run(MessageLanguage language)
    {
        var input = new DocxReader().Read("bao-cao.docx", PartsDocx.Create());
        var diagnostics = new List<Diagnostic>();
        for (var at = input.Text.Text.IndexOf("  ", StringComparison.Ordinal); at >= 0; at = input.Text.Text.IndexOf("  ", at + 2, StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(DoubleSpace, new TextSpan(at, 2), ReportSeverity.Warning, [], [], []));
        }
        var report = new FileReport(input.Path, input.Text, diagnostics) { Parts = input.Parts };
        return new LintRun([report], TimeSpan.Zero, language, [DoubleSpace]);
    }

    private static string Write(IReportFormatter formatter, LintRun run)
    {
        using var output = new MemoryStream();
        formatter.Write(run, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void Text_lines_carry_the_part_label_before_the_message_and_none_in_the_body()
    {
        Assert.Equal(
        [
            "bao-cao.docx(2,30): warning RL4999: Hai khoảng trắng liền nhau",
            "bao-cao.docx(4,24): warning RL4999: [chú thích 1] Hai khoảng trắng liền nhau",
            "bao-cao.docx(6,21): warning RL4999: [chú thích 2] Hai khoảng trắng liền nhau",
            "bao-cao.docx(8,13): warning RL4999: [chú thích cuối i] Hai khoảng trắng liền nhau",
            "bao-cao.docx(10,10): warning RL4999: [đầu trang] Hai khoảng trắng liền nhau",
            "bao-cao.docx(12,9): warning RL4999: [chân trang] Hai khoảng trắng liền nhau",
            "Đã kiểm tra 1 tệp: 0 lỗi, 6 cảnh báo, 0 gợi ý (0,00 giây).",
            "",
        ], Write(new TextFormatter(), Run(MessageLanguage.Vietnamese)).Split('\n'));
    }

    [Fact]
    public void English_labels_name_the_part_in_english()
    {
        var lines = Write(new TextFormatter(), Run(MessageLanguage.English)).Split('\n');
        Assert.Equal(
        [
            "bao-cao.docx(2,30): warning RL4999: Two spaces in a row",
            "bao-cao.docx(4,24): warning RL4999: [footnote 1] Two spaces in a row",
            "bao-cao.docx(6,21): warning RL4999: [footnote 2] Two spaces in a row",
            "bao-cao.docx(8,13): warning RL4999: [endnote i] Two spaces in a row",
            "bao-cao.docx(10,10): warning RL4999: [header] Two spaces in a row",
            "bao-cao.docx(12,9): warning RL4999: [footer] Two spaces in a row",
        ], lines[..6]);
    }

    [Fact]
    public void Github_annotations_carry_the_label_in_their_message()
    {
        var lines = Write(new GitHubFormatter(), Run(MessageLanguage.Vietnamese)).Split('\n');
        Assert.Equal(
        [
            "::warning file=bao-cao.docx,line=2,col=30,endLine=2,endColumn=32,title=RL4999 test-double-space::Hai khoảng trắng liền nhau",
            "::warning file=bao-cao.docx,line=4,col=24,endLine=4,endColumn=26,title=RL4999 test-double-space::[chú thích 1] Hai khoảng trắng liền nhau",
            "::warning file=bao-cao.docx,line=6,col=21,endLine=6,endColumn=23,title=RL4999 test-double-space::[chú thích 2] Hai khoảng trắng liền nhau",
            "::warning file=bao-cao.docx,line=8,col=13,endLine=8,endColumn=15,title=RL4999 test-double-space::[chú thích cuối i] Hai khoảng trắng liền nhau",
            "::warning file=bao-cao.docx,line=10,col=10,endLine=10,endColumn=12,title=RL4999 test-double-space::[đầu trang] Hai khoảng trắng liền nhau",
            "::warning file=bao-cao.docx,line=12,col=9,endLine=12,endColumn=11,title=RL4999 test-double-space::[chân trang] Hai khoảng trắng liền nhau",
        ], lines[..6]);
    }

    [Fact]
    public void Json_findings_outside_the_body_have_a_part_and_the_message_stays_as_it_is()
    {
        using var json = JsonDocument.Parse(Write(new JsonFormatter(), Run(MessageLanguage.Vietnamese)));
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(
        [
            "null",
            "{\"kind\":\"footnote\",\"number\":1,\"mark\":\"1\"}",
            "{\"kind\":\"footnote\",\"number\":2,\"mark\":\"2\"}",
            "{\"kind\":\"endnote\",\"number\":1,\"mark\":\"i\"}",
            "{\"kind\":\"header\"}",
            "{\"kind\":\"footer\"}",
        ], diagnostics.Select(d => d.TryGetProperty("part", out var part) ? JsonSerializer.Serialize(part) : "null"));
        Assert.All(diagnostics, d => Assert.Equal("Hai khoảng trắng liền nhau", d.GetProperty("message").GetString()));
        Assert.Equal(["ruleId", "rule", "severity", "message", "part", "line"],
            diagnostics[1].EnumerateObject().Select(p => p.Name).Take(6));
    }

    [Fact]
    public void Sarif_results_outside_the_body_have_an_element_logical_location()
    {
        using var sarif = JsonDocument.Parse(Write(new SarifFormatter(), Run(MessageLanguage.Vietnamese)));
        var locations = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => Assert.Single(r.GetProperty("locations").EnumerateArray().ToList())).ToList();
        Assert.False(locations[0].TryGetProperty("logicalLocations", out _));
        Assert.Equal(
        [
            "[{\"name\":\"footnote 1\",\"kind\":\"element\"}]",
            "[{\"name\":\"footnote 2\",\"kind\":\"element\"}]",
            "[{\"name\":\"endnote i\",\"kind\":\"element\"}]",
            "[{\"name\":\"header\",\"kind\":\"element\"}]",
            "[{\"name\":\"footer\",\"kind\":\"element\"}]",
        ], locations.Skip(1).Select(l => JsonSerializer.Serialize(l.GetProperty("logicalLocations"))));
        // The physical location is unchanged: line and column of the extracted text.
        Assert.Equal(4, locations[1].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
