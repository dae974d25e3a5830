namespace ReportLint.LanguageServer.Documents;

/// <summary>`file:` URIs to paths; other schemes (untitled, vscode-notebook) have none.</summary>
public static class DocumentUris
{
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }
        return parsed.LocalPath;
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
