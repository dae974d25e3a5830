using System.Text.Json;
using System.Text.RegularExpressions;
using ReportLint.Cli.Tests.Infrastructure;

namespace ReportLint.Cli.Tests;

/// <summary>The README's main command on the project's sample drafts.</summary>
public partial class SampleTests
{
    private static string Samples => Path.Combine(CliProcess.RepositoryRoot, "samples");

    [GeneratedRegex(@"\(\d+,\d+ giây\)")]
    private static partial Regex Elapsed();

    [Fact]
    public void The_findings_on_the_samples_match_the_approved_snapshot()
    {
        var result = CliProcess.Run(CliProcess.RepositoryRoot, "check", "samples");
        Assert.Equal(1, result.ExitCode);
        Approvals.Verify("samples", Elapsed().Replace(result.Stdout, "(… giây)"));
    }

    [Fact]
    public void The_correct_draft_produces_nothing()
    {
        var result = CliProcess.Run(CliProcess.RepositoryRoot, "check", "samples/du-thao-dung.txt");
        Assert.Equal("", string.Concat(result.Stdout.Split('\n').Where(l => l.Contains("): "))));
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("bao-cao-so-ket.txt")]
    [InlineData("tin-hoi-nghi.md")]
    public void Fix_on_a_copy_removes_every_safe_fixable_finding_and_changes_nothing_else(string sample)
    {
        using var workspace = new TempWorkspace();
        var original = File.ReadAllBytes(Path.Combine(Samples, sample));
        var path = workspace.WriteBytes(sample, original);
        var before = Findings(workspace, sample);
        var safeLines = before.Where(f => f.Safe).Select(f => f.Line).ToHashSet();
        Assert.NotEmpty(safeLines);

        workspace.Run("check", sample, "--fix");
        var after = Findings(workspace, sample);
        Assert.DoesNotContain(after, f => f.Safe);

        // Fixes never touch line breaks, so lines align: a changed line must hold a safe fix.
        var originalLines = System.Text.Encoding.UTF8.GetString(original).Split('\n');
        var fixedLines = File.ReadAllText(path).Split('\n');
        Assert.Equal(originalLines.Length, fixedLines.Length);
        for (var i = 0; i < originalLines.Length; i++)
        {
            if (originalLines[i] != fixedLines[i])
            {
                Assert.True(safeLines.Contains(i + 1), $"line {i + 1} changed without a safe fix:\n{originalLines[i]}\n{fixedLines[i]}");
            }
        }
    }

    private sealed record Finding(string RuleId, int Line, bool Safe);

    private static List<Finding> Findings(TempWorkspace workspace, string file)
    {
        using var json = JsonDocument.Parse(workspace.Run("check", file, "--format", "json").Stdout);
        return json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => new Finding(d.GetProperty("ruleId").GetString()!, d.GetProperty("line").GetInt32(),
                d.GetProperty("fixes").GetArrayLength() > 0 && d.GetProperty("fixes")[0].GetProperty("safety").GetString() == "safe"))
            .ToList();
    }
}
