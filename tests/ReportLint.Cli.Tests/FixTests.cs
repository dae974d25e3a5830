using System.Text;
using ReportLint.Cli.Tests.Infrastructure;

namespace ReportLint.Cli.Tests;

public class FixTests
{
    [Fact]
    public void Fix_applies_safe_fixes_keeps_bom_and_line_endings_and_a_second_run_is_clean()
    {
        using var workspace = new TempWorkspace();
        var original = "Báo cáo Báo cáo kết quả , thời kỳ  mới.\r\nHọc tập ( theo kế hoạch).Các chi bộ đã họp.\r\n";
        var path = workspace.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)]);

        var result = workspace.Run("check", "a.txt", "--fix");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Đã sửa 5 chỗ.", result.Stdout);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Báo cáo kết quả, thời kỳ mới.\r\nHọc tập (theo kế hoạch). Các chi bộ đã họp.\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Empty(Directory.GetFiles(workspace.Root, "*.tmp"));

        var second = workspace.Run("check", "a.txt");
        Assert.Equal(0, second.ExitCode);
    }

    [Fact]
    public void Fix_leaves_files_without_safe_fixes_untouched()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.Write("a.txt", "Ủy viên (phụ trách khối.\n");
        var before = File.GetLastWriteTimeUtc(path);
        var result = workspace.Run("check", "a.txt", "--fix");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Ủy viên (phụ trách khối.\n", File.ReadAllText(path));
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Fix_refuses_standard_input()
    {
        using var workspace = new TempWorkspace();
        var result = workspace.RunWithInput("a , b", "check", "-", "--fix");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportlint: --fix không dùng được với đầu vào chuẩn (-)\n", result.Stderr);
    }
}
