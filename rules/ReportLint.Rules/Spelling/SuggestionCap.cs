namespace ReportLint.Rules.Spelling;

/// <summary>
/// Fewer suggestions when the first is plainly the one meant: a list of five after `qủa` → `quả` offers `của`
/// and `quản` for a slip that only misplaced a tone. The first suggestion never changes.
/// </summary>
internal static class SuggestionCap
{
    /// <param name="keys">Ranked candidate keys (lower case, modern placement), best first.</param>
    /// <param name="written">The word as typed.</param>
    /// <param name="vocabulary">How often the document uses a key, when known.</param>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> keys, string written, Func<string, int>? vocabulary)
    {
        if (keys.Count < 2)
        {
            return keys;
        }
        var typed = written.ToLowerInvariant();
        var (letters, tone) = Split(typed);
        var (firstLetters, firstTone) = Split(keys[0]);
        if (firstLetters == letters)
        {
            // Same letters and tone: only the tone's place was wrong. Same letters: the other tones stay as choices (`thực`, `thức`).
            return firstTone == tone ? [keys[0]] : keys.Where(k => Split(k).Letters == letters).ToArray();
        }
        // Only marks differ and the document writes it: other marks stay (`truong` → `trường`, `trưởng`), letter edits go (`trung`).
        return vocabulary is not null && vocabulary(keys[0]) > 0 && LexiconNearMissIndex.SameSkeleton(keys[0], typed)
            ? keys.Where(k => LexiconNearMissIndex.SameSkeleton(k, typed)).ToArray()
            : keys;
    }

    /// <summary>The letters with their shape marks but no tone, and the tone (0 for none).</summary>
    private static (string Letters, int Tone) Split(string word)
    {
        Span<char> letters = stackalloc char[word.Length];
        var tone = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (VietnameseLetters.TryDecompose(word[i], out var letter, out var t))
            {
                letters[i] = letter;
                tone = t == 0 ? tone : t;
            }
            else
            {
                letters[i] = word[i];
            }
        }
        return (new string(letters), tone);
    }
}
