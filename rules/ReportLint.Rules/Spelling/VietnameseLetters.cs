namespace ReportLint.Rules.Spelling;

/// <summary>
/// Precomposed Vietnamese letters split into a lower-case base letter (shape marks kept: ă â ê ô ơ ư đ)
/// and a tone, through a flat table so the hot path never allocates.
/// </summary>
internal static class VietnameseLetters
{
    public const int Level = 0, Acute = 1, Grave = 2, Hook = 3, Tilde = 4, Dot = 5;

    public const string Vowels = "aăâeêioôơuưy";

    private static readonly string[] TonedVowels =
    [
        Vowels, "áắấéếíóốớúứý", "àằầèềìòồờùừỳ", "ảẳẩẻểỉỏổởủửỷ", "ãẵẫẽễĩõỗỡũữỹ", "ạặậẹệịọộợụựỵ",
    ];

    private const string Consonants = "bcdđghklmnpqrstvx";

    // Index: the char; value: base letter (0 = not a Vietnamese letter) and tone.
    private static readonly char[] BaseOf = new char[0x1F00];
    private static readonly byte[] ToneOf = new byte[0x1F00];
    // Whether a char carries a tone or a shape mark: asked for every word of a draft by several rules.
    private static readonly bool[] Marked = new bool[0x1F00];

    static VietnameseLetters()
    {
        for (var tone = 0; tone < TonedVowels.Length; tone++)
        {
            for (var i = 0; i < Vowels.Length; i++)
            {
                Set(TonedVowels[tone][i], Vowels[i], tone);
            }
        }
        foreach (var c in Consonants)
        {
            Set(c, c, Level);
        }
        for (var c = 0; c < Marked.Length; c++)
        {
            Marked[c] = BaseOf[c] != '\0' && (ToneOf[c] != 0 || BaseOf[c] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư' or 'đ');
        }
    }

    private static void Set(char lower, char baseLetter, int tone)
    {
        BaseOf[lower] = baseLetter;
        ToneOf[lower] = (byte)tone;
        var upper = char.ToUpperInvariant(lower);
        BaseOf[upper] = baseLetter;
        ToneOf[upper] = (byte)tone;
    }

    /// <summary>False when <paramref name="c"/> is not a letter of the Vietnamese alphabet (f, j, w, z count as not).</summary>
    public static bool TryDecompose(char c, out char baseLetter, out int tone)
    {
        if (c < BaseOf.Length && BaseOf[c] != '\0')
        {
            baseLetter = BaseOf[c];
            tone = ToneOf[c];
            return true;
        }
        baseLetter = '\0';
        tone = 0;
        return false;
    }

    public static char Compose(char baseLetter, int tone)
    {
        if (tone == Level)
        {
            return baseLetter;
        }
        var index = Vowels.IndexOf(baseLetter);
        return index < 0 ? baseLetter : TonedVowels[tone][index];
    }

    public static bool IsVowel(char baseLetter) => Vowels.Contains(baseLetter);

    /// <summary>True for a letter only Vietnamese writes: a tone mark, a shape mark or đ.</summary>
    public static bool IsMarked(char c) => c < Marked.Length && Marked[c];

    public static bool HasMark(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsMarked(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Same letters and tones, ignoring case.</summary>
    public static char ToLower(char c) => c < 0x80 ? char.ToLowerInvariant(c) : char.ToLower(c, System.Globalization.CultureInfo.InvariantCulture);
}
