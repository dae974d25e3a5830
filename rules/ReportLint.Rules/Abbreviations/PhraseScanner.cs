using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Abbreviations;

/// <summary>A phrase found in a paragraph: which phrase, and where (relative to the paragraph).</summary>
internal readonly record struct PhraseHit(int Phrase, TextSpan Span, int NextToken);

/// <summary>
/// Finds written-out full forms (`Hội đồng nhân dân`) in the token stream: one dictionary look-up
/// per word on its first syllable, then a walk over the following words. Case-insensitive;
/// spaces, commas and dashes between the words are allowed (`kinh tế - xã hội`, `phòng, chống`).
/// </summary>
internal sealed class PhraseScanner
{
    private readonly List<string[]> _phrases = [];
    private readonly Dictionary<string, List<int>> _byFirstWord = new(SyllableComparer.Instance);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapeFilter _firstWords = new();

    public PhraseScanner() => _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase (its words are read with the tokenizer); returns its index, or -1 when it has fewer than two words.</summary>
    public int Add(string phrase)
    {
        var syntax = ParagraphSyntax.Parse(phrase);
        var words = syntax.Tokens.Where(t => t.Kind == TokenKind.Word).Select(syntax.GetString).ToArray();
        if (words.Length < 2)
        {
            return -1;
        }
        _phrases.Add(words);
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
            _firstWords.Add(words[0]);
        }
        list.Add(_phrases.Count - 1);
        return _phrases.Count - 1;
    }

    public IEnumerable<PhraseHit> Scan(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var word = paragraph.GetText(tokens[i]);
            if (!_firstWords.MayContain(word) || !_lookup.TryGetValue(word, out var candidates))
            {
                continue;
            }
            PhraseHit? best = null;
            foreach (var phrase in candidates)
            {
                if (TryMatch(paragraph, i, _phrases[phrase]) is { } next && (best is null || next > best.Value.NextToken))
                {
                    best = new PhraseHit(phrase, TextSpan.FromBounds(tokens[i].Start, tokens[next - 1].End), next);
                }
            }
            if (best is { } hit)
            {
                yield return hit;
                i = hit.NextToken - 1;
            }
        }
    }

    /// <summary>The index after the phrase's last word, or null.</summary>
    private static int? TryMatch(Paragraph paragraph, int first, string[] words)
    {
        var tokens = paragraph.Tokens;
        var i = first + 1;
        for (var w = 1; w < words.Length; w++)
        {
            while (i < tokens.Count && (tokens[i].Kind.IsTrivia() || IsJoiner(paragraph, tokens[i])))
            {
                i++;
            }
            if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word
                || !paragraph.GetText(tokens[i]).Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            i++;
        }
        return i;
    }

    private static bool IsJoiner(Paragraph paragraph, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && paragraph.Text[token.Start] is ',' or '-' or '–';
}
