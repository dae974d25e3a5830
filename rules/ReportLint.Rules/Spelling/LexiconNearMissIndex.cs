namespace ReportLint.Rules.Spelling;

/// <summary>
/// Finds the lexicon word a valid pair of syllables was probably meant to be: the pairs of the lexicon
/// indexed by their skeleton (letters without tone or shape marks, `xay dung`), so a text pair is
/// looked up once, without allocation, and compared only with the few lexicon pairs sharing its skeleton.
/// </summary>
internal sealed class LexiconNearMissIndex
{
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _bySkeleton;

    public LexiconNearMissIndex(IEnumerable<string> pairs)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var skeleton = new char[pair.Length]; // built once at load
            Skeleton(pair, skeleton);
            var key = new string(skeleton);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }
            list.Add(pair);
        }
        _bySkeleton = index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The lexicon pair one mark away from <paramref name="pair"/> ("key key", lower case, modern placement),
    /// or null. One mark: a tone, or a shape mark (ă â ê ô ơ ư đ), on one letter of one syllable.
    /// </summary>
    public string? Find(ReadOnlySpan<char> pair) => Find(pair, out _);

    /// <summary>
    /// A cheap gate before any validation: true when some lexicon word has the skeleton of the two words
    /// as written (any case, any placement).
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var length = first.Length + 1 + second.Length;
        if (length > SyllableValidator.MaxLength * 2 + 1)
        {
            return false;
        }
        Span<char> skeleton = stackalloc char[length];
        Skeleton(first, skeleton);
        skeleton[first.Length] = ' ';
        Skeleton(second, skeleton[(first.Length + 1)..]);
        return _bySkeleton.ContainsKey(skeleton);
    }

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>; <paramref name="changedSecond"/> tells which syllable differs.</summary>
    public string? Find(ReadOnlySpan<char> pair, out bool changedSecond)
    {
        changedSecond = false;
        Span<char> skeleton = stackalloc char[pair.Length];
        Skeleton(pair, skeleton);
        if (!_bySkeleton.TryGetValue(skeleton, out var candidates))
        {
            return null;
        }
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (OneMarkApart(pair, candidate, out var at))
            {
                changedSecond = at > pair.IndexOf(' ');
                if (found is not null)
                {
                    return null; // two lexicon words fit equally: no safe guess
                }
                found = candidate;
            }
        }
        return found;
    }

    public static bool OneMarkApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out int at)
    {
        at = -1;
        var differences = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }
            VietnameseLetters.TryDecompose(a[i], out var baseA, out var toneA);
            VietnameseLetters.TryDecompose(b[i], out var baseB, out var toneB);
            // ư→u costs one mark; ừ→u costs two (tone and shape).
            differences += (baseA != baseB ? 1 : 0) + (toneA != toneB ? 1 : 0);
            at = i;
            if (differences > 1)
            {
                return false;
            }
        }
        return differences == 1;
    }

    /// <summary>The same letters once tone and shape marks are dropped (`xây dưng`, `xây dựng`; not `lam`, `nam`).</summary>
    public static bool SameSkeleton(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i] < SkeletonOf.Length ? SkeletonOf[a[i]] : a[i];
            var y = b[i] < SkeletonOf.Length ? SkeletonOf[b[i]] : b[i];
            if (x != y)
            {
                return false;
            }
        }
        return true;
    }

    public static void Skeleton(ReadOnlySpan<char> text, Span<char> output)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            output[i] = c < SkeletonOf.Length ? SkeletonOf[c] : c;
        }
    }

    // The skeleton letter of every char below U+1F00 (all Vietnamese letters), computed once: RL3003 and
    // RL3011 take the skeleton of almost every word pair of a draft.
    private static readonly char[] SkeletonOf = Enumerable.Range(0, 0x1F00)
        .Select(c => VietnameseLetters.TryDecompose((char)c, out var letter, out _) ? Plain(letter) : (char)c) // base letters are lower case
        .ToArray();

    private static char Plain(char letter) => letter switch
    {
        'ă' or 'â' => 'a',
        'ê' => 'e',
        'ô' or 'ơ' => 'o',
        'ư' => 'u',
        'đ' => 'd',
        _ => letter,
    };
}
