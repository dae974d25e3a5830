using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>One syllable of a phrase: its spellings, or a slot for a Roman numeral, a number or a dash (<see cref="TokenKind.Punctuation"/>).</summary>
internal sealed record PhraseSyllable(string Canonical, string[] Variants, TokenKind? Slot)
{
    public bool UpperFirst => Slot is null && char.IsUpper(Canonical[0]);
}

/// <summary>A phrase of the name tables (`Ban Thường vụ Tỉnh ủy`, `quý {roman}`): a unique body, or a consistency group.</summary>
/// <param name="NamesOneCommittee">A head with a committee that is a body of its own (`Thường trực Huyện ủy`): one specific body.</param>
internal sealed record Phrase(string Text, PhraseSyllable[] Syllables, bool Unique = false, string? Group = null, bool NamesOneCommittee = false);

/// <summary>A phrase found at consecutive tokens one space apart (words, or a dash between fields): token i of the phrase is FirstToken + 2i.</summary>
internal readonly record struct PhraseMatch(Phrase Phrase, int FirstToken)
{
    public int TokenOf(int syllable) => FirstToken + 2 * syllable;

    public int LastToken => TokenOf(Phrase.Syllables.Length - 1);
}

/// <summary>
/// Phrases in a trie of syllables (both tone styles, any case), matched longest first on the tokens
/// without allocating: built once per data set. A word costs one look-up per syllable it walks, however
/// many phrases share it (`Ban` opens every body head crossed with every committee).
/// </summary>
internal sealed class PhraseTable
{
    private readonly Node _root = new();
    // Each Names rule asks its table at every word of a draft: most words are rejected on their shape.
    private readonly WordShapeFilter _firstWords = new();

    public PhraseTable(IEnumerable<Phrase> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Syllables[0].Slot is not null)
            {
                continue; // a phrase starts with a word
            }
            MaxSyllables = Math.Max(MaxSyllables, phrase.Syllables.Length);
            foreach (var variant in phrase.Syllables[0].Variants)
            {
                _firstWords.Add(variant);
            }
            Insert(_root, phrase, 0);
        }
    }

    /// <summary>The most syllables of a phrase: a match ends at most 2 × (this − 1) tokens after its first word.</summary>
    public int MaxSyllables { get; }

    /// <summary>Parses `Ban Thường vụ`, `quý {roman}`, `quý {number}`, `Ban Kinh tế - Xã hội` (any dash matches) into syllables.</summary>
    public static PhraseSyllable[] Parse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s switch
        {
            "{roman}" => new PhraseSyllable(s, [], TokenKind.RomanNumeral),
            "{number}" => new PhraseSyllable(s, [], TokenKind.Number),
            "-" or "–" or "—" => new PhraseSyllable(s, [], TokenKind.Punctuation),
            _ => new PhraseSyllable(s, Syllables.Variants(s), null),
        }).ToArray();

    /// <summary>
    /// <see cref="Match"/> at every token of the paragraph, read once and kept with its syntax in <paramref name="slot"/>
    /// (one slot per table): several Names rules scan the bodies and the titles over every token of every paragraph.
    /// </summary>
    public PhraseStarts StartsIn(Paragraph paragraph, SyntaxSlot<PhraseStarts> slot)
    {
        var starts = paragraph.Syntax.GetOrAdd(slot, (this, paragraph), static (_, state) => new PhraseStarts(state.Item1, state.paragraph));
        // Another workspace's tables read afresh.
        return ReferenceEquals(starts.Table, this) ? starts : new PhraseStarts(this, paragraph);
    }

    /// <summary>The longest phrase whose first word is the token at <paramref name="index"/> (of equal phrases, the first added).</summary>
    public PhraseMatch? Match(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (tokens[index].Kind != TokenKind.Word)
        {
            return null;
        }
        var text = paragraph.GetText(tokens[index]);
        if (!_firstWords.MayContain(text) || _root.Word(text) is not { } node)
        {
            return null;
        }
        var longest = node.Phrase;
        // The phrase's words are one space apart: token i of the phrase is index + 2i.
        for (var at = index + 2; at < tokens.Count && TokenNavigation.IsWordGap(tokens[at - 1]); at += 2)
        {
            var token = tokens[at];
            node = token.Kind switch
            {
                TokenKind.Word => node.Word(paragraph.GetText(token)),
                TokenKind.RomanNumeral => node.Roman,
                TokenKind.Number => node.Number,
                TokenKind.Punctuation when TokenNavigation.IsDash(paragraph, at) => node.Dash,
                _ => null,
            };
            if (node is null)
            {
                break;
            }
            longest = node.Phrase ?? longest;
        }
        return longest is null ? null : new PhraseMatch(longest, index);
    }

    /// <summary>Adds every spelling of the phrase (each syllable in each of its tone styles) below <paramref name="node"/>.</summary>
    private static void Insert(Node node, Phrase phrase, int syllable)
    {
        if (syllable == phrase.Syllables.Length)
        {
            node.Phrase ??= phrase;
            return;
        }
        var next = phrase.Syllables[syllable];
        switch (next.Slot)
        {
            case TokenKind.RomanNumeral:
                Insert(node.Roman ??= new Node(), phrase, syllable + 1);
                break;
            case TokenKind.Number:
                Insert(node.Number ??= new Node(), phrase, syllable + 1);
                break;
            case TokenKind.Punctuation:
                Insert(node.Dash ??= new Node(), phrase, syllable + 1);
                break;
            default:
                foreach (var variant in next.Variants.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    Insert(node.AddWord(variant), phrase, syllable + 1);
                }
                break;
        }
    }

    /// <summary>A syllable position of the trie: the next words (any case), the numeral and dash slots, and the phrase ending here.</summary>
    private sealed class Node
    {
        private Dictionary<string, Node>? _words;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Node? Roman { get; set; }

        public Node? Number { get; set; }

        public Node? Dash { get; set; }

        public Phrase? Phrase { get; set; }

        public Node? Word(ReadOnlySpan<char> text) => _words is not null && _lookup.TryGetValue(text, out var node) ? node : null;

        public Node AddWord(string word)
        {
            if (_words is null)
            {
                _words = new Dictionary<string, Node>(SyllableComparer.Instance);
                _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!_words.TryGetValue(word, out var node))
            {
                _words[word] = node = new Node();
            }
            return node;
        }
    }
}

/// <summary>The phrase of one table starting at each token of one paragraph (<see cref="PhraseTable.StartsIn"/>).</summary>
internal sealed class PhraseStarts
{
    private readonly Phrase?[]? _starts; // null when no phrase starts in the paragraph, as in most

    public PhraseStarts(PhraseTable table, Paragraph paragraph)
    {
        Table = table;
        var count = paragraph.Tokens.Count;
        for (var i = 0; i < count; i++)
        {
            if (table.Match(paragraph, i) is { } match)
            {
                (_starts ??= new Phrase?[count])[i] = match.Phrase;
            }
        }
    }

    public PhraseTable Table { get; }

    /// <summary>As <see cref="PhraseTable.Match"/> at <paramref name="index"/>.</summary>
    public PhraseMatch? At(int index) => _starts?[index] is { } phrase ? new PhraseMatch(phrase, index) : null;
}
