using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Abbreviations;

/// <summary>A phrase found in a paragraph: which phrase, and where (relative to the paragraph).</summary>
internal readonly record struct PhraseHit(int Phrase, TextSpan Span, int NextToken);

/// <summary>
/// Finds written-out full forms (`Hội đồng nhân dân`) in the token stream: one dictionary look-up
/// per word on its first syllable, then a walk over the following words. Case-insensitive;
/// a dash between words joins them (`kinh tế - xã hội`), but a comma separates them: the text may
/// have one only where the phrase has one (`phòng, chống`). `hội viên, phụ nữ` is two groups of
/// people, not `hội viên phụ nữ`; any other punctuation ends the match.
/// </summary>
internal sealed class PhraseScanner
{
    /// <summary>A phrase's words, and whether its text has a comma before each word (index 0 unused).</summary>
    private sealed record Phrase(string[] Words, bool[] CommaBefore);

    private readonly List<Phrase> _phrases = [];
    private readonly Dictionary<string, List<int>> _byFirstWord = new(SyllableComparer.Instance);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapeFilter _firstWords = new();

    public PhraseScanner() => _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase (its words are read with the tokenizer); returns its index, or -1 when it has fewer than two words.</summary>
    public int Add(string phrase)
    {
        var syntax = ParagraphSyntax.Parse(phrase);
        var words = new List<string>();
        var commas = new List<bool>();
        var comma = false;
        foreach (var token in syntax.Tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                words.Add(syntax.GetString(token));
                commas.Add(comma);
                comma = false;
            }
            else if (token.Kind == TokenKind.Punctuation && syntax.Text[token.Start] == ',')
            {
                comma = true;
            }
        }
        if (words.Count < 2)
        {
            return -1;
        }
        _phrases.Add(new Phrase([.. words], [.. commas]));
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
            _firstWords.Add(words[0]);
        }
        list.Add(_phrases.Count - 1);
        return _phrases.Count - 1;
    }

    /// <summary>
    /// Adds the phrases written in the paragraph to <paramref name="hits"/>, the longest at each word, in order. The caller's
    /// list (a scratch list, most often) rather than an iterator: every paragraph is scanned, and most hold a phrase.
    /// </summary>
    public void Scan(Paragraph paragraph, List<PhraseHit> hits)
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
                hits.Add(hit);
                i = hit.NextToken - 1;
            }
        }
    }

    /// <summary>The index after the phrase's last word, or null.</summary>
    private static int? TryMatch(Paragraph paragraph, int first, Phrase phrase)
    {
        var tokens = paragraph.Tokens;
        var words = phrase.Words;
        var i = first + 1;
        for (var w = 1; w < words.Length; w++)
        {
            var joiner = JoinerKind.None;
            for (; i < tokens.Count; i++)
            {
                if (tokens[i].Kind.IsTrivia())
                {
                    continue;
                }
                var kind = Joiner(paragraph, tokens[i]);
                if (kind == JoinerKind.None || joiner != JoinerKind.None)
                {
                    break;
                }
                joiner = kind;
            }
            if (joiner == JoinerKind.Comma && !phrase.CommaBefore[w])
            {
                return null;
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

    private enum JoinerKind : byte
    {
        None,
        Comma,
        Dash,
    }

    /// <summary>A single comma or dash between two words (one per gap: `, -` is no joiner).</summary>
    private static JoinerKind Joiner(Paragraph paragraph, Token token) =>
        token.Kind != TokenKind.Punctuation || token.Length != 1 ? JoinerKind.None
        : paragraph.Text[token.Start] switch
        {
            ',' => JoinerKind.Comma,
            '-' or '–' => JoinerKind.Dash,
            _ => JoinerKind.None,
        };
}
