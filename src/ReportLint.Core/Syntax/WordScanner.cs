namespace ReportLint.Core.Syntax;

/// <summary>Scans a run of letters and decides whether it is a word, an abbreviation, a Roman numeral or a code.</summary>
internal static class WordScanner
{
    public static Token Scan(string text, int start, int limit)
    {
        var end = ChunkEnd(text, start, limit);
        var info = ChunkInfo.Of(text, start, end);
        var kind = info.Classify(text, start, end);
        var flags = info.Flags;

        // Joined forms: `T.Ư`, `UVT.Ư`, `TP.HCM`, `v.v`, `KT-XH`, `COVID-19`, `KH&CN`.
        while (end + 1 < limit && text[end] is '.' or '-' or '&' && Tokenizer.IsWordChar(text[end + 1]))
        {
            var nextEnd = ChunkEnd(text, end + 1, limit);
            var next = ChunkInfo.Of(text, end + 1, nextEnd);
            var nextKind = next.Classify(text, end + 1, nextEnd);
            var joined = text[end] switch
            {
                '.' => JoinDotted(text, start, end, info, next, nextEnd),
                '-' => JoinHyphenated(kind, nextKind),
                _ => JoinAmpersand(kind, info, nextKind, next),
            };
            if (joined is not { } joinedKind)
            {
                break;
            }
            kind = joinedKind;
            flags &= next.Flags | TokenFlags.Capitalized | TokenFlags.NonAscii;
            flags |= next.Flags & TokenFlags.NonAscii;
            info = next;
            end = nextEnd;
        }
        return new Token(kind, start, end - start, flags);
    }

    private static TokenKind? JoinDotted(string text, int start, int end, ChunkInfo left, ChunkInfo right, int nextEnd)
    {
        if (left.IsLettersOnly && right.IsLettersOnly && left.Flags.HasFlag(TokenFlags.AllUpper) && right.Flags.HasFlag(TokenFlags.AllUpper))
        {
            return TokenKind.Abbreviation;
        }
        // `v.v` (vân vân, "etc.").
        if (end - start == 1 && nextEnd - end == 2 && text[start] == 'v' && text[end + 1] == 'v')
        {
            return TokenKind.Abbreviation;
        }
        return null;
    }

    /// <summary>
    /// `KH&CN`, `GD&ĐT`, `NN&PTNT`: capitals joined by `&` (for `và`) are one abbreviation. One side may read as a
    /// syllable (`QP&AN`), not both: `A&B` between two upper-case words of a heading is left as it is.
    /// </summary>
    private static TokenKind? JoinAmpersand(TokenKind leftKind, ChunkInfo left, TokenKind rightKind, ChunkInfo right) =>
        left.IsLettersOnly && right.IsLettersOnly && left.Flags.HasFlag(TokenFlags.AllUpper) && right.Flags.HasFlag(TokenFlags.AllUpper)
        && (leftKind == TokenKind.Abbreviation || rightKind == TokenKind.Abbreviation)
            ? TokenKind.Abbreviation
            : null;

    private static TokenKind? JoinHyphenated(TokenKind left, TokenKind right) => (left, right) switch
    {
        (TokenKind.Abbreviation, TokenKind.Abbreviation) => TokenKind.Abbreviation,
        (TokenKind.Abbreviation or TokenKind.Code, TokenKind.Code or TokenKind.Number or TokenKind.Abbreviation) => TokenKind.Code,
        _ => null,
    };

    private static int ChunkEnd(string text, int start, int limit)
    {
        var end = start;
        while (end < limit && Tokenizer.IsWordChar(text[end]))
        {
            end++;
        }
        return end;
    }

    private readonly record struct ChunkInfo(TokenFlags Flags, int Upper, int Lower, bool HasDigit, bool HasLetter)
    {
        public bool IsLettersOnly => HasLetter && !HasDigit;

        public static ChunkInfo Of(string text, int start, int end)
        {
            int upper = 0, lower = 0;
            bool digit = false, nonAscii = false, marks = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c) || char.IsDigit(c))
                {
                    digit = true;
                    continue;
                }
                if (c >= 0x80)
                {
                    nonAscii = true;
                    if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                        or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                    {
                        marks = true;
                        continue;
                    }
                }
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLetter(c))
                {
                    lower++;
                }
            }
            var flags = TokenFlags.None;
            if (char.IsUpper(text[start]))
            {
                flags |= TokenFlags.Capitalized;
            }
            if (upper > 0 && lower == 0)
            {
                flags |= TokenFlags.AllUpper;
            }
            if (nonAscii)
            {
                flags |= TokenFlags.NonAscii;
            }
            if (marks)
            {
                flags |= TokenFlags.CombiningMarks;
            }
            return new ChunkInfo(flags, upper, lower, digit, upper + lower > 0);
        }

        public TokenKind Classify(string text, int start, int end)
        {
            if (HasDigit)
            {
                return HasLetter ? TokenKind.Code : TokenKind.Number;
            }
            if (Lower > 0)
            {
                // `CTr`, `QĐi`, `TTr`: two capitals and a short lower-case tail.
                return Upper >= 2 && Lower <= 2 && char.IsUpper(text[start]) ? TokenKind.Abbreviation : TokenKind.Word;
            }
            if (Upper == 0)
            {
                return TokenKind.Word; // only combining marks
            }
            var span = text.AsSpan(start, end - start);
            if (RomanNumerals.IsRomanShaped(span))
            {
                return TokenKind.RomanNumeral;
            }
            if (span.Length == 1)
            {
                return TokenKind.Word;
            }
            // All capitals: `BÁO CÁO` and `NINH BÌNH` are words in a heading, `UBND` is not.
            return SyllableShape.IsUpperCaseSyllable(span) ? TokenKind.Word : TokenKind.Abbreviation;
        }
    }
}
