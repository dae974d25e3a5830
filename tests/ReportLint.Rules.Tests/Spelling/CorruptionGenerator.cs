using System.Text;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>The ways typists err, applied to one correct word (lower-case letters of the Vietnamese alphabet).</summary>
internal enum Corruption
{
    DropTone,
    WrongTone,
    DropShapeMark,
    DropLetter,
    DoubleLetter,
    AdjacentKey,
    TelexLeftover,
    VniLeftover,
    MergeWithNext,
}

/// <summary>A seeded generator of typing errors, so the figures it measures are reproducible.</summary>
internal sealed class CorruptionGenerator(int seed)
{
    private static readonly Dictionary<char, string> Neighbours = new()
    {
        ['q'] = "wa", ['w'] = "qeas", ['e'] = "wrds", ['r'] = "etdf", ['t'] = "ryfg", ['y'] = "tugh", ['u'] = "yihj",
        ['i'] = "uojk", ['o'] = "ipkl", ['p'] = "ol", ['a'] = "qwsz", ['s'] = "awedxz", ['d'] = "serfcx",
        ['g'] = "ftyhbv", ['h'] = "gyujnb", ['k'] = "jiolm", ['l'] = "kop", ['x'] = "zsdc", ['c'] = "xdfv",
        ['v'] = "cfgb", ['b'] = "vghn", ['n'] = "bhjm", ['m'] = "njk",
    };

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    /// <summary>The corrupted form, or null when this kind does not apply to the word.</summary>
    public string? Apply(Corruption kind, string word)
    {
        var letters = new char[word.Length];
        var tones = new int[word.Length];
        var tonePosition = -1;
        for (var i = 0; i < word.Length; i++)
        {
            if (!VietnameseLetters.TryDecompose(word[i], out letters[i], out tones[i]))
            {
                return null;
            }
            if (tones[i] != 0)
            {
                tonePosition = i;
            }
        }
        switch (kind)
        {
            case Corruption.DropTone when tonePosition >= 0:
                return Replace(word, tonePosition, letters[tonePosition]);
            case Corruption.WrongTone when tonePosition >= 0:
                var tone = 1 + (tones[tonePosition] + _random.Next(4)) % 5;
                return Replace(word, tonePosition, VietnameseLetters.Compose(letters[tonePosition], tone));
            case Corruption.DropShapeMark:
                var shaped = Enumerable.Range(0, word.Length).Where(i => letters[i] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư' or 'đ').ToArray();
                if (shaped.Length == 0)
                {
                    return null;
                }
                var at = shaped[_random.Next(shaped.Length)];
                var plain = letters[at] switch { 'ă' or 'â' => 'a', 'ê' => 'e', 'ô' or 'ơ' => 'o', 'ư' => 'u', _ => 'd' };
                return Replace(word, at, plain == 'd' ? 'd' : VietnameseLetters.Compose(plain, tones[at]));
            case Corruption.DropLetter when word.Length > 2:
                return word.Remove(_random.Next(word.Length), 1);
            case Corruption.DoubleLetter:
                var d = _random.Next(word.Length);
                return word.Insert(d, word[d].ToString());
            case Corruption.AdjacentKey:
                var positions = Enumerable.Range(0, word.Length).Where(i => Neighbours.ContainsKey(word[i])).ToArray();
                if (positions.Length == 0)
                {
                    return null;
                }
                var p = positions[_random.Next(positions.Length)];
                var near = Neighbours[word[p]];
                return Replace(word, p, near[_random.Next(near.Length)]);
            case Corruption.TelexLeftover:
                return Encode(letters, tones, tonePosition, telex: true);
            case Corruption.VniLeftover:
                return Encode(letters, tones, tonePosition, telex: false);
            default:
                return null;
        }
    }

    private static string? Encode(char[] letters, int[] tones, int tonePosition, bool telex)
    {
        var text = new StringBuilder();
        var marked = false;
        foreach (var letter in letters)
        {
            var key = telex
                ? letter switch { 'â' => "aa", 'ă' => "aw", 'ê' => "ee", 'ô' => "oo", 'ơ' => "ow", 'ư' => "uw", 'đ' => "dd", _ => null }
                : letter switch { 'â' => "a6", 'ă' => "a8", 'ê' => "e6", 'ô' => "o6", 'ơ' => "o7", 'ư' => "u7", 'đ' => "d9", _ => null };
            marked |= key is not null;
            text.Append(key ?? letter.ToString());
        }
        if (tonePosition >= 0)
        {
            text.Append(telex ? " sfrxj"[tones[tonePosition]] : (char)('0' + tones[tonePosition]));
            marked = true;
        }
        return marked ? text.ToString() : null;
    }

    private static string Replace(string text, int index, char c)
    {
        var chars = text.ToCharArray();
        chars[index] = c;
        return new string(chars);
    }
}
