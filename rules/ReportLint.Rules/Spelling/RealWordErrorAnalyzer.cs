using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Abbreviations;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3003: two valid syllables that are not a word of the domain lexicon but one tone or shape mark
/// away from one (`xây dưng` → `xây dựng`, `đông chí` → `đồng chí`). Each syllable is valid, so only
/// the pair gives the slip away; the finding is a hint, below the invalid-syllable rule, unless the draft
/// itself writes the lexicon form <see cref="Repeated"/> times or more (`xây dưng` next to eight `xây dựng`):
/// then it is a warning.
/// </summary>
public sealed class RealWordErrorAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3003", "lexicon-near-miss",
        new("Có thể gõ nhầm dấu trong từ", "Probable wrong mark in a word"),
        new("“{0}” có thể là “{1}”{2}", "“{0}” is probably “{1}”{2}"),
        RuleFamily.Spelling, ReportSeverity.Info, FixSafety.Unsafe);

    private const int Repeated = 3;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>A paragraph's near misses, and the key hashes of its words for counting the intended forms.</summary>
    private static NearMisses? Collect(ParagraphFactsContext context)
    {
        var tokens = context.Paragraph.Tokens;
        var paragraph = context.Paragraph;
        List<NearMiss>? found = null;
        SpellingData? data = null;
        ParagraphSyllables? syllables = null;
        var lastChanged = -1;
        Span<char> pair = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // A pair is two words separated by one space, or by the line break of a wrapped paragraph (`xây⏎dưng`).
            if (tokens[i].Kind != TokenKind.Word || tokens[i + 1] is not ({ Kind: TokenKind.Space, Length: 1 } or { Kind: TokenKind.LineBreak })
                || tokens[i + 2].Kind != TokenKind.Word)
            {
                continue;
            }
            // Two capitalized syllables are a person's or place's name (`Đỗ Thị`), not a lexicon word.
            if ((IsNamePart(tokens[i]) && IsNamePart(tokens[i + 2])) || AfterPlaceUnit(paragraph, i))
            {
                continue;
            }
            var first = paragraph.GetText(tokens[i]);
            var second = paragraph.GetText(tokens[i + 2]);
            if (first.Length > SyllableValidator.MaxLength || second.Length > SyllableValidator.MaxLength
                || !(VietnameseLetters.HasMark(first) || VietnameseLetters.HasMark(second)))
            {
                continue; // a pair without any mark belongs to a paragraph without diacritics: RL3009's business
            }
            data ??= SpellingData.Get(context.Options);
            if (!data.NearMisses.MayMatch(first, second))
            {
                continue;
            }
            syllables ??= ParagraphSyllables.Get(paragraph, data);
            var key = syllables.PairKey(i, i + 2, pair);
            if (key.IsEmpty)
            {
                continue;
            }
            if (data.Lexicon.ContainsKeyPair(key) || data.NearMisses.Find(key, out var changedSecond) is not { } intended)
            {
                continue;
            }
            var changed = changedSecond ? i + 2 : i;
            if (TokenNavigation.IsWordIn(paragraph, changed, Determiners) || (changedSecond && BeforeAbbreviation(tokens, i + 2) && !RunsIntoMeaning(context.Options, data, paragraph, i + 4, intended))
                || (!changedSecond && TokenNavigation.IsWordIn(paragraph, i + 2, Demonstratives))
                || (!changedSecond && (OpensPlaceName(paragraph, i + 2) || Counted(paragraph, i) || SaysWhereItLies(paragraph, i) || GoesTo(paragraph, i)))
                || (changedSecond && IsCurrency(paragraph, i))
                || RangeOpening.At(paragraph, changed))
            {
                continue; // `mỗi trường` is no `môi trường`, `quỹ này` no `quý này`; `có thẻ BHYT` no `có thể`; `điểm trường thôn Bình An` no `trưởng thôn`
            }
            // The pair may straddle two words: skip it when the unchanged syllable already makes a word with
            // its other neighbour (`công tác phòng` is `công tác` + `phòng`), or the changed one does (`nhân dân quan tâm`).
            if (changed == lastChanged
                || FormsWord(data, paragraph, tokens, changedSecond ? i : i + 2, changedSecond ? i - 2 : i + 4, !changedSecond, wholeWord: true)
                || FormsWord(data, paragraph, tokens, changed, changedSecond ? i + 4 : i - 2, changedSecond, wholeWord: false))
            {
                continue;
            }
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[i + 2].End);
            var original = $"{first} {second}";
            if (context.Options.IsWordAllowed(original) || LegacyEncoding.IsLegacy(paragraph))
            {
                continue;
            }
            lastChanged = changed;
            var space = intended.IndexOf(' ');
            var replacement = Restore(original, intended);
            var separator = paragraph.Text.Substring(tokens[i + 1].Start, tokens[i + 1].Length); // a wrap keeps its line break
            (found ??= []).Add(new NearMiss(span, original, replacement, replacement.Replace(" ", separator, StringComparison.Ordinal),
                ParagraphSyllables.KeyHash(intended.AsSpan(0, space)), ParagraphSyllables.KeyHash(intended.AsSpan(space + 1)),
                CompletedBodyName(context, paragraph, i, replacement)));
        }
        if (syllables is null && HasWord(tokens))
        {
            syllables = ParagraphSyllables.Get(paragraph, data ??= SpellingData.Get(context.Options));
        }
        return syllables is null ? null : new NearMisses(found?.ToArray() ?? [], syllables.KeyHashes);
    }

    private static bool HasWord(TokenList tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A warning when the draft writes the intended form often; the count runs only when there are findings.</summary>
    private static void Report(DocumentAnalysisContext context, DocumentFacts<NearMisses> facts)
    {
        Dictionary<(int, int), int>? counts = null;
        foreach (var fact in facts)
        {
            foreach (var miss in fact.Facts.Found)
            {
                (counts ??= [])[(miss.First, miss.Second)] = 0;
            }
        }
        if (counts is null)
        {
            return;
        }
        foreach (var fact in facts)
        {
            var tokens = fact.Paragraph.Tokens;
            var hashes = fact.Facts.KeyHashes;
            for (var i = 0; i + 2 < hashes.Length; i++)
            {
                if (hashes[i] != 0 && hashes[i + 2] != 0 && tokens[i + 1] is { Kind: TokenKind.Space, Length: 1 }
                    && counts.TryGetValue((hashes[i], hashes[i + 2]), out var count))
                {
                    counts[(hashes[i], hashes[i + 2])] = count + 1;
                }
            }
        }
        foreach (var fact in facts)
        {
            foreach (var miss in fact.Facts.Found)
            {
                var span = fact.Paragraph.ToAbsolute(miss.Span);
                var uses = counts[(miss.First, miss.Second)];
                var fixes = new[] { CodeFix.Replace(span, miss.FixText, FixSafety.Unsafe, new($"Sửa thành “{miss.Replacement}”", $"Change to “{miss.Replacement}”")) };
                if (uses >= Repeated)
                {
                    context.Report(Rule, ReportSeverity.Warning, span, fixes, miss.Original, miss.Replacement,
                        new LocalizedText($"; văn bản viết “{miss.Replacement}” {uses} lần", $"; the document writes “{miss.Replacement}” {uses} times"));
                }
                else if (miss.BodyName is { } body)
                {
                    context.Report(Rule, ReportSeverity.Warning, span, fixes, miss.Original, miss.Replacement,
                        new LocalizedText($"; tên cơ quan là “{body}”", $"; the body's name is “{body}”"));
                }
                else
                {
                    context.Report(Rule, span, fixes, null, miss.Original, miss.Replacement, new LocalizedText("", ""));
                }
            }
        }
    }

    /// <summary>
    /// `Sở Tài chình`, `Ban Dân vân Tỉnh ủy`: the corrected pair completes a body name of the Names data with the words
    /// around it. A known name is no accident of two valid syllables: the slip is as sure as a repeated right form.
    /// </summary>
    private static string? CompletedBodyName(ParagraphFactsContext context, Paragraph paragraph, int first, string replacement)
    {
        var tables = Names.NameTables.Get(context.Options.Data);
        var tokens = paragraph.Tokens;
        var words = new List<string>();
        var at = first;
        for (var n = 1; n < tables.MaxBodySyllables && at >= 2 && TokenNavigation.IsWordGap(tokens[at - 1]) && tokens[at - 2].Kind == TokenKind.Word; n++)
        {
            at -= 2;
        }
        for (var i = at; i < first; i += 2)
        {
            words.Add(paragraph.GetString(tokens[i]));
        }
        var pair = words.Count;
        words.AddRange(replacement.Split(' '));
        for (var i = first + 4; i < tokens.Count && words.Count < pair + tables.MaxBodySyllables && TokenNavigation.IsWordGap(tokens[i - 1])
            && tokens[i].Kind == TokenKind.Word; i += 2)
        {
            words.Add(paragraph.GetString(tokens[i]));
        }
        return tables.BodyNameThrough(words, pair);
    }

    /// <param name="Original">The pair as read, one space between (for the message); <paramref name="FixText"/> keeps the draft's separator.</param>
    /// <param name="First">Hash of the intended form's first key; <paramref name="Second"/> of its second.</param>
    /// <param name="BodyName">The body name the corrected pair completes (`Sở Tài chính`), if any.</param>
    private sealed record NearMiss(TextSpan Span, string Original, string Replacement, string FixText, int First, int Second, string? BodyName);

    private sealed record NearMisses(NearMiss[] Found, int[] KeyHashes);

    private static bool FormsWord(SpellingData data, Paragraph paragraph, TokenList tokens, int changed, int outer, bool outerAfter,
        bool wholeWord)
    {
        var space = outerAfter ? outer - 1 : outer + 1;
        // A wrapped paragraph's line break joins words as a space does (`Hướng⏎dẫn số` is `Hướng dẫn` + `số`).
        if (outer < 0 || space < 0 || space >= tokens.Count || outer >= tokens.Count || tokens[outer].Kind != TokenKind.Word
            || tokens[space] is not ({ Kind: TokenKind.Space, Length: 1 } or { Kind: TokenKind.LineBreak }))
        {
            return false;
        }
        var left = paragraph.GetText(tokens[outerAfter ? changed : outer]);
        var right = paragraph.GetText(tokens[outerAfter ? outer : changed]);
        return wholeWord ? data.Lexicon.IsWord(data.Validator, left, right) : data.Lexicon.ContainsPair(data.Validator, left, right);
    }

    /// <summary>The lexicon form in the original's casing and tone placement style.</summary>
    private static string Restore(string original, string intended)
    {
        var parts = original.Split(' ');
        var wanted = intended.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            var style = ToneStyle.Detect(parts[i], out _);
            var form = style == ToneStyle.Placement.None ? ToneStyle.ToTraditional(wanted[i]) : ToneStyle.Convert(wanted[i], style);
            parts[i] = SuggestionEngine.MatchCase(form, parts[i]);
        }
        return string.Join(' ', parts);
    }

    // A determiner before a noun is itself (`mỗi trường`, `từng hộ`), whatever word it would make with a mark changed.
    private static readonly string[] Determiners = ["mỗi", "mọi", "từng", "mấy", "vài", "các", "những"];

    // Any noun takes a demonstrative after it (`quỹ này` as well as `quý này`): the pair tells nothing about the noun.
    private static readonly string[] Demonstratives = ["này", "ấy", "kia", "nọ"];

    // `nằm cuối xã`, `nằm giữa thôn`: where a place lies, no `năm cuối`, `năm giữa`.
    private static readonly string[] Positions = ["cuối", "đầu", "giữa", "trong", "ngoài", "trên", "dưới", "cạnh", "sát", "gần", "ven", "bên", "sâu"];

    private static bool SaysWhereItLies(Paragraph paragraph, int first) =>
        TokenNavigation.IsWord(paragraph, first, "nằm") && TokenNavigation.IsWordIn(paragraph, first + 2, Positions);

    // `lên đồi`, `xuống suối`: going up or down takes the place as its object.
    private static readonly string[] UpOrDown = ["lên", "xuống"];

    // `đi qua đồi`, `lội sang bờ`: a verb of going and a direction, then the place.
    private static readonly string[] GoingVerbs = ["đi", "leo", "trèo", "chạy", "lội", "bò", "bơi", "bay"];

    private static readonly string[] Directions = ["qua", "sang", "về"];

    /// <summary>
    /// `phải leo lên đồi mới gọi được`: after going up, down or across the word is the place gone to, a noun that ends
    /// its phrase, not the verb that opens `đổi mới`.
    /// </summary>
    private static bool GoesTo(Paragraph paragraph, int first)
    {
        var before = TokenNavigation.Previous(paragraph.Tokens, first);
        return TokenNavigation.IsWordIn(paragraph, before, UpOrDown)
            || (TokenNavigation.IsWordIn(paragraph, before, Directions)
                && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, before), GoingVerbs));
    }

    /// <summary>`24 đội với`: a counted noun is itself, not the first half of `đối với`.</summary>
    private static bool Counted(Paragraph paragraph, int word)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, word);
        return previous >= 0 && paragraph.Tokens[previous].Kind == TokenKind.Number;
    }

    // Amounts of money: after them `đồng` is the currency (`5 tỷ đồng`). `trăm`, `nghìn` count people too
    // (`hàng trăm đồng chí`), so they make an amount only after a figure (`200 nghìn đồng`).
    private static readonly string[] LargeAmounts = ["tỷ", "tỉ", "triệu"];

    private static readonly string[] Amounts = ["trăm", "nghìn", "ngàn", "vạn"];

    /// <summary>
    /// `412,6 tỷ đồng chi thường xuyên`: `đồng` after an amount is the currency, which ends its phrase; the next
    /// word opens another (`chi`), not the second half of `đồng chí`. A figure with a comma or a dot is an amount
    /// too (`2,5 đồng`, `500.000 đồng`); a bare count is not (`15 đồng chí`).
    /// </summary>
    private static bool IsCurrency(Paragraph paragraph, int word)
    {
        if (!TokenNavigation.IsWord(paragraph, word, "đồng"))
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, word);
        if (TokenNavigation.IsWordIn(paragraph, previous, LargeAmounts))
        {
            return true;
        }
        if (TokenNavigation.IsWordIn(paragraph, previous, Amounts))
        {
            previous = TokenNavigation.Previous(tokens, previous);
            return previous >= 0 && tokens[previous].Kind == TokenKind.Number;
        }
        return previous >= 0 && tokens[previous].Kind == TokenKind.Number
            && paragraph.GetText(tokens[previous]).IndexOfAny([',', '.']) >= 0;
    }

    /// <summary>
    /// `xây dưng NTM`: the intended word runs on into the abbreviation's meaning (`xây dựng nông thôn mới` is a word), so
    /// the syllable before the abbreviation is no noun heading it as in `thẻ BHYT`.
    /// </summary>
    private static bool RunsIntoMeaning(AnalyzerOptions options, SpellingData data, Paragraph paragraph, int abbreviation, string intended)
    {
        if (AbbreviationRegistry.Get(options).Find(paragraph.GetString(paragraph.Tokens[abbreviation]))?.SingleMeaning is not { } meaning)
        {
            return false;
        }
        var opening = meaning.AsSpan(0, meaning.IndexOf(' ') is var space and > 0 ? space : meaning.Length);
        return data.Lexicon.ContainsPair(data.Validator, intended.AsSpan(intended.IndexOf(' ') + 1), opening);
    }

    /// <summary>An abbreviation right after the word: the word heads a noun phrase with it (`thẻ BHYT`, `vốn ODA`).</summary>
    private static bool BeforeAbbreviation(TokenList tokens, int word) =>
        word + 2 < tokens.Count && tokens[word + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[word + 2].Kind == TokenKind.Abbreviation;

    /// <summary>A place unit followed by a capitalized name (`thôn Bình An`): it belongs to the name, not to the word before.</summary>
    private static bool OpensPlaceName(Paragraph paragraph, int unit)
    {
        var tokens = paragraph.Tokens;
        return unit + 2 < tokens.Count && tokens[unit + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[unit + 2].Kind == TokenKind.Word
            && tokens[unit + 2].Has(TokenFlags.Capitalized) && !tokens[unit].Has(TokenFlags.Capitalized)
            && TokenNavigation.IsWordIn(paragraph, unit, PlaceUnits);
    }

    private static bool IsNamePart(Token token) => token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.AllUpper);

    // Words after an administrative unit are a place name, in capitals too (`ĐẢNG ỦY XÃ TIẾN PHONG`).
    private static readonly string[] PlaceUnits = ["xã", "huyện", "tỉnh", "phường", "quận", "thôn", "bản", "ấp", "làng", "trấn", "phố"];

    private static bool AfterPlaceUnit(Paragraph paragraph, int word)
    {
        var tokens = paragraph.Tokens;
        if (!tokens[word].Has(TokenFlags.Capitalized) || word < 2 || tokens[word - 1].Kind != TokenKind.Space || tokens[word - 2].Kind != TokenKind.Word)
        {
            return false;
        }
        var unit = paragraph.GetText(tokens[word - 2]);
        foreach (var candidate in PlaceUnits)
        {
            if (unit.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
