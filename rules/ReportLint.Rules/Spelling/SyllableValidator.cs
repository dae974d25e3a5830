using System.Text.Json;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>Why a syllable is (not) valid, most specific first.</summary>
internal enum SyllableStatus : byte
{
    Valid,
    /// <summary>A character outside the Vietnamese alphabet, or too long to be one syllable.</summary>
    NotVietnamese,
    MultipleTones,
    /// <summary>No initial + rime of the phonology fits.</summary>
    InvalidRime,
    /// <summary>`k/gh/ngh` before a back vowel, `c/g/ng` before a front one.</summary>
    SpellingRule,
    /// <summary>A stop final (`c ch p t`) with a tone other than sắc or nặng.</summary>
    StopFinalTone,
    /// <summary>The tone mark sits on a letter neither placement style uses (`qủa`, `gía`).</summary>
    MisplacedTone,
    /// <summary>Phonologically possible but not in the inventory of written syllables (`trìn`).</summary>
    Unattested,
}

/// <summary>
/// Validates one syllable against the phonology of <c>rules/data/phonology.json</c> and the
/// inventory of <c>rules/data/syllables.json</c>. Both tone placements are accepted (`hòa`/`hoà`).
/// Works on stack buffers: no allocation per syllable.
/// </summary>
internal sealed class SyllableValidator
{
    public const int MaxLength = 7;

    private readonly string[] _initials;
    // Initials by their first base letter (index: letter - 'a', 26 for đ), longest first, then the empty initial.
    private readonly string[][] _initialsByLetter;
    private readonly HashSet<string> _frontOnly;
    private readonly HashSet<string> _backOnly;
    private readonly string _frontVowels;
    private readonly Dictionary<string, RimeInfo>.AlternateLookup<ReadOnlySpan<char>> _rimes;
    private readonly Dictionary<string, RimeInfo>.AlternateLookup<ReadOnlySpan<char>> _quRimes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _inventory;
    // The vowels that open each rime (`uyê` of `uyên`, `oai`), after an ordinary initial and after `qu`.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _rimeVowels;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _quRimeVowels;

    private SyllableValidator(string[] initials, HashSet<string> frontOnly, HashSet<string> backOnly, string frontVowels,
        Dictionary<string, RimeInfo> rimes, Dictionary<string, RimeInfo> quRimes, HashSet<string> inventory)
    {
        _initials = initials;
        _initialsByLetter = new string[27][];
        for (var i = 0; i < 27; i++)
        {
            var letter = i == 26 ? 'đ' : (char)('a' + i);
            _initialsByLetter[i] = initials.Where(x => x.Length > 0 && x[0] == letter).Append("").ToArray();
        }
        _frontOnly = frontOnly;
        _backOnly = backOnly;
        _frontVowels = frontVowels;
        _rimes = rimes.GetAlternateLookup<ReadOnlySpan<char>>();
        _quRimes = quRimes.GetAlternateLookup<ReadOnlySpan<char>>();
        _inventory = inventory.GetAlternateLookup<ReadOnlySpan<char>>();
        _rimeVowels = VowelHeads(rimes.Keys).GetAlternateLookup<ReadOnlySpan<char>>();
        _quRimeVowels = VowelHeads(quRimes.Keys).GetAlternateLookup<ReadOnlySpan<char>>();
        InventoryCount = inventory.Count;
        Inventory = inventory;
    }

    public int InventoryCount { get; }

    /// <summary>Attested syllables, lower case, modern tone placement.</summary>
    public IReadOnlySet<string> Inventory { get; }

    public bool IsValid(ReadOnlySpan<char> word) => Check(word) == SyllableStatus.Valid;

    public SyllableStatus Check(ReadOnlySpan<char> word) => Analyze(word, [], out _);

    /// <summary>
    /// Checks a syllable and writes its lower-case, modern-placement key (the inventory's form) into
    /// <paramref name="key"/> when it is large enough; returns the status and the key length.
    /// </summary>
    public SyllableStatus Analyze(ReadOnlySpan<char> word, Span<char> key, out int keyLength)
    {
        keyLength = 0;
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return SyllableStatus.NotVietnamese;
        }
        Span<char> letters = stackalloc char[MaxLength];
        Span<char> scratch = stackalloc char[MaxLength];
        var tone = 0;
        var tonePosition = -1;
        for (var i = 0; i < word.Length; i++)
        {
            if (!VietnameseLetters.TryDecompose(word[i], out var letter, out var t))
            {
                return SyllableStatus.NotVietnamese;
            }
            letters[i] = letter;
            if (t != 0)
            {
                if (tonePosition >= 0)
                {
                    return SyllableStatus.MultipleTones;
                }
                tone = t;
                tonePosition = i;
            }
        }
        letters = letters[..word.Length];

        var first = letters[0] == 'đ' ? 26 : letters[0] - 'a';
        var initials = first is >= 0 and < 27 ? _initialsByLetter[first] : _initials;
        foreach (var initial in initials)
        {
            if (!letters.StartsWith(initial))
            {
                continue;
            }
            var rime = letters[initial.Length..];
            var isQu = initial == "qu";
            if (rime.IsEmpty || !(isQu ? _quRimes : _rimes).TryGetValue(rime, out var info))
            {
                continue;
            }
            var front = _frontVowels.Contains(rime[0]);
            // `gì`, `gìn`, `giếng`: the `i` of `gi` is also the vowel, written once.
            var giWithI = initial == "g" && rime[0] == 'i';
            if ((_frontOnly.Contains(initial) && !front) || (_backOnly.Contains(initial) && front && !giWithI))
            {
                return SyllableStatus.SpellingRule;
            }
            if (info.StopFinal && tone is not (VietnameseLetters.Acute or VietnameseLetters.Dot))
            {
                return SyllableStatus.StopFinalTone;
            }
            if (tone != 0)
            {
                var position = tonePosition - initial.Length;
                if (position != info.TraditionalTone && position != info.ModernTone)
                {
                    return SyllableStatus.MisplacedTone;
                }
            }
            var status = Attested(letters, tone, initial.Length + info.ModernTone, scratch);
            if (key.Length >= letters.Length)
            {
                scratch[..letters.Length].CopyTo(key);
                keyLength = letters.Length;
            }
            return status;
        }
        return SyllableStatus.InvalidRime;
    }

    /// <summary>The longest word <see cref="VowelsFitOneSyllable"/> reads; three run-together syllables fit.</summary>
    private const int MaxRunTogetherLength = 24;

    /// <summary>
    /// True when, after one of the initials, the word's vowels are one run that opens a rime, whatever follows them:
    /// `tuyêng` (t + uyê, as in `tuyên`) or `cóai` read as one syllable misspelt. Two syllables run together hold two
    /// runs of vowels (`vẫncòn`), or one run no rime opens with (`ngườiấy`: ươiâ).
    /// </summary>
    public bool VowelsFitOneSyllable(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxRunTogetherLength)
        {
            return false;
        }
        Span<char> letters = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            if (!VietnameseLetters.TryDecompose(word[i], out letters[i], out _))
            {
                return false;
            }
        }
        var first = letters[0] == 'đ' ? 26 : letters[0] - 'a';
        foreach (var initial in first is >= 0 and < 27 ? _initialsByLetter[first] : _initials)
        {
            if (!letters.StartsWith(initial))
            {
                continue;
            }
            var rest = letters[initial.Length..];
            var vowels = 0;
            while (vowels < rest.Length && VietnameseLetters.IsVowel(rest[vowels]))
            {
                vowels++;
            }
            if (vowels > 0 && rest[vowels..].IndexOfAny(VietnameseLetters.Vowels) < 0
                && (initial == "qu" ? _quRimeVowels : _rimeVowels).Contains(rest[..vowels]))
            {
                return true;
            }
        }
        return false;
    }

    private static HashSet<string> VowelHeads(IEnumerable<string> rimes)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rime in rimes)
        {
            var vowels = 0;
            while (vowels < rime.Length && VietnameseLetters.IsVowel(rime[vowels]))
            {
                vowels++;
            }
            heads.Add(rime[..vowels]);
        }
        return heads;
    }

    private SyllableStatus Attested(ReadOnlySpan<char> letters, int tone, int tonePosition, Span<char> key)
    {
        letters.CopyTo(key);
        if (tone != 0)
        {
            key[tonePosition] = VietnameseLetters.Compose(letters[tonePosition], tone);
        }
        return _inventory.Contains(key[..letters.Length]) ? SyllableStatus.Valid : SyllableStatus.Unattested;
    }

    /// <summary>The lower-case modern-placement form of a valid syllable, or null.</summary>
    public string? ToKey(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[MaxLength];
        return Analyze(word, key, out var length) == SyllableStatus.Valid ? new string(key[..length]) : null;
    }

    /// <summary>Builds the validator from the `phonology` and `syllables` sections of the data packs.</summary>
    public static SyllableValidator Create(IEnumerable<JsonElement> phonologySections, IEnumerable<JsonElement> syllableSections)
    {
        var phonology = phonologySections.FirstOrDefault();
        if (phonology.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("The data packs hold no `phonology` section.");
        }
        var initials = Strings(phonology, "initials").OrderByDescending(i => i.Length).ToArray();
        var stops = Strings(phonology, "stopFinals").ToHashSet(StringComparer.Ordinal);
        var shaped = phonology.GetProperty("shapedVowels").GetString()!;
        var modernPairs = Strings(phonology, "modernSecondVowelPairs").ToHashSet(StringComparer.Ordinal);
        var quMedialNuclei = Strings(phonology, "quMedialNuclei").ToHashSet(StringComparer.Ordinal);
        var rimes = new Dictionary<string, RimeInfo>(StringComparer.Ordinal);
        var quRimes = new Dictionary<string, RimeInfo>(StringComparer.Ordinal);
        foreach (var nucleus in phonology.GetProperty("nuclei").EnumerateObject())
        {
            foreach (var final in nucleus.Value.EnumerateArray().Select(f => f.GetString()!))
            {
                var rime = nucleus.Name + final;
                var stop = stops.Contains(final);
                rimes[rime] = RimeInfo.Of(rime, stop, shaped, modernPairs);
                // After `qu` the medial is the `u` of the initial: `qua` = qu + a (oa), `quân` = qu + ân (uân).
                if (quMedialNuclei.Contains(nucleus.Name))
                {
                    var rest = rime[1..];
                    quRimes[rest] = RimeInfo.Of(rest, stop, shaped, modernPairs);
                }
            }
        }
        foreach (var rime in Strings(phonology, "quExtraRimes"))
        {
            quRimes[rime] = RimeInfo.Of(rime, stops.Contains(rime[^1..]) || rime.EndsWith("ch", StringComparison.Ordinal), shaped, modernPairs);
        }
        var inventory = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in syllableSections)
        {
            foreach (var syllable in item.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                inventory.Add(Nfc.Normalize(syllable).ToLowerInvariant());
            }
        }
        return new SyllableValidator(initials, Strings(phonology, "frontOnlyInitials").ToHashSet(StringComparer.Ordinal),
            Strings(phonology, "backOnlyInitials").ToHashSet(StringComparer.Ordinal),
            phonology.GetProperty("frontVowels").GetString()!, rimes, quRimes, inventory);
    }

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!);

    /// <summary>A rime's facts: stop final, and where each placement style puts the tone.</summary>
    private readonly record struct RimeInfo(bool StopFinal, byte TraditionalTone, byte ModernTone)
    {
        public static RimeInfo Of(string rime, bool stop, string shaped, HashSet<string> modernPairs)
        {
            var vowels = 0;
            while (vowels < rime.Length && VietnameseLetters.IsVowel(rime[vowels]))
            {
                vowels++;
            }
            var lastShaped = rime.AsSpan(0, vowels).LastIndexOfAny(shaped);
            int traditional, modern;
            if (lastShaped >= 0)
            {
                traditional = modern = lastShaped; // the shape-marked vowel carries the tone: `việc`, `người`
            }
            else if (vowels < rime.Length)
            {
                traditional = modern = vowels - 1; // a consonant final: the last vowel, `toán`, `huýt`
            }
            else if (vowels == 3)
            {
                traditional = modern = 1; // `oái`, `khuỷu`, `ngoẹo`
            }
            else if (vowels == 2)
            {
                traditional = 0; // `hòa`, `thủy`, `mía`, `tài`
                modern = modernPairs.Contains(rime) ? 1 : 0; // `hoà`, `thuỷ`
            }
            else
            {
                traditional = modern = 0;
            }
            return new RimeInfo(stop, (byte)traditional, (byte)modern);
        }
    }
}
