using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportLint.Core.Data;

namespace ReportLint.LanguageServer.Configuration;

/// <summary>
/// Adds a word to the `words` list of a `.reportlint.json` by inserting text, so comments,
/// key order and formatting of the rest of the file stay exactly as the user wrote them.
/// </summary>
public static class WordListWriter
{
    /// <summary>Returns the new file text, or the same text when the word is already listed.</summary>
    public static string AddWord(string json, string word)
    {
        var encoded = "\"" + JsonEncodedText.Encode(word, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";
        if (string.IsNullOrWhiteSpace(json))
        {
            return $"{{\n  \"words\": [{encoded}]\n}}\n";
        }
        var bom = json.StartsWith('\uFEFF');
        var utf8 = Encoding.UTF8.GetBytes(bom ? json[1..] : json);
        var layout = Scan(utf8, word);
        if (layout.AlreadyListed)
        {
            return json;
        }
        string insertion;
        long at;
        if (layout.WordsArrayOpen >= 0)
        {
            at = layout.LastWordEnd >= 0 ? layout.LastWordEnd : layout.WordsArrayOpen + 1;
            insertion = layout.LastWordEnd >= 0 ? ", " + encoded : encoded;
        }
        else if (layout.LastPropertyEnd >= 0)
        {
            at = layout.LastPropertyEnd;
            insertion = $",\n  \"words\": [{encoded}]";
        }
        else
        {
            at = layout.RootOpen + 1;
            insertion = $"\n  \"words\": [{encoded}]\n";
        }
        var before = Encoding.UTF8.GetString(utf8, 0, (int)at);
        var after = Encoding.UTF8.GetString(utf8, (int)at, utf8.Length - (int)at);
        return (bom ? "\uFEFF" : "") + before + insertion + after;
    }

    private sealed class Layout
    {
        public long RootOpen = -1;
        public long LastPropertyEnd = -1;
        public long WordsArrayOpen = -1;
        public long LastWordEnd = -1;
        public bool AlreadyListed;
    }

    private static Layout Scan(byte[] utf8, string word)
    {
        var layout = new Layout();
        var normalized = Normalize(word);
        var reader = new Utf8JsonReader(utf8, JsonDefaults.ReaderOptions);
        var inWords = false;
        var nextIsWords = false;
        var sawWords = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject when reader.CurrentDepth == 0:
                        layout.RootOpen = reader.TokenStartIndex;
                        break;
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                        nextIsWords = reader.ValueTextEquals("words"u8);
                        sawWords |= nextIsWords;
                        break;
                    case JsonTokenType.StartArray when reader.CurrentDepth == 1 && nextIsWords:
                        inWords = true;
                        layout.WordsArrayOpen = reader.TokenStartIndex;
                        break;
                    case JsonTokenType.String when inWords && reader.CurrentDepth == 2:
                        layout.LastWordEnd = reader.BytesConsumed;
                        layout.AlreadyListed |= Normalize(reader.GetString()!) == normalized;
                        break;
                    case JsonTokenType.EndArray when inWords && reader.CurrentDepth == 1:
                        inWords = false;
                        layout.LastPropertyEnd = reader.BytesConsumed;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == 1:
                        layout.LastPropertyEnd = reader.BytesConsumed;
                        break;
                    case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null
                        when reader.CurrentDepth == 1:
                        layout.LastPropertyEnd = reader.BytesConsumed;
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The configuration file is not valid JSON: {ex.Message}", ex);
        }
        if (layout.RootOpen < 0)
        {
            throw new InvalidDataException("The configuration file is not a JSON object.");
        }
        if (layout.WordsArrayOpen < 0 && sawWords)
        {
            throw new InvalidDataException("\"words\" is not an array.");
        }
        return layout;
    }

    private static string Normalize(string word) => word.Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
