using Microsoft.Extensions.FileSystemGlobbing;
using ReportLint.Core.Configuration;
using ReportLint.Core.Input;

namespace ReportLint.Cli;

/// <summary>One draft to lint: a file on disk or standard input.</summary>
internal sealed record InputSource(string DisplayPath, string FullPath, bool IsStdin);

/// <summary>Turns command-line paths (files, folders, globs, `-`) into the drafts to lint.</summary>
internal sealed class InputExpander(InputReaders readers, ConfigurationLoader configuration)
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
        { ".git", "bin", "obj", "node_modules", ".vs", ".vscode" };

    /// <summary>The drafts, and the paths that matched nothing (each an input error).</summary>
    public (List<InputSource> Sources, List<string> Missing) Expand(IEnumerable<string> paths, string? stdinFileName)
    {
        var sources = new List<InputSource>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                var name = stdinFileName ?? "<stdin>";
                sources.Add(new InputSource(name, Path.GetFullPath(stdinFileName ?? "stdin.txt"), IsStdin: true));
            }
            else if (File.Exists(path))
            {
                Add(sources, seen, Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(Path.GetFullPath(path)).Where(f => !IsIgnored(f)).Order(StringComparer.Ordinal))
                {
                    Add(sources, seen, file);
                }
            }
            else if (path.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matches = Glob(path).Where(f => readers.IsSupported(f) && !IsIgnored(f)).ToList();
                if (matches.Count == 0)
                {
                    missing.Add(path);
                }
                matches.ForEach(f => Add(sources, seen, f));
            }
            else
            {
                missing.Add(path);
            }
        }
        return (sources, missing);
    }

    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }

    private static void Add(List<InputSource> sources, HashSet<string> seen, string fullPath)
    {
        if (seen.Add(fullPath))
        {
            sources.Add(new InputSource(DisplayPath(fullPath), fullPath, IsStdin: false));
        }
    }

    private IEnumerable<string> Walk(string directory)
    {
        var pending = new Stack<string>([directory]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current))
            {
                if (readers.IsSupported(file) && !Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
            foreach (var child in Directory.EnumerateDirectories(current))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child)))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        // The folder part before the first wildcard is the root the pattern is matched from.
        var normalized = pattern.Replace('\\', '/');
        var wildcard = normalized.IndexOfAny(['*', '?', '[']);
        var slash = normalized.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : normalized[..(slash + 1)];
        var relativePattern = slash < 0 ? normalized : normalized[(slash + 1)..];
        if (!Directory.Exists(root))
        {
            return [];
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        return matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal);
    }

    /// <summary>True when the `ignore` globs of the file's configuration match it (relative to that file's folder).</summary>
    private bool IsIgnored(string fullPath)
    {
        var file = configuration.FindConfigurationFile(fullPath);
        if (file is null)
        {
            return false;
        }
        ReportLintConfiguration settings;
        try
        {
            settings = configuration.Load(file);
        }
        catch (ConfigurationException)
        {
            return false; // reported when the file is linted
        }
        if (settings.Ignore.Count == 0)
        {
            return false;
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(settings.Ignore);
        return matcher.Match(settings.Directory!, fullPath).HasMatches;
    }
}
