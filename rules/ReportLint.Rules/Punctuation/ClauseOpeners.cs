using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// Words that open an aside or a clause after a dash (`nhất là`, `trong đó`, `kể cả`): data section `clauseDashWords`,
/// which an office extends with its own pack. A dash before one of them sets off part of a sentence, not a compound,
/// a range or a pair of names.
/// </summary>
internal sealed class ClauseOpeners
{
    private readonly string[][] _phrases;

    private ClauseOpeners(string[][] phrases) => _phrases = phrases;

    public static ClauseOpeners Get(AnalyzerOptions options) =>
        options.Data.GetOrCreate("punctuation.clauseDashWords", static data => new ClauseOpeners(
            data.Section("clauseDashWords")
                .Select(e => Nfc.Normalize(e.GetString()!.Trim().ToLowerInvariant()).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(words => words.Length > 0)
                .ToArray()));

    /// <summary>
    /// One of the phrases is written in lower case from the word at <paramref name="index"/>, its words one space apart
    /// (`nhất là`; not `Như Ý`, a name).
    /// </summary>
    public bool StartAt(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (index >= tokens.Count || tokens[index].Kind != TokenKind.Word || tokens[index].Has(TokenFlags.Capitalized))
        {
            return false;
        }
        var first = Nfc.Normalize(paragraph.GetString(tokens[index]));
        foreach (var phrase in _phrases)
        {
            if (string.Equals(phrase[0], first, StringComparison.Ordinal) && Matches(paragraph, index, phrase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(Paragraph paragraph, int index, string[] phrase)
    {
        var tokens = paragraph.Tokens;
        for (var w = 1; w < phrase.Length; w++)
        {
            var at = index + 2 * w;
            if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word
                || tokens[at - 1] is not { Kind: TokenKind.Space, Length: 1 }
                || !string.Equals(Nfc.Normalize(paragraph.GetString(tokens[at])), phrase[w], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
