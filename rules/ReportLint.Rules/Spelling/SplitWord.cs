using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Spelling;

/// <summary>The two parts of a syllable cut in two, around one line break or one space, and the syllable they make.</summary>
/// <param name="BothFragments">Neither part is a syllable by itself: the join is the only reading.</param>
/// <param name="InLine">The parts are one space apart on the same line (`truyề n`), not around a line break.</param>
internal readonly record struct SplitWordParts(int Before, int After, string Joined, bool BothFragments, bool InLine);

/// <summary>
/// `… kỹ năng thẩm tra và nghiệp v` ⏎ `ụ tài chính …`: an old word processor broke the line inside a word; `tuyên
/// truyề n`, `thự c hiện`: a stray space cut one within the line. One piece is no syllable (or a lone consonant
/// cluster), and the two pieces make a valid syllable. Shared by RL3013, which reports it, and RL3001, which leaves
/// such pieces to it.
/// </summary>
internal static class SplitWord
{
    private static readonly System.Buffers.SearchValues<string> Openers = System.Buffers.SearchValues.Create(["(", "[", "“", "\"", "‘", "'"], StringComparison.Ordinal);

    /// <summary>The split word around the line break or the single space at <paramref name="gap"/>, or null.</summary>
    public static SplitWordParts? At(Paragraph paragraph, int gap, SpellingData data)
    {
        var tokens = paragraph.Tokens;
        var inLine = tokens[gap].Kind == TokenKind.Space;
        int before, after;
        if (inLine)
        {
            // One space between two words, one of them no syllable: the cheap test first, as it runs at every space.
            (before, after) = (gap - 1, gap + 1);
            if (tokens[gap].Length != 1 || before < 0 || after >= tokens.Count || tokens[before].Kind != TokenKind.Word
                || tokens[after].Kind != TokenKind.Word)
            {
                return null;
            }
            var syllables = ParagraphSyllables.Get(paragraph, data);
            if (syllables.Status(before) == SyllableStatus.Valid && syllables.Status(after) == SyllableStatus.Valid)
            {
                return null;
            }
        }
        else if (tokens[gap].Kind != TokenKind.LineBreak || !LineBreakJoin.Around(tokens, gap, out before, out after))
        {
            return null;
        }
        var (left, right) = (tokens[before], tokens[after]);
        // The next line goes on in lower case; a line ending in capitals (`UB`) is an abbreviation, not a word's start.
        if (left.Kind != TokenKind.Word || right.Kind != TokenKind.Word || right.Has(TokenFlags.Capitalized)
            || (left.Has(TokenFlags.AllUpper) && left.Length > 1) || ((left.Flags | right.Flags) & TokenFlags.CombiningMarks) != 0
            || left.Length + right.Length > SyllableValidator.MaxLength || !StandsAlone(paragraph, before) || !EndsAlone(paragraph, after))
        {
            return null;
        }
        var leftText = paragraph.GetText(left);
        var rightText = paragraph.GetText(right);
        Span<char> buffer = stackalloc char[SyllableValidator.MaxLength];
        leftText.CopyTo(buffer);
        rightText.CopyTo(buffer[leftText.Length..]);
        var joined = buffer[..(left.Length + right.Length)];
        if (!data.Validator.IsValid(joined))
        {
            return null;
        }
        var consonants = !HasVowel(leftText);
        var leftFragment = consonants || !data.Validator.IsValid(leftText);
        var rightFragment = !data.Validator.IsValid(rightText);
        if (!leftFragment && !rightFragment)
        {
            return null; // two words of their own: `nghiệp vụ` ⏎ `ăn …` is read as written
        }
        var previous = TokenNavigation.Previous(tokens, before);
        if (consonants && previous >= 0 && (tokens[previous].Kind == TokenKind.Number || TokenNavigation.IsWordIn(paragraph, previous, data.LabelNouns)))
        {
            return null; // a unit (`dài 12 m` ⏎ `ở …`), a point or an item (`điểm b` ⏎ `an …`)
        }
        var next = TokenNavigation.Next(tokens, after);
        if ((!rightFragment && !(RareAlone(data, rightText, joined) || KnownBeside(paragraph, data, previous, joined, next)))
            || (!leftFragment && !(RareAlone(data, leftText, joined) || KnownBeside(paragraph, data, previous, joined, next))))
        {
            // One piece is a word by itself (`v` ⏎ `ụ`, `thự c`): it must be one no word of the lexicon uses while the
            // joined one is (`ụ`, `vụ`), or the joined word must make a lexicon word with its neighbour (`thực hiện`).
            // `dài 12 m` ⏎ `ở …`, `b` ⏎ `an ninh`, `giá trị n` keep words of their own.
            return null;
        }
        return new SplitWordParts(before, after, joined.ToString(), leftFragment && rightFragment, inLine);
    }

    /// <summary>True when the token at <paramref name="index"/> is a part of a split word (either one).</summary>
    public static bool IsPart(Paragraph paragraph, int index, SpellingData data)
    {
        var tokens = paragraph.Tokens;
        if ((index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Space && At(paragraph, index + 1, data) is not null)
            || (index > 0 && tokens[index - 1].Kind == TokenKind.Space && At(paragraph, index - 1, data) is not null))
        {
            return true;
        }
        var after = LineBreakJoin.BreakBeside(tokens, index, 1);
        if (after >= 0 && At(paragraph, after, data) is not null)
        {
            return true;
        }
        var before = LineBreakJoin.BreakBeside(tokens, index, -1);
        return before >= 0 && At(paragraph, before, data) is not null;
    }

    /// <summary>The piece starts a word: after a space, a line break or an opening bracket or quote, not glued to `COVID-`.</summary>
    private static bool StandsAlone(Paragraph paragraph, int index)
    {
        if (index == 0)
        {
            return true;
        }
        var previous = paragraph.Tokens[index - 1];
        return previous.Kind.IsTrivia() || (previous.Kind == TokenKind.Punctuation && Openers.Contains(paragraph.GetString(previous)));
    }

    /// <summary>The piece ends a word: not glued to a dash, an apostrophe or a slash (`k-`, `n'`, `m/s`).</summary>
    private static bool EndsAlone(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (index + 1 >= tokens.Count)
        {
            return true;
        }
        var next = tokens[index + 1];
        return next.Kind.IsTrivia() || (next.Kind == TokenKind.Punctuation && !Gluing.Contains(paragraph.GetString(next)));
    }

    private static readonly System.Buffers.SearchValues<string> Gluing = System.Buffers.SearchValues.Create(["-", "‐", "'", "’", "/", "&"], StringComparison.Ordinal);

    private static bool KnownBeside(Paragraph paragraph, SpellingData data, int previous, ReadOnlySpan<char> joined, int next)
    {
        var tokens = paragraph.Tokens;
        return (previous >= 0 && tokens[previous].Kind == TokenKind.Word && data.Lexicon.ContainsPair(data.Validator, paragraph.GetText(tokens[previous]), joined))
            || (next >= 0 && tokens[next].Kind == TokenKind.Word && data.Lexicon.ContainsPair(data.Validator, joined, paragraph.GetText(tokens[next])));
    }

    private static bool RareAlone(SpellingData data, ReadOnlySpan<char> right, ReadOnlySpan<char> joined) =>
        data.Validator.ToKey(right) is { } alone && data.Validator.ToKey(joined) is { } whole
        && data.Lexicon.Weight(alone) == 0 && data.Lexicon.Commonness(alone) == 0 && data.Lexicon.Weight(whole) > 0;

    private static bool HasVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (VietnameseLetters.TryDecompose(c, out var letter, out _) && VietnameseLetters.IsVowel(VietnameseLetters.ToLower(letter)))
            {
                return true;
            }
        }
        return false;
    }
}
