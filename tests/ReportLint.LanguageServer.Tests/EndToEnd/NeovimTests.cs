using System.Diagnostics;
using System.Text.Json;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.EndToEnd;

/// <summary>Skips (with the reason) when `nvim` is not on PATH; CI installs it (`apt-get install -y neovim`).</summary>
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (NeovimTests.FindNeovim() is null)
        {
            Skip = "Neovim (nvim) is not installed: the end-to-end test with a real LSP client needs `apt-get install -y neovim`.";
        }
    }
}

/// <summary>End to end with a real LSP client: Neovim's built-in client, headless.</summary>
public sealed class NeovimTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportlint-nvim-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static string? FindNeovim() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, "nvim"))
            .FirstOrDefault(File.Exists);

    [NeovimFact]
    public async Task Neovim_opens_a_draft_receives_its_diagnostics_and_sees_an_edit_relinted()
    {
        var draft = Path.Combine(_folder, "bao-cao.txt");
        await File.WriteAllTextAsync(draft, "Dòng đầu tiên không có lỗi.\n" + Drafts.WithSpaces);
        var result = Path.Combine(_folder, "result.json");
        var script = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "neovim-client.lua");
        var start = new ProcessStartInfo(FindNeovim()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in (string[])["--headless", "--clean", "-n", "-i", "NONE", "-c", $"luafile {script}"])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["RL_OUT"] = result;
        start.Environment["RL_DRAFT"] = draft;
        start.Environment["RL_SERVER"] = LspClient.ServerDll;
        start.Environment["RL_DOTNET"] = LspClient.DotnetHost;
        start.Environment["XDG_STATE_HOME"] = _folder; // Neovim's LSP log stays in the temporary folder
        start.Environment["XDG_CACHE_HOME"] = _folder;
        using var nvim = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var stderr = nvim.StandardError.ReadToEndAsync(timeout.Token);
        await nvim.WaitForExitAsync(timeout.Token);
        output.WriteLine($"nvim exited with {nvim.ExitCode}; stderr: {await stderr}");
        Assert.True(File.Exists(result), "Neovim wrote no result");
        var json = await File.ReadAllTextAsync(result);
        output.WriteLine(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.False(root.TryGetProperty("error", out var error), error.ToString());
        Assert.True(root.GetProperty("opened").GetBoolean());
        var opened = root.GetProperty("phases")[0].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() == "RL4001").ToList();
        Assert.Equal(2, opened.Count);
        // Neovim converts the server's UTF-16 positions to byte columns of its buffer.
        static int Bytes(string text, int utf16) => System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, utf16));
        var comma = Bytes(Drafts.WithSpaces, Drafts.WithSpaces.IndexOf(" ,", StringComparison.Ordinal));
        Assert.Equal(1, opened[0].GetProperty("lnum").GetInt32());
        Assert.Equal(comma, opened[0].GetProperty("col").GetInt32());
        Assert.Equal(comma + 1, opened[0].GetProperty("end_col").GetInt32());
        Assert.Equal("reportlint", opened[0].GetProperty("source").GetString());
        Assert.Equal("Thừa khoảng trắng trước dấu “,”", opened[0].GetProperty("message").GetString());
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/rules/docs/RL4001.md", opened[0].GetProperty("href").GetString());
        Assert.True(root.GetProperty("edited").GetBoolean());
        var edited = root.GetProperty("phases")[1].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() == "RL4001").ToList();
        var period = Bytes(Drafts.WithSpaces, Drafts.WithSpaces.IndexOf(" .", StringComparison.Ordinal)) - 1; // one space fewer before it
        Assert.Equal(period, Assert.Single(edited).GetProperty("col").GetInt32());
    }
}
