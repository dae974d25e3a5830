using System.Text;
using System.Text.Json;
using ReportLint.Core.Data;

namespace ReportLint.Core.Configuration;

/// <summary>Line and column of every property and array item of a JSON file, by path (`rules.RL3004`, `words[2]`).</summary>
internal sealed class JsonPositionMap
{
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;

    public JsonPositionMap(byte[] utf8)
    {
        _utf8 = utf8;
        var reader = new Utf8JsonReader(utf8, JsonDefaults.ReaderOptions);
        var path = new Stack<(string Prefix, int Index, bool IsArray)>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = Join(path.Count > 0 ? path.Peek().Prefix : "", reader.GetString()!);
                    _offsets.TryAdd(pendingProperty, reader.TokenStartIndex);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var prefix = CurrentValuePath(path, ref pendingProperty, reader.TokenStartIndex);
                    path.Push((prefix, 0, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.Pop();
                    break;
                default:
                    CurrentValuePath(path, ref pendingProperty, reader.TokenStartIndex);
                    break;
            }
        }
    }

    /// <summary>1-based line and column of the path (or of its nearest recorded parent).</summary>
    public (int Line, int Column) Find(string path)
    {
        while (true)
        {
            if (_offsets.TryGetValue(path, out var offset))
            {
                return ToLineColumn(_utf8, offset);
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return (1, 1);
            }
            path = path[..cut];
        }
    }

    public static (int Line, int Column) ToLineColumn(byte[] utf8, long offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        var column = Encoding.UTF8.GetCharCount(utf8, lineStart, (int)Math.Min(offset, utf8.Length) - lineStart) + 1;
        return (line, column);
    }

    private string CurrentValuePath(Stack<(string Prefix, int Index, bool IsArray)> path, ref string? pendingProperty, long offset)
    {
        string valuePath;
        if (pendingProperty is not null)
        {
            valuePath = pendingProperty;
            pendingProperty = null;
        }
        else if (path.Count > 0 && path.Peek().IsArray)
        {
            var (prefix, index, isArray) = path.Pop();
            valuePath = $"{prefix}[{index}]";
            path.Push((prefix, index + 1, isArray));
            _offsets.TryAdd(valuePath, offset);
        }
        else
        {
            valuePath = "";
        }
        return valuePath;
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;
}
