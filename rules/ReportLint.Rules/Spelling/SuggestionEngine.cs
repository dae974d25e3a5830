using System.Globalization;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// Ranks corrections of an invalid syllable the way typists err: a missing or wrong tone, a
/// missing shape mark, a dropped, doubled or neighbouring key, a Telex/VNI leftover. Ties break on
/// the neighbouring syllables (a lexicon word) and on how common the syllable is in the lexicon.
/// Only runs for tokens already found invalid, so it may allocate; the same slip recurs across a
/// batch of drafts (and within one), so the per-word results are memoized.
/// </summary>
internal sealed class SuggestionEngine(SyllableValidator validator, Lexicon lexicon)
{
    // Small results only: a word's full candidate set can hold hundreds of forms, too much to keep in a
    // long-running language server.
    private readonly WordMemo<(string Key, double Score)[]> _ranked = new();
    private readonly WordMemo<double?> _cheapest = new();
    private readonly WordMemo<(string Left, string Right)?> _splits = new();

    private const string Alphabet = "abcdđeghiklmnopqrstuvxyăâêôơư";
    private const string FinalLetters = "cghmnpt";

    /// <summary>Longer runs are no single-syllable slip; editing them would cost quadratic time for nothing.</summary>
    private const int MaxEditableLength = 2 * SyllableValidator.MaxLength + 2;

    // QWERTY neighbours (Vietnamese keyboards are QWERTY with Telex/VNI on top).
    private static readonly Dictionary<char, string> Neighbours = new()
    {
        ['q'] = "wa", ['w'] = "qeas", ['e'] = "wrds", ['r'] = "etdf", ['t'] = "ryfg", ['y'] = "tugh", ['u'] = "yihj",
        ['i'] = "uojk", ['o'] = "ipkl", ['p'] = "ol", ['a'] = "qwsz", ['s'] = "awedxz", ['d'] = "serfcx",
        ['f'] = "drtgvc", ['g'] = "ftyhbv", ['h'] = "gyujnb", ['j'] = "huikmn", ['k'] = "jiolm", ['l'] = "kop",
        ['z'] = "asx", ['x'] = "zsdc", ['c'] = "xdfv", ['v'] = "cfgb", ['b'] = "vghn", ['n'] = "bhjm", ['m'] = "njk",
    };

    private static readonly Dictionary<char, string> ShapeVariants = new()
    {
        ['a'] = "ăâ", ['ă'] = "aâ", ['â'] = "aă", ['e'] = "ê", ['ê'] = "e", ['o'] = "ôơ", ['ô'] = "oơ", ['ơ'] = "oô",
        ['u'] = "ư", ['ư'] = "u", ['d'] = "đ", ['đ'] = "d",
    };

    /// <summary>Up to <paramref name="max"/> corrections, best first, in the word's casing.</summary>
    public IReadOnlyList<string> Suggest(string word, string? previous, string? next, int max = 5,
        Func<string, int>? vocabulary = null) =>
        Present(Rank(word, previous, next, max * 2), word, vocabulary, max);

    /// <summary>
    /// Candidate keys (lower case, modern placement) with their scores, lower is better: the edit's cost
    /// less what the neighbours and the lexicon say for it.
    /// </summary>
    public IReadOnlyList<(string Key, double Score)> Rank(string word, string? previous, string? next, int max = 10) =>
        _ranked.GetOrAdd($"{word}\u0001{previous}\u0001{next}\u0001{max}", _ =>
            Candidates(word).Values
                .Select(c => (c.Form, Score: c.Cost - Context(c.Form, previous, next)))
                .OrderBy(c => c.Score)
                .ThenBy(c => c.Form, StringComparer.Ordinal)
                .Take(max)
                .ToArray());

    /// <summary>
    /// The ranked candidates as suggestions: re-ranked by how often the document itself uses each
    /// (<paramref name="vocabulary"/>), cut short when the first is plainly meant (<see cref="SuggestionCap"/>),
    /// written in the traditional placement and the word's casing.
    /// </summary>
    public static IReadOnlyList<string> Present(IEnumerable<(string Key, double Score)> ranked, string original,
        Func<string, int>? vocabulary, int max = 5)
    {
        var keys = ranked
            .Select(c => (c.Key, Score: c.Score - (vocabulary is null ? 0 : DocumentBonus(vocabulary(c.Key)))))
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Key)
            .ToArray();
        return SuggestionCap.Apply(keys, original, vocabulary).Select(k => MatchCase(ToneStyle.ToTraditional(k), original)).ToArray();
    }

    /// <summary>
    /// How much a syllable the document uses often gains. Capped below a neighbour's lexicon pair (0.6):
    /// `nhiệm` written nine times in a report must not beat `nghiêm` in `ngiêm túc`.
    /// </summary>
    private static double DocumentBonus(int uses) => Math.Min(0.3, 0.15 * Math.Log2(1 + uses));

    /// <summary>The cost of the cheapest correction (before context), or null when there is none.</summary>
    public double? CheapestCost(string word) => _cheapest.GetOrAdd(word, w =>
    {
        var candidates = Candidates(w);
        return candidates.Count == 0 ? null : candidates.Values.Min(c => c.Cost);
    });

    private Dictionary<string, (string Form, double Cost)> Candidates(string word)
    {
        var costs = new Dictionary<string, (string Form, double Cost)>(StringComparer.Ordinal);
        if (word.Length <= MaxEditableLength)
        {
            Generate(word.ToLower(CultureInfo.InvariantCulture), costs);
        }
        return costs;
    }

    /// <summary>
    /// The best split of syllables written together (`vẫncòn` → `vẫn` + `còn`), or null. Three syllables
    /// (`vẫncònnhiều`) come back as a left syllable and a right part holding a space.
    /// </summary>
    public (string Left, string Right)? Split(string word) => _splits.GetOrAdd(word, SplitUncached);

    private (string Left, string Right)? SplitUncached(string word)
    {
        if (TwoWay(word) is { } pair)
        {
            return (pair.Left, pair.Right);
        }
        (string, string)? best = null;
        var bestScore = double.MaxValue;
        for (var i = 2; i <= word.Length - 4 && i <= SyllableValidator.MaxLength; i++)
        {
            var left = word.AsSpan(0, i);
            if (!validator.IsValid(left) || TwoWay(word[i..]) is not { } rest)
            {
                continue;
            }
            var score = rest.Score + (lexicon.ContainsPair(validator, left, rest.Left) ? -2 : 0) - 0.1 * Math.Log2(1 + Weight(left));
            if (score < bestScore)
            {
                bestScore = score;
                best = (left.ToString(), rest.Left + " " + rest.Right);
            }
        }
        return best;
    }

    private (string Left, string Right, double Score)? TwoWay(string word)
    {
        (string, string, double)? best = null;
        // Both parts of two letters at least: `nhàa` is a doubled letter, not `nhà` + `a`.
        for (var i = 2; i <= word.Length - 2; i++)
        {
            var left = word.AsSpan(0, i);
            var right = word.AsSpan(i);
            if (left.Length > SyllableValidator.MaxLength || right.Length > SyllableValidator.MaxLength
                || !validator.IsValid(left) || !validator.IsValid(right))
            {
                continue;
            }
            var score = (lexicon.ContainsPair(validator, left, right) ? -2 : 0)
                - 0.1 * Math.Log2(1 + Weight(left)) - 0.1 * Math.Log2(1 + Weight(right));
            if (best is null || score < best.Value.Item3)
            {
                best = (left.ToString(), right.ToString(), score);
            }
        }
        return best;
    }

    private void Generate(string lower, Dictionary<string, (string, double)> costs)
    {
        foreach (var decoded in new[] { TypingDecoder.Telex(lower), TypingDecoder.Vni(lower) })
        {
            if (decoded is { } d)
            {
                AddWithTone(d.Letters, d.Tone, 0.2, costs);
            }
        }
        var letters = new char[lower.Length];
        var tone = 0;
        for (var i = 0; i < lower.Length; i++)
        {
            if (VietnameseLetters.TryDecompose(lower[i], out var letter, out var t))
            {
                letters[i] = letter;
                tone = t == 0 ? tone : t;
            }
            else
            {
                letters[i] = lower[i];
            }
        }
        var bare = new string(letters);

        // Tone only: a missing tone is the commonest slip, a wrong one next.
        for (var t = 0; t <= 5; t++)
        {
            AddWithTone(bare, t, ToneCost(tone, t), costs);
        }
        // `ngiệm`: before i, e, ê the spelling is ngh (gh before e, ê); the forgotten h is a spelling slip, not a typing one.
        var h = bare.StartsWith("ng", StringComparison.Ordinal) ? 2 : bare.StartsWith('g') ? 1 : -1;
        if (h > 0 && h < bare.Length && (bare[h] is 'e' or 'ê' || (h == 2 && bare[h] == 'i'))) // `gi` is an initial of its own
        {
            // Dearer than a missing mark (0.6), so a plain loanword (`gen`) is not taken for a Vietnamese slip.
            AddWithTone(bare.Insert(h, "h"), tone, 0.65, costs);
        }
        // Shape marks, alone or with a tone change: `tâp` → `tập`, `truong` → `trương`.
        foreach (var (variant, cost) in ShapeEdits(bare))
        {
            for (var t = 0; t <= 5; t++)
            {
                AddWithTone(variant, t, cost + (t == tone ? 0 : tone == 0 ? 0.4 : 0.6), costs);
            }
        }
        // Letter edits keep the tone the writer typed.
        foreach (var (variant, cost) in LetterEdits(bare))
        {
            AddWithTone(variant, tone, cost, costs);
            if (tone == 0 && cost <= 1.0)
            {
                // The dropped letter may have carried the tone: `ngưi` for `người`.
                for (var t = 1; t <= 5; t++)
                {
                    AddWithTone(variant, t, cost + 0.3, costs);
                }
            }
        }
    }

    /// <summary>A missing tone is the commonest slip; hỏi and ngã are the classic confusion.</summary>
    private static double ToneCost(int typed, int candidate) =>
        typed == candidate ? 0.3
        : typed == 0 ? 0.5
        : (typed, candidate) is (VietnameseLetters.Hook, VietnameseLetters.Tilde) or (VietnameseLetters.Tilde, VietnameseLetters.Hook) ? 0.45
        : 0.7;

    private static IEnumerable<(string, double)> ShapeEdits(string bare)
    {
        for (var i = 0; i < bare.Length; i++)
        {
            if (!ShapeVariants.TryGetValue(bare[i], out var variants))
            {
                continue;
            }
            foreach (var v in variants)
            {
                var plainToShaped = bare[i] is 'a' or 'e' or 'o' or 'u' or 'd';
                yield return (Replace(bare, i, v), plainToShaped ? 0.6 : 0.8);
            }
        }
        var uo = bare.IndexOf("uo", StringComparison.Ordinal);
        if (uo >= 0)
        {
            yield return (bare[..uo] + "ươ" + bare[(uo + 2)..], 0.6);
        }
    }

    private static IEnumerable<(string, double)> LetterEdits(string bare)
    {
        for (var i = 0; i < bare.Length; i++)
        {
            var doubled = (i > 0 && bare[i] == bare[i - 1]) || (i + 1 < bare.Length && bare[i] == bare[i + 1]);
            yield return (bare.Remove(i, 1), doubled ? 0.6 : 1.0);
            if (i + 1 < bare.Length)
            {
                yield return (bare[..i] + bare[i + 1] + bare[i] + bare[(i + 2)..], 0.9);
            }
            foreach (var c in Alphabet)
            {
                if (c != bare[i])
                {
                    var adjacent = Neighbours.TryGetValue(bare[i], out var near) && near.Contains(c);
                    yield return (Replace(bare, i, c), adjacent ? 0.8 : 1.2);
                }
            }
        }
        for (var i = 0; i <= bare.Length; i++)
        {
            foreach (var c in Alphabet)
            {
                var droppedFinal = i == bare.Length && FinalLetters.Contains(c);
                yield return (bare.Insert(i, c.ToString()), droppedFinal ? 0.7 : 1.0);
            }
        }
    }

    /// <summary>Adds the valid forms of <paramref name="bare"/> carrying <paramref name="tone"/> on some vowel.</summary>
    private void AddWithTone(string bare, int tone, double cost, Dictionary<string, (string, double)> costs)
    {
        if (bare.Length == 0 || bare.Length > SyllableValidator.MaxLength)
        {
            return;
        }
        Span<char> buffer = stackalloc char[SyllableValidator.MaxLength];
        Span<char> key = stackalloc char[SyllableValidator.MaxLength];
        for (var p = 0; p < bare.Length; p++)
        {
            if (tone != 0 && !VietnameseLetters.IsVowel(bare[p]))
            {
                continue;
            }
            bare.AsSpan().CopyTo(buffer);
            if (tone != 0)
            {
                buffer[p] = VietnameseLetters.Compose(bare[p], tone);
            }
            var candidate = buffer[..bare.Length];
            if (validator.Analyze(candidate, key, out var length) == SyllableStatus.Valid)
            {
                var k = new string(key[..length]);
                if (!costs.TryGetValue(k, out var existing) || existing.Item2 > cost)
                {
                    costs[k] = (k, cost);
                }
            }
            if (tone == 0)
            {
                break;
            }
        }
    }

    private double Context(string candidate, string? previous, string? next)
    {
        var bonus = 0.05 * Math.Log2(1 + Weight(candidate)) + 0.3 * lexicon.Commonness(candidate);
        if (previous is not null && lexicon.ContainsPair(validator, previous.ToLowerInvariant(), candidate))
        {
            bonus += 0.6;
        }
        if (next is not null && lexicon.ContainsPair(validator, candidate, next.ToLowerInvariant()))
        {
            bonus += 0.6;
        }
        return bonus;
    }

    private int Weight(ReadOnlySpan<char> syllable)
    {
        Span<char> key = stackalloc char[SyllableValidator.MaxLength];
        return validator.Analyze(syllable, key, out var length) == SyllableStatus.Valid ? lexicon.Weight(key[..length]) : 0;
    }

    private static string Replace(string text, int index, char c) => string.Create(text.Length, (text, index, c), static (span, s) =>
    {
        s.text.AsSpan().CopyTo(span);
        span[s.index] = s.c;
    });

    internal static string MatchCase(string candidate, string original)
    {
        if (original.Length > 1 && original.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)))
        {
            return candidate.ToUpperInvariant();
        }
        return original.Length > 0 && char.IsUpper(original[0])
            ? char.ToUpperInvariant(candidate[0]) + candidate[1..]
            : candidate;
    }
}
