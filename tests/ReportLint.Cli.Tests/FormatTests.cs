using System.Text.Json;
using ReportLint.Cli.Tests.Infrastructure;

namespace ReportLint.Cli.Tests;

public class FormatTests
{
    // Line 1: an emoji (two UTF-16 units) then a space before a comma; line 2: a double space.
    private const string Draft = "😀 ab ,c\nthời kỳ  mới\n";

    [Fact]
    public void Sarif_meets_the_contract_field_by_field()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("nhap.txt", Draft);
        var result = workspace.Run("check", "nhap.txt", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Stdout);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray().ToList());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ReportLint", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "RL4001");
        Assert.Equal("space-before-punctuation", rule.GetProperty("name").GetString());
        Assert.Equal("Khoảng trắng trước dấu câu", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/rules/docs/RL4001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["RL4001", "RL4004"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var first = results[0];
        Assert.Equal(rules.IndexOf(rule), first.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("warning", first.GetProperty("level").GetString());
        Assert.Equal("Thừa khoảng trắng trước dấu “,”", first.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(first.GetProperty("locations").EnumerateArray().ToList()).GetProperty("physicalLocation");
        Assert.Equal("nhap.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        AssertRegion(location.GetProperty("region"), startLine: 1, startColumn: 6, endLine: 1, endColumn: 7, charOffset: 5, charLength: 1);
        // `ab ,c`: the fix moves the space after the comma, two replacements in one change.
        var replacements = Assert.Single(Assert.Single(first.GetProperty("fixes").EnumerateArray().ToList())
            .GetProperty("artifactChanges").EnumerateArray().ToList()).GetProperty("replacements").EnumerateArray().ToList();
        Assert.Equal([(5, 1, ""), (7, 0, " ")], replacements.Select(r => (r.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32(),
            r.GetProperty("deletedRegion").GetProperty("charLength").GetInt32(), r.GetProperty("insertedContent").GetProperty("text").GetString())));

        var second = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        AssertRegion(second, startLine: 2, startColumn: 8, endLine: 2, endColumn: 10, charOffset: 16, charLength: 2);
    }

    private static void AssertRegion(JsonElement region, int startLine, int startColumn, int endLine, int endColumn, int charOffset, int charLength)
    {
        Assert.Equal(startLine, region.GetProperty("startLine").GetInt32());
        Assert.Equal(startColumn, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(endLine, region.GetProperty("endLine").GetInt32());
        Assert.Equal(endColumn, region.GetProperty("endColumn").GetInt32());
        Assert.Equal(charOffset, region.GetProperty("charOffset").GetInt32());
        Assert.Equal(charLength, region.GetProperty("charLength").GetInt32());
    }

    [Fact]
    public void Json_lists_findings_with_positions_and_fixes()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("nhap.txt", Draft);
        using var json = JsonDocument.Parse(workspace.Run("check", "nhap.txt", "--format", "json").Stdout);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray().ToList());
        var diagnostic = file.GetProperty("diagnostics")[1];
        Assert.Equal("RL4004", diagnostic.GetProperty("ruleId").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(8, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(16, diagnostic.GetProperty("offset").GetInt32());
        Assert.Equal("  ", diagnostic.GetProperty("text").GetString());
        Assert.Equal("safe", diagnostic.GetProperty("fixes")[0].GetProperty("safety").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Github_annotations_are_escaped_workflow_commands()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("nhap.txt", Draft);
        var lines = workspace.Run("check", "nhap.txt", "--format", "github").Stdout.Split('\n');
        Assert.Equal("::warning file=nhap.txt,line=1,col=6,endLine=1,endColumn=7,title=RL4001 space-before-punctuation::Thừa khoảng trắng trước dấu “,”", lines[0]);
        Assert.StartsWith("::warning file=nhap.txt,line=2,col=8,endLine=2,endColumn=10,title=RL4004", lines[1]);
    }

    [Fact]
    public void Output_goes_to_a_file_on_request()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("nhap.txt", Draft);
        var result = workspace.Run("check", "nhap.txt", "--format", "sarif", "--output", "ket-qua.sarif");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace.Root, "ket-qua.sarif")));
        Assert.Equal(2, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }
}
