using ReportLint.Cli.Tests.Infrastructure;

namespace ReportLint.Cli.Tests;

public class ExitCodeTests
{
    private const string Defective = "Hội nghị đã thảo luận , thống nhất.\n";
    private const string Clean = "Hội nghị đã thảo luận, thống nhất các nội dung.\n";

    [Fact]
    public void Findings_print_compiler_style_lines_and_exit_1()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("bao-cao.txt", Defective);
        var result = workspace.Run("check", "bao-cao.txt");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("bao-cao.txt(1,22): warning RL4001: Thừa khoảng trắng trước dấu “,”", lines[0]);
        Assert.Matches(@"^Đã kiểm tra 1 tệp: 0 lỗi, 1 cảnh báo, 0 gợi ý \(\d+,\d\d giây\)\.$", lines[1]);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void English_messages_on_request()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a.txt", Defective);
        var result = workspace.Run("check", "a.txt", "--lang", "en");
        Assert.StartsWith("a.txt(1,22): warning RL4001: Unexpected space before “,”\nChecked 1 file: 0 errors, 1 warning, 0 notes (", result.Stdout);
    }

    [Fact]
    public void Clean_and_empty_files_exit_0()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("clean.txt", Clean);
        workspace.Write("empty.txt", "");
        var result = workspace.Run("check", "clean.txt", "empty.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo, 0 gợi ý", result.Stdout);
    }

    [Fact]
    public void Warnings_within_max_warnings_exit_0()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a.txt", Defective);
        Assert.Equal(0, workspace.Run("check", "a.txt", "--max-warnings", "1").ExitCode);
        Assert.Equal(1, workspace.Run("check", "a.txt", "--max-warnings=0").ExitCode);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_reason_on_stderr_and_the_others_are_still_linted()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a.txt", Defective);
        var result = workspace.Run("check", "a.txt", "khong-co.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportlint: khong-co.txt: không có tệp hoặc thư mục này, hoặc không có bản thảo nào khớp\n", result.Stderr);
        Assert.Contains("a.txt(1,22): warning RL4001", result.Stdout);
    }

    [Fact]
    public void A_malformed_configuration_exits_2_naming_file_line_column_and_key()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a.txt", Clean);
        workspace.Write(".reportlint.json", "{\n  // house rules\n  \"rules\": { \"RL4001\": \"loud\" }\n}\n");
        var result = workspace.Run("check", "a.txt");
        Assert.Equal(2, result.ExitCode);
        var configPath = Path.Combine(workspace.Root, ".reportlint.json");
        Assert.Equal($"{configPath}(3,14): error RL9002: \"rules.RL4001\": mức độ \"loud\" không hợp lệ (dùng off, info, warning, error)\n", result.Stderr);
    }

    [Fact]
    public void Invalid_utf8_is_rl9003_for_that_file_and_the_others_are_still_linted()
    {
        using var workspace = new TempWorkspace();
        workspace.WriteBytes("hong.txt", [0x54, 0x69, 0xEA, 0x6E, 0x0A]);
        workspace.Write("tot.txt", Defective);
        var result = workspace.Run("check", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("hong.txt(1,1): error RL9003: Không đọc được tệp: không phải văn bản UTF-8 hợp lệ (byte 0xEA ở vị trí 2)", result.Stdout);
        Assert.Contains("tot.txt(1,22): warning RL4001", result.Stdout);
        Assert.StartsWith("hong.txt(1,1): error RL9003", result.Stderr);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "a.txt", "--format", "xml")]
    [InlineData("check", "a.txt", "--bogus")]
    [InlineData("check", "a.txt", "--max-warnings", "many")]
    [InlineData("check", "a.txt", "--unsafe-fixes")]
    [InlineData("lint", "a.txt")]
    [InlineData("explain", "RL0000")]
    public void Usage_errors_exit_2_with_a_one_line_reason(params string[] args)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a.txt", Clean);
        var result = workspace.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("reportlint: ", result.Stderr);
        Assert.Equal(Clean, File.ReadAllText(Path.Combine(workspace.Root, "a.txt")));
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Standard_input_is_linted_under_the_given_name()
    {
        using var workspace = new TempWorkspace();
        var result = workspace.RunWithInput("Văn bản `mã  nguồn` và thời kỳ  mới.\n", "check", "-", "--stdin-filename", "tin.md");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("tin.md(1,31): warning RL4004: 2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một", lines[0]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Folders_recurse_and_globs_match_and_ignore_globs_apply()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("a/mot.txt", Defective);
        workspace.Write("a/b/hai.md", Defective);
        workspace.Write("a/cu/ba.txt", Defective);
        workspace.Write("a/bo-qua.csv", Defective);
        workspace.Write(".reportlint.json", """{ "ignore": ["a/cu/**"] }""");
        var folder = workspace.Run("check", "a");
        Assert.Equal(
            [Path.Combine("a", "b", "hai.md"), Path.Combine("a", "mot.txt")],
            folder.Stdout.Split('\n').Where(l => l.Contains("RL4001")).Select(l => l[..l.IndexOf('(')]).ToArray());
        var glob = workspace.Run("check", "a/**/*.md");
        Assert.Single(glob.Stdout.Split('\n'), l => l.Contains("RL4001"));
    }

    [Fact]
    public void Rules_and_explain_describe_the_rules()
    {
        using var workspace = new TempWorkspace();
        var rules = workspace.Run("rules");
        Assert.Equal(0, rules.ExitCode);
        Assert.Contains("RL4001  space-before-punctuation", rules.Stdout);
        var json = System.Text.Json.JsonDocument.Parse(workspace.Run("rules", "--format", "json").Stdout);
        Assert.Contains(json.RootElement.EnumerateArray(), r => r.GetProperty("id").GetString() == "RL4004" && r.GetProperty("fix").GetString() == "safe");
        var explain = workspace.Run("explain", "RL4004");
        Assert.Equal(0, explain.ExitCode);
        Assert.StartsWith("# RL4004 multiple-spaces", explain.Stdout);
    }
}

public class ReadmeTests
{
    [Fact]
    public void The_readme_lists_every_rule_with_a_link_to_its_page()
    {
        var readme = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "README.md"));
        using var rules = System.Text.Json.JsonDocument.Parse(CliProcess.Run(CliProcess.RepositoryRoot, "rules", "--format", "json").Stdout);
        Assert.All(rules.RootElement.EnumerateArray(), rule =>
        {
            var id = rule.GetProperty("id").GetString();
            Assert.Contains($"[{id}](rules/docs/{id}.md)", readme);
        });
        Assert.Contains("dotnet run --project src/ReportLint.Cli -- check samples", readme);
        Assert.Contains("dotnet test ReportLint.sln", readme);
    }
}
