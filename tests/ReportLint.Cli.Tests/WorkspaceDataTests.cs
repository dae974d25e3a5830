using ReportLint.Cli.Tests.Infrastructure;

namespace ReportLint.Cli.Tests;

/// <summary>An office's own data in `.reportlint.json`, seen through the command line.</summary>
public class WorkspaceDataTests
{
    [Fact]
    public void An_abbreviation_added_in_the_configuration_silences_its_finding()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a.txt", "Các đồng chí TVHU đã dự sinh hoạt với chi bộ.\n");
        var before = workspace.Run("check", "a.txt");
        Assert.Contains("warning RL1001: Chữ viết tắt “TVHU” chưa được định nghĩa", before.Stdout);

        workspace.Write(".reportlint.json", """
            { "data": { "abbreviations": [ { "abbreviation": "TVHU", "meanings": ["Thường vụ Huyện ủy"], "allowedUndefined": true } ] } }
            """);
        var after = workspace.Run("check", "a.txt");
        Assert.DoesNotContain("RL1001", after.Stdout);
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void A_known_document_added_in_the_configuration_completes_and_checks_citations()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".reportlint.json", """
            {
              "data": {
                "knownDocuments": [
                  { "symbol": "15-NQ/HU", "type": "Nghị quyết", "issuer": "Huyện ủy", "date": "12/03/2021",
                    "title": "chuyển đổi số trong các cơ quan đảng" }
                ]
              }
            }
            """);
        workspace.Write("a.txt", "Các chi bộ thực hiện Nghị quyết số 15 ngày 12/3/2021 của Huyện ủy.\nSơ kết Nghị quyết số 15-NQ/HU ngày 12/4/2021 của Huyện ủy.\n");
        var result = workspace.Run("check", "a.txt", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var incomplete = diagnostics.Single(d => d.GetProperty("ruleId").GetString() == "RL2008");
        Assert.Contains(incomplete.GetProperty("fixes").EnumerateArray(),
            f => f.GetProperty("edits").EnumerateArray().Any(e => e.GetProperty("newText").GetString()!.Contains("15-NQ/HU")));
        var contradiction = diagnostics.Single(d => d.GetProperty("ruleId").GetString() == "RL2009");
        Assert.Equal(2, contradiction.GetProperty("line").GetInt32());
    }
}
