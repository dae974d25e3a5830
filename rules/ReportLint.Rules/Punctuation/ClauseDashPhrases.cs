using ReportLint.Core.Analysis;
using ReportLint.Core.Data;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// Lower-case phrases read around a clause dash, from a data section an office extends with its own pack: the words that
/// open an aside or a clause after the dash (`clauseDashWords`: `nhất là`, `trong đó`, `kể cả`), and the words that
/// carry the sentence on after the dash closing the aside (`clauseDashClosers`: `đều`, `đã`, `được`). A dash before an
/// opening word sets off part of a sentence, not a compound, a range or a pair of names.
/// </summary>
internal sealed class ClauseDashPhrases
{
    private readonly string[][] _phrases;

    private ClauseDashPhrases(string[][] phrases) => _phrases = phrases;

    public static ClauseDashPhrases Openers(AnalyzerOptions options) =>
        options.Data.GetOrCreate("punctuation.clauseDashWords", static data => Read(data, "clauseDashWords"));

    public static ClauseDashPhrases Closers(AnalyzerOptions options) =>
        options.Data.GetOrCreate("punctuation.clauseDashClosers", static data => Read(data, "clauseDashClosers"));

    private static ClauseDashPhrases Read(DataPackSet data, string section) => new(
        data.Section(section)
            .Select(e => Nfc.Normalize(e.GetString()!.Trim().ToLowerInvariant()).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .ToArray());

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
            if (string.Equals(phrase[0], first, StringComparison.Ordinal) && RestMatches(paragraph, index, phrase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool RestMatches(Paragraph paragraph, int index, string[] phrase)
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
