using System.Text.Json;

namespace ReportLint.Core.Data;

public static class JsonDefaults
{
    /// <summary>Configuration and data files are JSON with comments and trailing commas.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
