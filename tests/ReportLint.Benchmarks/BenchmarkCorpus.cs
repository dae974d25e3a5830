using System.Text;

namespace ReportLint.Benchmarks;

/// <summary>A large draft made by repeating the project's own sample drafts (never the shared corpus).</summary>
public static class BenchmarkCorpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Build(int megabytes)
    {
        var samples = Directory.GetFiles(Path.Combine(RepositoryRoot, "samples"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "samples"), "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        if (samples.Length == 0)
        {
            throw new InvalidOperationException("No sample drafts in samples/.");
        }
        var target = megabytes * 1024 * 1024;
        var builder = new StringBuilder(target + 16 * 1024);
        for (var i = 0; builder.Length * 2 < target; i++)
        {
            builder.Append(samples[i % samples.Length]).Append('\n');
        }
        return builder.ToString();
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportLint.sln")))
            {
                return directory.FullName;
            }
        }
        // BenchmarkDotNet runs a copy of the assembly from its own folder; fall back to the working directory.
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportLint.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("ReportLint.sln not found.");
    }
}
