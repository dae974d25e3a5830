using System.Diagnostics;
using System.Text;

namespace ReportLint.Cli.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built `reportlint` as a real process, as a user or a CI job would.</summary>
public static class CliProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>reportlint.dll, built beside this test assembly through the project reference.</summary>
    private static string CliPath => Path.Combine(AppContext.BaseDirectory, "reportlint.dll");

    public static CliResult RunWithInput(string workingDirectory, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("reportlint did not finish");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static CliResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportLint.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("ReportLint.sln not found above the test assembly.");
    }
}

/// <summary>A temporary folder of drafts, deleted after the test.</summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace() => Root = Directory.CreateTempSubdirectory("reportlint-cli-").FullName;

    public string Root { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public CliResult Run(params string[] args) => CliProcess.Run(Root, args);

    public CliResult RunWithInput(string stdin, params string[] args) => CliProcess.RunWithInput(Root, stdin, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
