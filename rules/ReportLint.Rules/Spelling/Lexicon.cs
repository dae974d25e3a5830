using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// Multi-syllable words of administrative and Party writing (<c>rules/data/lexicon.json</c>, section
/// `lexicon`), kept as pairs of adjacent syllables in their modern-placement keys so a lookup of
/// two tokens needs no allocation.
/// </summary>
internal sealed class Lexicon
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pairs;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _syllableWeights;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _commonRanks;
    private readonly int _commonCount;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _finalPairs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstSyllables;

    private Lexicon(HashSet<string> pairs, HashSet<string> words, Dictionary<string, int> weights, int entries, Dictionary<string, int> commonRanks,
        HashSet<string> finalPairs, HashSet<string> firstSyllables)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _finalPairs = finalPairs.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstSyllables = firstSyllables.GetAlternateLookup<ReadOnlySpan<char>>();
        TwoSyllableWords = words;
        _commonRanks = commonRanks.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonCount = Math.Max(1, commonRanks.Count);
        _pairs = pairs.GetAlternateLookup<ReadOnlySpan<char>>();
        _syllableWeights = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        EntryCount = entries;
        Pairs = pairs;
    }

    public int EntryCount { get; }

    /// <summary>The two-syllable entries, "key key": whole words, not pieces of longer phrases.</summary>
    public IReadOnlySet<string> TwoSyllableWords { get; }

    /// <summary>True when the two syllables (any case, either placement) are a two-syllable lexicon word.</summary>
    public bool IsWord(SyllableValidator validator, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<char> buffer = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        if (validator.Analyze(first, buffer, out var a) != SyllableStatus.Valid)
        {
            return false;
        }
        buffer[a] = ' ';
        return validator.Analyze(second, buffer[(a + 1)..], out var b) == SyllableStatus.Valid && _words.Contains(buffer[..(a + 1 + b)]);
    }

    /// <summary>Every adjacent syllable pair of the lexicon, "key key".</summary>
    public IReadOnlySet<string> Pairs { get; }

    /// <summary>True when the two syllables (any case, either placement) follow each other in a lexicon word.</summary>
    public bool ContainsPair(SyllableValidator validator, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<char> buffer = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        if (validator.Analyze(first, buffer, out var a) != SyllableStatus.Valid)
        {
            return false;
        }
        buffer[a] = ' ';
        if (validator.Analyze(second, buffer[(a + 1)..], out var b) != SyllableStatus.Valid)
        {
            return false;
        }
        return _pairs.Contains(buffer[..(a + 1 + b)]);
    }

    /// <summary>True when the pair of keys (lower case, modern placement) is in the lexicon.</summary>
    public bool ContainsKeyPair(ReadOnlySpan<char> pair) => _pairs.Contains(pair);

    /// <summary>True when the pair of keys ends a lexicon entry (`tiểu học`, `nhân dân` of `ủy ban nhân dân`), not only sits inside one.</summary>
    public bool EndsWord(ReadOnlySpan<char> pair) => _finalPairs.Contains(pair);

    /// <summary>True when the syllable key begins a lexicon entry (`học` of `học sinh`): a free syllable, not only a word's tail (`cáo`).</summary>
    public bool BeginsWord(ReadOnlySpan<char> key) => _firstSyllables.Contains(key);

    /// <summary>How many lexicon words use the syllable key: a rough prior for ranking suggestions.</summary>
    public int Weight(ReadOnlySpan<char> key) => _syllableWeights.TryGetValue(key, out var weight) ? weight : 0;

    /// <summary>0..1: how common the syllable key is in administrative writing (1 = the most common).</summary>
    public double Commonness(ReadOnlySpan<char> key) =>
        _commonRanks.TryGetValue(key, out var rank) ? 1.0 - (double)rank / _commonCount : 0;

    public static Lexicon Create(SyllableValidator validator, IEnumerable<string> entries, IEnumerable<string> common)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var syllable in common.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (validator.ToKey(syllable) is { } key)
            {
                ranks.TryAdd(key, ranks.Count);
            }
        }
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var finalPairs = new HashSet<string>(StringComparer.Ordinal);
        var firstSyllables = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var entry in entries)
        {
            var syllables = Nfc.Normalize(entry)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => validator.ToKey(s))
                .ToArray();
            if (syllables.Length < 2 || syllables.Any(s => s is null))
            {
                continue; // not a valid multi-syllable word: ignored rather than trusted
            }
            count++;
            if (syllables.Length == 2)
            {
                words.Add(syllables[0] + " " + syllables[1]);
            }
            finalPairs.Add(syllables[^2] + " " + syllables[^1]);
            firstSyllables.Add(syllables[0]!);
            for (var i = 0; i < syllables.Length; i++)
            {
                weights[syllables[i]!] = weights.GetValueOrDefault(syllables[i]!) + 1;
                if (i > 0)
                {
                    pairs.Add(syllables[i - 1] + " " + syllables[i]);
                }
            }
        }
        return new Lexicon(pairs, words, weights, count, ranks, finalPairs, firstSyllables);
    }
}
