using System.Globalization;
using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

/// <summary>
/// Splits one paragraph into tokens that cover it exactly, in order, without overlap.
/// Knows Vietnamese letters (NFC and NFD), Vietnamese number formats, abbreviations,
/// document symbols, Roman numerals, URLs, domains and e-mail addresses.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, IReadOnlyList<TextSpan> excluded, List<Token> output)
    {
        var position = 0;
        var exclusion = 0;
        while (position < text.Length)
        {
            while (exclusion < excluded.Count && excluded[exclusion].End <= position)
            {
                exclusion++;
            }
            if (exclusion < excluded.Count && excluded[exclusion].Start <= position)
            {
                var end = Math.Min(excluded[exclusion].End, text.Length);
                // A line break inside an excluded range still ends the line for the line map.
                output.Add(new Token(TokenKind.Markup, position, end - position));
                position = end;
                continue;
            }
            var limit = exclusion < excluded.Count ? Math.Min(excluded[exclusion].Start, text.Length) : text.Length;
            var token = Next(text, position, limit);
            output.Add(token);
            position = token.End;
        }
    }

    private static Token Next(string text, int i, int limit)
    {
        var c = text[i];
        if (c == '\r')
        {
            return new Token(TokenKind.LineBreak, i, i + 1 < limit && text[i + 1] == '\n' ? 2 : 1);
        }
        if (SourceText.IsLineTerminator(c))
        {
            return new Token(TokenKind.LineBreak, i, 1);
        }
        if (c == ' ')
        {
            return Run(TokenKind.Space, text, i, limit, static ch => ch == ' ');
        }
        if (IsNoBreakSpace(c))
        {
            return Run(TokenKind.NoBreakSpace, text, i, limit, IsNoBreakSpace);
        }
        if (c == '\t')
        {
            return Run(TokenKind.Tab, text, i, limit, static ch => ch == '\t');
        }
        if (IsOtherSpace(c))
        {
            return Run(TokenKind.OtherSpace, text, i, limit, IsOtherSpace);
        }
        if (IsInvisible(c))
        {
            return Run(TokenKind.Invisible, text, i, limit, IsInvisible);
        }
        if (IsAsciiLetterOrDigit(c) && WebScanner.TryScan(text, i, limit, out var webKind, out var webLength))
        {
            return new Token(webKind, i, webLength);
        }
        if (char.IsAsciiDigit(c))
        {
            return ScanNumber(text, i, limit);
        }
        if (IsWordChar(c))
        {
            return WordScanner.Scan(text, i, limit);
        }
        if (c == '.' && WebScanner.TryScanExtension(text, i, limit, out var extensionLength))
        {
            return new Token(TokenKind.Url, i, extensionLength);
        }
        if (char.IsHighSurrogate(c))
        {
            var pair = i + 1 < limit && char.IsLowSurrogate(text[i + 1]);
            return new Token(pair ? TokenKind.Symbol : TokenKind.Other, i, pair ? 2 : 1);
        }
        return ScanPunctuationOrSymbol(text, i, limit);
    }

    private static Token ScanPunctuationOrSymbol(string text, int i, int limit)
    {
        var c = text[i];
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                if (c == '.' && Matches(text, i, limit, "./."))
                {
                    return new Token(TokenKind.Punctuation, i, 3); // the end-of-report mark
                }
                if (c == '.' && Matches(text, i, limit, "..."))
                {
                    return Run(TokenKind.Punctuation, text, i, limit, static ch => ch == '.');
                }
                return new Token(TokenKind.Punctuation, i, 1);
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return new Token(TokenKind.Symbol, i, 1);
            default:
                return new Token(TokenKind.Other, i, 1);
        }
    }

    private static Token ScanNumber(string text, int i, int limit)
    {
        var j = SkipDigits(text, i, limit);
        while (j + 1 < limit && text[j] is '.' or ',' or '/' or '-' && char.IsAsciiDigit(text[j + 1]))
        {
            j = SkipDigits(text, j + 1, limit);
        }
        if (j + 1 < limit && text[j] is '-' or '/' && IsUpperLetter(text[j + 1]))
        {
            // `02-NQ/ĐUK`, `30/2020/NĐ-CP`, `123/QĐ-UBND`: letters joined by - and /.
            j++;
            while (j < limit && (IsWordChar(text[j]) || (text[j] is '-' or '/' && j + 1 < limit && IsWordChar(text[j + 1]))))
            {
                j++;
            }
            return new Token(TokenKind.DocumentSymbol, i, j - i, TokenFlags.AllUpper);
        }
        if (j < limit && text[j] == '%')
        {
            return new Token(TokenKind.Number, i, j + 1 - i);
        }
        if (j < limit && IsWordChar(text[j]))
        {
            while (j < limit && IsWordChar(text[j]))
            {
                j++;
            }
            return new Token(TokenKind.Code, i, j - i);
        }
        return new Token(TokenKind.Number, i, j - i);
    }

    private static int SkipDigits(string text, int i, int limit)
    {
        while (i < limit && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i;
    }

    private static Token Run(TokenKind kind, string text, int i, int limit, Func<char, bool> predicate)
    {
        var j = i + 1;
        while (j < limit && predicate(text[j]))
        {
            j++;
        }
        return new Token(kind, i, j - i);
    }

    private static bool Matches(string text, int i, int limit, string value) =>
        i + value.Length <= limit && string.CompareOrdinal(text, i, value, 0, value.Length) == 0;

    internal static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }
        if (c < 0x80 || char.IsSurrogate(c))
        {
            return false;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber;
    }

    internal static bool IsUpperLetter(char c) => char.IsUpper(c);

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    internal static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    private static bool IsOtherSpace(char c) =>
        c != ' ' && c != '\t' && !IsNoBreakSpace(c) && !SourceText.IsLineTerminator(c) && char.IsWhiteSpace(c);

    internal static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F';
}
