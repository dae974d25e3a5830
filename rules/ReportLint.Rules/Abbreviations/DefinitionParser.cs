using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// Recognises `full form (ABBR)`, `full form (A, B)` and `full form (sau đây gọi tắt là ABBR)`, and
/// matches each abbreviation's letters to the initials of the words before it, from the last
/// letter backwards (after Schwartz and Hearst): a few small words may be skipped inside
/// (`Sở Giáo dục và Đào tạo`) and a few at the end (`Mặt trận Tổ quốc Việt Nam (MTTQ)`).
/// </summary>
internal static class DefinitionParser
{
    private const int MaxTrailing = 4;

    private enum ItemKind : byte
    {
        Word,
        And,
        Comma,
        Dash,
    }

    private readonly record struct Item(int Token, ItemKind Kind)
    {
        public bool IsWord => Kind is ItemKind.Word or ItemKind.And;

        public bool IsBoundary => Kind is ItemKind.Comma or ItemKind.And;
    }

    private readonly record struct Match(int Start, int CoreEnd, int End);

    public static void TryParse(ParagraphSyntax paragraph, int open, List<AbbreviationDefinition> output)
    {
        if (ReadParentheses(paragraph, open) is not { } content)
        {
            return;
        }
        var (abbreviations, close) = content;
        var before = Skip(paragraph, open - 1, -1);
        // `phong trào “Dân vận khéo” (DVK)`: the full form may sit in quotes.
        var quoted = before > 0 && (IsChar(paragraph, paragraph.Tokens[before], '”') || IsChar(paragraph, paragraph.Tokens[before], '"'));
        if (quoted)
        {
            before--;
        }
        if (before < 0 || !IsWordToken(paragraph, paragraph.Tokens[before]))
        {
            return;
        }
        var letters = abbreviations.Select(s => AbbreviationText.Letters(Text(paragraph, s))).ToArray();
        var window = BuildWindow(paragraph, before, 4 * letters.Sum(l => l.Count) + 6);
        var multi = abbreviations.Count > 1;
        var results = new AbbreviationDefinition[abbreviations.Count];
        var end = window.Count;
        for (var a = abbreviations.Count - 1; a >= 0; a--)
        {
            var abbreviationSpan = abbreviations[a];
            var abbreviation = Text(paragraph, abbreviationSpan);
            var match = TryMatch(paragraph, window, end, letters[a], multi);
            var preceding = Preceding(paragraph, window, end, letters[a].Count + 2, multi);
            if (match is { } m)
            {
                var span = TextSpan.FromBounds(paragraph.Tokens[window[m.Start].Token].Start, paragraph.Tokens[window[m.End].Token].End);
                TextSpan? construct = multi || quoted ? null : TextSpan.FromBounds(span.Start, paragraph.Tokens[close].End);
                results[a] = new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), abbreviationSpan,
                    paragraph.Text.Substring(span.Start, span.Length), span, Core(paragraph, window, m), true, true, null, preceding, construct);
                end = m.Start;
            }
            else
            {
                var suggestion = Suggest(paragraph, window, end, abbreviation, multi);
                results[a] = new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), abbreviationSpan,
                    null, null, null, false, suggestion is not null || LikelyIntended(paragraph, window, end, letters[a], multi),
                    suggestion, preceding, null);
                end = multi ? PreviousBoundary(window, end) : 0;
            }
        }
        output.AddRange(results);
    }

    /// <summary>Whether `fullForm (abbreviation)` would be a matching definition (so an expansion fix is clean).</summary>
    public static bool Fits(string fullForm, string abbreviation)
    {
        var syntax = ParagraphSyntax.Parse($"{fullForm} ({abbreviation})");
        var open = -1;
        for (var i = syntax.Tokens.Count - 1; i >= 0 && open < 0; i--)
        {
            if (IsChar(syntax, syntax.Tokens[i], '('))
            {
                open = i;
            }
        }
        var results = new List<AbbreviationDefinition>(1);
        if (open >= 0)
        {
            TryParse(syntax, open, results);
        }
        return results.Count == 1 && results[0].Matched;
    }

    /// <summary>
    /// The reverse order `ĐBQH (đại biểu Quốc hội)`: the abbreviation (tokens
    /// <paramref name="first"/>..<paramref name="last"/>) followed by its full form in parentheses.
    /// Only an exact fit from the first word counts, since parentheses after a name hold many things.
    /// </summary>
    public static void TryParseReverse(ParagraphSyntax paragraph, int first, int last, List<AbbreviationDefinition> output)
    {
        var tokens = paragraph.Tokens;
        var open = Skip(paragraph, last + 1, 1);
        if (open < 0 || !IsChar(paragraph, tokens[open], '('))
        {
            return;
        }
        var close = open + 1;
        while (close < tokens.Count && (tokens[close].Kind.IsTrivia() || IsWordToken(paragraph, tokens[close])
            || IsChar(paragraph, tokens[close], ',') || IsChar(paragraph, tokens[close], '-') || IsChar(paragraph, tokens[close], '–')))
        {
            close++;
        }
        if (close >= tokens.Count || !IsChar(paragraph, tokens[close], ')') || Skip(paragraph, close - 1, -1) is var lastWord && lastWord <= open)
        {
            return;
        }
        var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
        var abbreviation = Text(paragraph, span);
        var letters = AbbreviationText.Letters(abbreviation);
        var window = BuildWindow(paragraph, lastWord, 4 * letters.Count + 6);
        if (window.Count == 0 || window[0].Token != Skip(paragraph, open + 1, 1)
            || TryMatch(paragraph, window, window.Count, letters, multi: false) is not { Start: 0 } match)
        {
            return;
        }
        var full = TextSpan.FromBounds(tokens[window[0].Token].Start, tokens[window[match.End].Token].End);
        output.Add(new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), span,
            paragraph.Text.Substring(full.Start, full.Length), full, Core(paragraph, window, match), true, true, null, "",
            TextSpan.FromBounds(span.Start, tokens[close].End)));
    }

    /// <summary>The abbreviations inside `( … )` and the closing parenthesis, or null when it is not a definition.</summary>
    private static (List<TextSpan> Abbreviations, int Close)? ReadParentheses(ParagraphSyntax paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        var i = Skip(paragraph, open + 1, 1);
        string? lastLeadIn = null;
        while (i >= 0 && tokens[i].Kind == TokenKind.Word && IsLeadIn(paragraph.GetText(tokens[i])))
        {
            lastLeadIn = paragraph.GetString(tokens[i]);
            i = Skip(paragraph, i + 1, 1);
        }
        if (lastLeadIn is not null && lastLeadIn != "là")
        {
            return null;
        }
        var abbreviations = new List<TextSpan>(2);
        while (i >= 0 && IsCandidate(paragraph, tokens[i]))
        {
            var last = CompoundEnd(paragraph, i);
            abbreviations.Add(TextSpan.FromBounds(tokens[i].Start, tokens[last].End));
            i = Skip(paragraph, last + 1, 1);
            if (i < 0)
            {
                return null;
            }
            if (IsChar(paragraph, tokens[i], ')'))
            {
                return (abbreviations, i);
            }
            if (!IsChar(paragraph, tokens[i], ',') && !IsChar(paragraph, tokens[i], ';') && !IsAnd(paragraph, tokens[i]))
            {
                return null;
            }
            i = Skip(paragraph, i + 1, 1);
        }
        return null;
    }

    private static List<Item> BuildWindow(ParagraphSyntax paragraph, int last, int budget)
    {
        var items = new List<Item>();
        var words = 0;
        for (var i = last; i >= 0 && words < budget; i--)
        {
            var token = paragraph.Tokens[i];
            if (token.Kind.IsTrivia())
            {
                continue;
            }
            if (IsWordToken(paragraph, token))
            {
                items.Add(new Item(i, IsAnd(paragraph, token) ? ItemKind.And : ItemKind.Word));
                words++;
            }
            else if (IsChar(paragraph, token, ',') || IsChar(paragraph, token, ';'))
            {
                items.Add(new Item(i, ItemKind.Comma));
            }
            else if (IsChar(paragraph, token, '-') || IsChar(paragraph, token, '–') || IsChar(paragraph, token, '—'))
            {
                items.Add(new Item(i, ItemKind.Dash));
            }
            else
            {
                break;
            }
        }
        items.Reverse();
        // A full form never starts with a separator.
        while (items.Count > 0 && !items[0].IsWord)
        {
            items.RemoveAt(0);
        }
        return items;
    }

    private static Match? TryMatch(ParagraphSyntax paragraph, List<Item> window, int end, List<string> letters, bool multi)
    {
        // The separator that ends the previous full form of a multiple definition (`cán bộ, công chức`).
        var last = end - 1;
        while (last >= 0 && window[last].IsBoundary)
        {
            last--;
        }
        var candidate = last;
        for (var trailing = 0; trailing <= MaxTrailing && candidate >= 0; trailing++)
        {
            if (!window[candidate].IsWord)
            {
                break; // trailing words never cross a comma or dash
            }
            if (Matches(paragraph, letters[^1], window[candidate]) && MatchBackwards(paragraph, window, candidate, letters, multi) is { } start)
            {
                return new Match(start, candidate, last);
            }
            candidate--;
        }
        return null;
    }

    private static int? MatchBackwards(ParagraphSyntax paragraph, List<Item> window, int position, List<string> letters, bool multi)
    {
        var skipped = 0;
        var maxSkipped = Math.Max(2, letters.Count / 2);
        for (var letter = letters.Count - 2; letter >= 0; letter--)
        {
            var q = position - 1;
            while (q >= 0 && !(window[q].IsWord && Matches(paragraph, letters[letter], window[q])))
            {
                if (multi && window[q].IsBoundary)
                {
                    return null;
                }
                if (window[q].IsWord && ++skipped > maxSkipped)
                {
                    return null;
                }
                q--;
            }
            if (q < 0)
            {
                return null;
            }
            position = q;
        }
        return position;
    }

    private static bool Matches(ParagraphSyntax paragraph, string letter, Item item) =>
        AbbreviationText.MatchesInitial(letter, paragraph.GetText(paragraph.Tokens[item.Token]));

    private static string Core(ParagraphSyntax paragraph, List<Item> window, Match match)
    {
        var builder = new StringBuilder();
        for (var i = match.Start; i <= match.CoreEnd; i++)
        {
            if (window[i].IsWord)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(paragraph.GetString(paragraph.Tokens[window[i].Token]).ToLowerInvariant());
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The last few words before the parentheses (for a mismatch message).</summary>
    private static string Preceding(ParagraphSyntax paragraph, List<Item> window, int end, int words, bool multi)
    {
        var last = end - 1;
        while (last >= 0 && !window[last].IsWord)
        {
            last--;
        }
        var first = last;
        for (var count = 1; first > 0 && count < words; first--)
        {
            if (multi && window[first - 1].IsBoundary)
            {
                break;
            }
            if (window[first - 1].IsWord)
            {
                count++;
            }
        }
        if (last < 0)
        {
            return "";
        }
        var span = TextSpan.FromBounds(paragraph.Tokens[window[first].Token].Start, paragraph.Tokens[window[last].Token].End);
        return paragraph.Text.Substring(span.Start, span.Length);
    }

    /// <summary>Whether the writer plausibly built the abbreviation from these words: half its letters occur among their initials.</summary>
    private static bool LikelyIntended(ParagraphSyntax paragraph, List<Item> window, int end, List<string> letters, bool multi)
    {
        if (letters.Any(l => l[0] is 'F' or 'J' or 'Z'))
        {
            return false; // a foreign acronym (FDI, JICA) glossed in Vietnamese
        }
        var initials = new List<char>();
        for (var i = end - 1; i >= 0 && initials.Count < letters.Count + 2; i--)
        {
            if (multi && window[i].IsBoundary && initials.Count > 0)
            {
                break;
            }
            if (window[i].IsWord)
            {
                initials.Add(AbbreviationText.InitialOf(paragraph.GetText(paragraph.Tokens[window[i].Token])));
            }
        }
        var found = 0;
        foreach (var letter in letters)
        {
            var c = letter[0] == 'W' ? 'Ư' : letter[0];
            var index = initials.IndexOf(c);
            if (index >= 0)
            {
                initials.RemoveAt(index);
                found++;
            }
        }
        return found * 2 >= letters.Count && found >= 2;
    }

    /// <summary>`TCD` after `tổ chức đảng` → `TCĐ`: the same letters with D and Đ swapped, if that fits.</summary>
    private static string? Suggest(ParagraphSyntax paragraph, List<Item> window, int end, string abbreviation, bool multi)
    {
        for (var i = 0; i < abbreviation.Length; i++)
        {
            if (abbreviation[i] is not ('D' or 'Đ'))
            {
                continue;
            }
            var swapped = abbreviation[..i] + (abbreviation[i] == 'D' ? 'Đ' : 'D') + abbreviation[(i + 1)..];
            if (TryMatch(paragraph, window, end, AbbreviationText.Letters(swapped), multi) is not null)
            {
                return swapped;
            }
        }
        return null;
    }

    private static int PreviousBoundary(List<Item> window, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (window[i].IsBoundary)
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>
    /// The last token of a hyphenated abbreviation the tokenizer split because one part reads as a
    /// syllable (`QP-AN`: `AN` is a word), starting at candidate token <paramref name="first"/>.
    /// </summary>
    public static int CompoundEnd(ParagraphSyntax paragraph, int first)
    {
        var tokens = paragraph.Tokens;
        var end = first;
        while (end + 2 < tokens.Count && IsChar(paragraph, tokens[end + 1], '-') && tokens[end + 1].Start == tokens[end].End
            && tokens[end + 2].Start == tokens[end + 1].End && IsCandidate(paragraph, tokens[end + 2]))
        {
            end += 2;
        }
        return end;
    }

    public static bool IsCandidate(ParagraphSyntax paragraph, Token token) =>
        (token.Kind == TokenKind.Abbreviation || (token.Kind == TokenKind.Word && token.Has(TokenFlags.AllUpper)))
        && AbbreviationText.HasAbbreviationShape(paragraph.GetText(token));

    /// <summary>A word, including an upper-case one the tokenizer took for an abbreviation (`ỦY BAN`).</summary>
    private static bool IsWordToken(ParagraphSyntax paragraph, Token token) =>
        token.Kind == TokenKind.Word
        || (token.Kind == TokenKind.Abbreviation && !AbbreviationText.HasAbbreviationShape(paragraph.GetText(token)));

    private static bool IsLeadIn(ReadOnlySpan<char> word) =>
        word is "sau" or "đây" or "gọi" or "viết" or "tắt" or "là" or "chung";

    private static bool IsAnd(ParagraphSyntax paragraph, Token token) =>
        token.Kind == TokenKind.Word && paragraph.GetText(token) is "và";

    private static bool IsChar(ParagraphSyntax paragraph, Token token, char c) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && paragraph.Text[token.Start] == c;

    private static string Text(ParagraphSyntax paragraph, TextSpan span) =>
        paragraph.Text.Substring(span.Start, span.Length).Normalize(NormalizationForm.FormC);

    /// <summary>The next non-trivia token index from <paramref name="i"/> in a direction, or -1.</summary>
    private static int Skip(ParagraphSyntax paragraph, int i, int step)
    {
        while (i >= 0 && i < paragraph.Tokens.Count && paragraph.Tokens[i].Kind.IsTrivia())
        {
            i += step;
        }
        return i >= 0 && i < paragraph.Tokens.Count ? i : -1;
    }
}
