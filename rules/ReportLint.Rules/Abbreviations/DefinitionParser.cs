using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

using static DefinitionTokens;

/// <summary>
/// Recognises definitions: `full form (ABBR)`, several at once `full form (A, B)` or `(BCH TW)`, with a lead-in
/// `full form (sau đây gọi tắt là ABBR)`, and the reverse order `ABBR (full form)`. The letters
/// are matched to the words by <see cref="FullFormWindow"/>.
/// </summary>
internal static class DefinitionParser
{
    public static void TryParse(ParagraphSyntax paragraph, int open, List<AbbreviationDefinition> output)
    {
        if (ReadParentheses(paragraph, open) is not { } content)
        {
            return;
        }
        var (abbreviations, close, keptNoun, keptTail) = content;
        var lastBeforeParenthesis = Skip(paragraph, open - 1, -1);
        // `tổ chức cơ sở đảng (TCCS đảng)`: the letters spell the words before `đảng`.
        var before = keptTail?.FullFormEnd ?? lastBeforeParenthesis;
        // `phong trào “Dân vận khéo” (DVK)`: the full form may sit in quotes.
        var quoted = before > 0 && (IsChar(paragraph, paragraph.Tokens[before], '”') || IsChar(paragraph, paragraph.Tokens[before], '"'));
        if (quoted)
        {
            before--;
        }
        if (before > 0 && abbreviations.Count == 1 && NumeralEnding(paragraph, before, abbreviations[0]) is { } numeral)
        {
            TryParseWithNumeral(paragraph, before, numeral, abbreviations[0], close, output);
            return;
        }
        if (before < 0 || !IsWordToken(paragraph, paragraph.Tokens[before]))
        {
            return;
        }
        var letters = abbreviations.Select(s => AbbreviationText.Letters(Text(paragraph, s))).ToArray();
        var window = FullFormWindow.Build(paragraph, before, 4 * letters.Sum(l => l.Count) + 6);
        var multi = abbreviations.Count > 1;
        var results = new AbbreviationDefinition[abbreviations.Count];
        var end = window.Count;
        for (var a = abbreviations.Count - 1; a >= 0; a--)
        {
            var abbreviationSpan = abbreviations[a];
            var abbreviation = Text(paragraph, abbreviationSpan);
            var match = window.TryMatch(end, letters[a], multi);
            var preceding = window.Preceding(end, letters[a], multi);
            if (match is { } cut && window.NameCut(cut) is { } name)
            {
                // `Hội Liên hiệp Phụ nữ (HPN)`: the letters fit only the name's tail.
                results[a] = new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), abbreviationSpan,
                    null, null, null, false, true, name.Initials == abbreviation ? null : name.Initials, name.Name, null);
                end = multi ? window.PreviousBoundary(end) : 0;
            }
            else if (match is { } m)
            {
                var span = window.Span(m);
                TextSpan? construct = multi || quoted || keptTail is { Inside: true } ? null : TextSpan.FromBounds(span.Start, paragraph.Tokens[close].End);
                var core = window.CoreSpan(m);
                results[a] = new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), abbreviationSpan,
                    QuotedText.OnOneLine(paragraph.Text.Substring(span.Start, span.Length)), span, window.Core(m), true, true, null, preceding, construct)
                {
                    CoreSpan = core,
                    Kept = construct is null ? null : KeptAfter(paragraph, core, lastBeforeParenthesis),
                };
                end = m.Start;
            }
            else
            {
                var suggestion = window.Suggest(end, abbreviation, multi);
                results[a] = new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), abbreviationSpan,
                    null, null, null, false, suggestion is not null || window.LikelyIntended(end, letters[a], multi),
                    suggestion, preceding, null);
                end = multi ? window.PreviousBoundary(end) : 0;
            }
        }
        // A single abbreviation the words right before do not spell may spell the words after a kept noun, or before a quotation.
        if (!multi && !results[0].Matched
            && ((keptNoun >= 0 ? MatchAfterKeptNoun(paragraph, open, keptNoun, letters[0]) : null)
                ?? (quoted ? MatchBeforeQuotation(paragraph, before, letters[0]) : null)) is { } found)
        {
            results[0] = results[0] with
            {
                FullForm = QuotedText.OnOneLine(paragraph.Text.Substring(found.Span.Start, found.Span.Length)),
                FullFormSpan = found.Span,
                Core = found.Core,
                Matched = true,
                Suggestion = null,
            };
        }
        if (keptTail is { MustMatch: true } && !results[0].Matched)
        {
            return; // `Viễn thông Bắc Thành (VNPT Bắc Thành)`: a brand before a place, no definition of its letters
        }
        if (multi)
        {
            var group = new DefinitionGroup(
                results.All(r => r.Matched) ? TextSpan.FromBounds(results[0].FullFormSpan!.Value.Start, results[^1].FullFormSpan!.Value.End) : null,
                TextSpan.FromBounds(abbreviations[0].Start, abbreviations[^1].End));
            for (var a = 0; a < results.Length; a++)
            {
                results[a] = results[a] with { Group = group };
            }
        }
        output.AddRange(results);
    }

    /// <summary>`bác sĩ chuyên khoa II (CKII)`: the Roman numeral closing the full form closes the abbreviation too; its length, or null.</summary>
    private static int? NumeralEnding(ParagraphSyntax paragraph, int before, TextSpan abbreviation)
    {
        var token = paragraph.Tokens[before];
        if (token.Kind != TokenKind.RomanNumeral)
        {
            return null;
        }
        var numeral = paragraph.GetText(token);
        var text = Text(paragraph, abbreviation);
        return text.Length > numeral.Length + 1 && text.EndsWith(numeral, StringComparison.Ordinal) ? numeral.Length : null;
    }

    private static void TryParseWithNumeral(ParagraphSyntax paragraph, int numeralToken, int numeralLength, TextSpan abbreviationSpan,
        int close, List<AbbreviationDefinition> output)
    {
        var last = Skip(paragraph, numeralToken - 1, -1);
        var abbreviation = Text(paragraph, abbreviationSpan);
        var letters = AbbreviationText.Letters(abbreviation[..^numeralLength]);
        if (last < 0 || !IsWordToken(paragraph, paragraph.Tokens[last]))
        {
            return;
        }
        var window = FullFormWindow.Build(paragraph, last, 4 * letters.Count + 6);
        if (window.TryMatch(window.Count, letters, multi: false) is not { } match)
        {
            return; // no claim either way: a numeral after a name is often not part of it
        }
        var words = window.Span(match);
        var span = TextSpan.FromBounds(words.Start, paragraph.Tokens[numeralToken].End);
        // Words between the letters' last one and the numeral (`chuyên khoa cấp II (CKII)`): the abbreviation's place
        // among them is unclear, so no construct to shorten.
        TextSpan? construct = match.CoreEnd == match.End ? TextSpan.FromBounds(span.Start, paragraph.Tokens[close].End) : null;
        output.Add(new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), abbreviationSpan,
            QuotedText.OnOneLine(paragraph.Text.Substring(span.Start, span.Length)), span, $"{window.Core(match)} {paragraph.GetText(paragraph.Tokens[numeralToken])}",
            true, true, null, window.Preceding(window.Count, letters, false), construct) { CoreSpan = construct is null ? null : span });
    }

    /// <summary>
    /// `Cuộc vận động “Toàn dân đoàn kết …” (sau đây gọi tắt là CVĐ)`: the quotation names the campaign and
    /// the letters stand for the words before it. <paramref name="closingQuote"/> is the token ending the quotation.
    /// </summary>
    private static (TextSpan Span, string Core)? MatchBeforeQuotation(ParagraphSyntax paragraph, int closingQuote, List<string> letters)
    {
        var opening = closingQuote - 1;
        while (opening >= 0 && !IsChar(paragraph, paragraph.Tokens[opening], '“') && !IsChar(paragraph, paragraph.Tokens[opening], '"'))
        {
            opening--;
        }
        var last = opening > 0 ? Skip(paragraph, opening - 1, -1) : -1;
        if (last < 0 || !IsWordToken(paragraph, paragraph.Tokens[last]))
        {
            return null;
        }
        var window = FullFormWindow.Build(paragraph, last, 4 * letters.Count + 6);
        return window.TryMatch(window.Count, letters, multi: false) is { } match ? (window.Span(match), window.Core(match)) : null;
    }

    /// <summary>
    /// Whether `fullForm (abbreviation)` would be a matching definition (so an expansion fix is clean); with
    /// <paramref name="whole"/>, one whose letters stand for all of <paramref name="fullForm"/>, not only its last words.
    /// </summary>
    public static bool Fits(string fullForm, string abbreviation, bool whole = false)
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
        return results.Count == 1 && results[0].Matched && (!whole || results[0].FullForm == fullForm);
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
        var window = FullFormWindow.Build(paragraph, lastWord, 4 * letters.Count + 6);
        if (window.Count == 0 || window.TokenOf(0) != Skip(paragraph, open + 1, 1)
            || window.TryMatch(window.Count, letters, multi: false) is not { Start: 0 } match)
        {
            return;
        }
        var full = window.Span(match);
        var core = window.CoreSpan(match);
        output.Add(new AbbreviationDefinition(abbreviation, AbbreviationText.Key(abbreviation), span,
            QuotedText.OnOneLine(paragraph.Text.Substring(full.Start, full.Length)), full, window.Core(match), true, true, null, "",
            TextSpan.FromBounds(span.Start, tokens[close].End)) { CoreSpan = core, Kept = KeptAfter(paragraph, core, lastWord) });
    }

    /// <summary>From the end of the words the letters cover to the end of token <paramref name="last"/>, when words lie there.</summary>
    private static TextSpan? KeptAfter(ParagraphSyntax paragraph, TextSpan core, int last) =>
        last >= 0 && paragraph.Tokens[last].End > core.End ? TextSpan.FromBounds(core.End, paragraph.Tokens[last].End) : null;

    /// <summary>
    /// `Tổ công nghệ số cộng đồng (Tổ CNSCĐ)`, `Ban Chỉ huy Phòng chống thiên tai … (Ban Chỉ huy PCTT và TKCN)`: a common
    /// noun of up to three words kept before the abbreviation, written as the full form's first words; the index of the
    /// abbreviation after it, or null.
    /// </summary>
    private static int? KeptNoun(ParagraphSyntax paragraph, int open, int word)
    {
        var tokens = paragraph.Tokens;
        var words = new List<int>(MaxKeptNounWords);
        var next = word;
        while (next >= 0 && tokens[next].Kind == TokenKind.Word && !IsCandidate(paragraph, tokens[next]) && words.Count < MaxKeptNounWords)
        {
            words.Add(next);
            next = Skip(paragraph, next + 1, 1);
        }
        if (words.Count == 0 || next < 0 || !IsCandidate(paragraph, tokens[next]))
        {
            return null;
        }
        var seen = 0;
        for (var k = open - 1; k >= 0 && seen < MaxKeptNounDistance + words.Count; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }
            seen++;
            if (WrittenFrom(paragraph, k, words))
            {
                return next;
            }
        }
        return null;
    }

    /// <summary>The words at <paramref name="words"/> are written from token <paramref name="start"/> on, one after another.</summary>
    private static bool WrittenFrom(ParagraphSyntax paragraph, int start, List<int> words)
    {
        var tokens = paragraph.Tokens;
        var k = start;
        foreach (var word in words)
        {
            if (k < 0 || tokens[k].Kind != TokenKind.Word || !paragraph.GetText(tokens[k]).Equals(paragraph.GetText(tokens[word]), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            k = Skip(paragraph, k + 1, 1);
        }
        return true;
    }

    private const int MaxKeptNounWords = 3;

    /// <summary>
    /// `tổ chức cơ sở đảng (TCCS đảng)`, `Ban Thường vụ Huyện ủy (BTV Huyện ủy)`, `Trung ương Hội Nông dân Việt Nam (TW Hội)`,
    /// `Ban Chỉ đạo 35 huyện (BCĐ 35)`: words (or the number naming a body) after the abbreviation, up to `)`, that repeat words of the name before the parenthesis, at its end or inside
    /// it: the abbreviation stands for the words before them. (A name after a brand, `Viễn thông Bắc Thành (VNPT Bắc
    /// Thành)`, is no such tail: a capitalized tail, or one inside the name, counts only when the letters spell the words
    /// before it.) Null when the words are not repeated.
    /// </summary>
    private static KeptTail? FindKeptTail(ParagraphSyntax paragraph, int open, int first)
    {
        var tokens = paragraph.Tokens;
        var words = new List<int>(MaxKeptTailWords);
        var i = first;
        var capitalized = false;
        while (i >= 0 && tokens[i].Kind is TokenKind.Word or TokenKind.Number && words.Count < MaxKeptTailWords)
        {
            capitalized |= tokens[i].Has(TokenFlags.Capitalized) || tokens[i].Kind == TokenKind.Number; // a number names, as a capital does
            words.Add(i);
            i = Skip(paragraph, i + 1, 1);
        }
        if (words.Count == 0 || i < 0 || !IsChar(paragraph, tokens[i], ')'))
        {
            return null;
        }
        var end = Skip(paragraph, open - 1, -1);
        for (var distance = 0; end >= 0 && tokens[end].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral or TokenKind.Number
            && distance < MaxKeptNounDistance; distance++)
        {
            if (FullFormEndBefore(paragraph, words, end) is { } fullFormEnd)
            {
                return new KeptTail(i, fullFormEnd, capitalized || distance > 0, distance > 0);
            }
            end = Skip(paragraph, end - 1, -1); // the name does not cross punctuation (`khóa XX` is in it)
        }
        return null;
    }

    /// <summary>When the words end at token <paramref name="last"/>, the last token before them; otherwise null.</summary>
    private static int? FullFormEndBefore(ParagraphSyntax paragraph, List<int> words, int last)
    {
        var at = last;
        for (var w = words.Count - 1; w >= 0; w--)
        {
            if (at < 0 || !paragraph.GetText(paragraph.Tokens[at]).Equals(paragraph.GetText(paragraph.Tokens[words[w]]), StringComparison.Ordinal))
            {
                return null;
            }
            at = Skip(paragraph, at - 1, -1);
        }
        return at < 0 ? null : at;
    }

    /// <summary>
    /// Words kept after the abbreviation: <paramref name="Close"/> is the `)`, <paramref name="FullFormEnd"/> the last
    /// token the letters spell; a tail found inside the name (<paramref name="Inside"/>) leaves no construct to shorten.
    /// </summary>
    private readonly record struct KeptTail(int Close, int FullFormEnd, bool MustMatch, bool Inside);

    private const int MaxKeptTailWords = 3;

    private const int MaxKeptNounDistance = 12;

    /// <summary>
    /// `Ban Quản lý dự án đầu tư xây dựng huyện (Ban QLDA)`: the letters are the initials of the words right after the
    /// kept noun, however many words qualify them before the parentheses.
    /// </summary>
    private static (TextSpan Span, string Core)? MatchAfterKeptNoun(ParagraphSyntax paragraph, int open, int keptNoun, List<string> letters)
    {
        var tokens = paragraph.Tokens;
        var noun = paragraph.GetText(tokens[keptNoun]);
        var start = -1;
        for (var k = open - 1; k >= 0 && start < 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && paragraph.GetText(tokens[k]).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                start = k;
            }
        }
        var words = new List<int>(letters.Count);
        for (var k = start + 1; start >= 0 && k < open && words.Count < letters.Count; k++)
        {
            if (tokens[k].Kind.IsTrivia())
            {
                continue;
            }
            if (!IsWordToken(paragraph, tokens[k]) || !AbbreviationText.MatchesInitial(letters[words.Count], paragraph.GetText(tokens[k])))
            {
                return null;
            }
            words.Add(k);
        }
        if (words.Count != letters.Count)
        {
            return null;
        }
        var span = TextSpan.FromBounds(tokens[words[0]].Start, tokens[words[^1]].End);
        var core = string.Join(' ', words.Select(w => paragraph.GetString(tokens[w]).ToLowerInvariant())).Normalize(NormalizationForm.FormC);
        return (span, core);
    }

    /// <summary>The abbreviations inside `( … )` and the closing parenthesis, or null when it is not a definition.</summary>
    private static (List<TextSpan> Abbreviations, int Close, int KeptNoun, KeptTail? KeptTail)? ReadParentheses(ParagraphSyntax paragraph, int open)
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
        var keptNoun = -1;
        if (lastLeadIn is null && i >= 0 && KeptNoun(paragraph, open, i) is { } afterNoun)
        {
            keptNoun = i;
            i = afterNoun; // `Tổ công nghệ số cộng đồng (Tổ CNSCĐ)`
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
                return (abbreviations, i, keptNoun, null);
            }
            if (abbreviations.Count == 1 && keptNoun < 0 && FindKeptTail(paragraph, open, i) is { } tail)
            {
                return (abbreviations, tail.Close, keptNoun, tail);
            }
            if (IsCandidate(paragraph, tokens[i]))
            {
                continue; // `Ban Chấp hành Trung ương (BCH TW)`: parts written apart, each for its words
            }
            if (!IsChar(paragraph, tokens[i], ',') && !IsChar(paragraph, tokens[i], ';') && !IsAnd(paragraph, tokens[i]))
            {
                return null;
            }
            i = Skip(paragraph, i + 1, 1);
        }
        return null;
    }
}
