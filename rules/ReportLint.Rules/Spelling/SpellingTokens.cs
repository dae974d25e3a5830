using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>What the invalid-syllable and merged-syllable rules conclude about one Word token.</summary>
internal enum WordVerdict : byte
{
    Fine,
    Invalid,
    Merged,
}

/// <summary>Token tests shared by the spelling rules.</summary>
internal static class SpellingTokens
{
    /// <summary>
    /// Decides whether a Word token is a misspelt Vietnamese syllable. Only tokens meant to be
    /// Vietnamese are judged: ones carrying a Vietnamese mark, and plain-Latin ones only when they
    /// decode as Telex/VNI leftovers or break the stop-final tone rule between Vietnamese words.
    /// Loanwords (`Internet`, `online`, `pí pặp`), names in Latin letters and split or mixed-script tokens
    /// (reported by the Unicode rules) are left alone.
    /// </summary>
    public static WordVerdict Judge(WordSite context, SpellingData data, out string text)
    {
        text = "";
        var token = context.Token;
        if (token.Kind == TokenKind.Word && !token.Has(TokenFlags.CombiningMarks)
            && ParagraphSyllables.Get(context.Paragraph, data).Status(context.TokenIndex) == SyllableStatus.Valid)
        {
            return WordVerdict.Fine; // the common case, decided by the paragraph's validated table
        }
        var span = context.Text;
        if (IsGlued(context) || HasForeignLetter(span) || context.Options.IsWordAllowed(span) || data.Loanwords.Contains(span)
            || data.LoanPhrases.Covers(context)
            || InTransliteratedName(context)
            || InForeignCompound(context, data))
        {
            return WordVerdict.Fine;
        }
        if (token.Has(TokenFlags.CombiningMarks))
        {
            text = span.ToString().Normalize(System.Text.NormalizationForm.FormC);
            span = text;
        }
        var marked = VietnameseLetters.HasMark(span);
        if ((token.Kind == TokenKind.Code && !IsVniLeftover(span)) || (token.Kind == TokenKind.Abbreviation && !HasTone(span)))
        {
            return WordVerdict.Fine;
        }
        var status = token.Kind == TokenKind.Word && text.Length == 0
            ? ParagraphSyllables.Get(context.Paragraph, data).Status(context.TokenIndex)
            : data.Validator.Check(span);
        if (status == SyllableStatus.Valid || (token.Has(TokenFlags.Capitalized) && data.Names.Contains(span))
            || (status == SyllableStatus.Unattested && IsNameSyllable(context, data, span))
            || span.Length == 1 // a letter for itself: `đ)` opening an item, `điểm đ khoản 2`
            || (IsInName(context) && (MinorityNameShape.Matches(span) || AfterNamePrefix(context) || AfterPersonPrefix(context)
                || AfterMinorityName(context, data) || BeforeMinorityName(context) || BeforeMiddleName(context, span)
                || InMinorityNameRun(context))))
        {
            return WordVerdict.Fine;
        }
        if (text.Length == 0)
        {
            text = span.ToString();
        }
        if (!marked && !PlainWordIsVietnamese(context, data, span, status))
        {
            return WordVerdict.Fine;
        }
        if (LegacyEncoding.IsLegacy(context.Paragraph))
        {
            return WordVerdict.Fine; // a garbled paragraph is reported once by RL3008
        }
        // Two syllables run together, unless a cheap single correction explains the word better (`luạt` is
        // `luật`, not `lu ạt`); a split that makes a lexicon word always wins (`côngan`). Vowels one syllable holds
        // make one misspelt syllable, whatever split the letters allow (`tuyêng` is no `tu yêng`).
        if (span.Length >= 4 && CanBeRunTogether(text, data) && data.Suggester.Split(text) is { } split)
        {
            var right = split.Right.Split(' ')[0];
            if (data.Lexicon.ContainsPair(data.Validator, split.Left, right))
            {
                return WordVerdict.Merged;
            }
            // `Lênin`, `Giơnevơ`: a capitalized word inside a sentence that splits into uncommon syllables is a
            // transliterated name; glued words end in a common one (`Nộivà`).
            if (IsInName(context) && !token.Has(TokenFlags.AllUpper) && !IsFirstWordOfSentence(context)
                && data.Validator.ToKey(right) is { } key && data.Lexicon.Commonness(key) == 0)
            {
                return WordVerdict.Fine;
            }
            if (!(data.Suggester.CheapestCost(text) <= CheapCorrection))
            {
                return WordVerdict.Merged;
            }
        }
        return WordVerdict.Invalid;
    }

    /// <summary>
    /// Whether a word can be syllables run together: two runs of vowels (`vẫncòn`), or one run no single syllable
    /// holds (`ngườiấy`). The merged-syllable rule asks it first, so it must agree with <see cref="Judge"/>.
    /// </summary>
    public static bool CanBeRunTogether(ReadOnlySpan<char> text, SpellingData data) =>
        HasTwoVowelGroups(text) || !data.Validator.VowelsFitOneSyllable(text);

    /// <summary>True when vowels occur in two runs separated by a consonant (`vẫncòn`), as no single syllable has.</summary>
    public static bool HasTwoVowelGroups(ReadOnlySpan<char> text)
    {
        var groups = 0;
        var inVowels = false;
        foreach (var c in text)
        {
            var vowel = VietnameseLetters.TryDecompose(c, out var letter, out _) ? VietnameseLetters.IsVowel(letter) : char.IsAsciiDigit(c) is false && "aeiouyAEIOUY".Contains(c);
            if (vowel && !inVowels && ++groups >= 2)
            {
                return true;
            }
            inVowels = vowel;
        }
        return false;
    }

    /// <summary>
    /// A piece of a hyphenated transliteration that starts with a capital (`Mát-xcơ-va`, `Oa-sinh-tơn`):
    /// foreign names keep foreign sound clusters. Lower-case chains (`vắc-xin`) are still checked.
    /// </summary>
    private static bool InTransliteratedName(WordSite context)
    {
        var tokens = context.Tokens;
        var paragraph = context.Paragraph;
        var i = context.TokenIndex;
        var chained = false;
        while (i >= 2 && IsHyphen(paragraph, tokens[i - 1]) && tokens[i - 2].Kind == TokenKind.Word)
        {
            i -= 2;
            chained = true;
        }
        chained |= context.TokenIndex + 2 < tokens.Count && IsHyphen(paragraph, tokens[context.TokenIndex + 1])
            && tokens[context.TokenIndex + 2].Kind == TokenKind.Word;
        return chained && tokens[i].Has(TokenFlags.Capitalized) && !tokens[i].Has(TokenFlags.AllUpper);
    }

    /// <summary>
    /// `start-up`, `e-mail`: a hyphenated word with a piece in plain Latin letters that is no syllable is a
    /// foreign word, and its other pieces (`up`) are foreign too. `vắc-xin` keeps every piece Vietnamese.
    /// </summary>
    private static bool InForeignCompound(WordSite context, SpellingData data)
    {
        var tokens = context.Tokens;
        var paragraph = context.Paragraph;
        foreach (var direction in (ReadOnlySpan<int>)[-1, 1])
        {
            for (var i = context.TokenIndex; i + 2 * direction >= 0 && i + 2 * direction < tokens.Count
                && IsHyphen(paragraph, tokens[i + direction]) && tokens[i + 2 * direction].Kind == TokenKind.Word; i += 2 * direction)
            {
                var piece = paragraph.GetText(tokens[i + 2 * direction]);
                if (!VietnameseLetters.HasMark(piece) && !data.Validator.IsValid(piece))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsHyphen(Paragraph paragraph, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && paragraph.Text[token.Start] == '-';

    /// <summary>The nearest word before/after the token in the paragraph, skipping spaces only.</summary>
    public static string? Neighbour(WordSite context, int direction)
    {
        var tokens = context.Tokens;
        for (var i = context.TokenIndex + direction; i >= 0 && i < tokens.Count; i += direction)
        {
            var token = tokens[i];
            if (token.Kind.IsWhitespace())
            {
                continue;
            }
            return token.Kind == TokenKind.Word ? context.Paragraph.GetString(token) : null;
        }
        return null;
    }

    /// <summary>True for a letter no Vietnamese or Latin-alphabet word uses (Cyrillic, Greek, `Ð`…).</summary>
    public static bool HasForeignLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && !VietnameseLetters.TryDecompose(c, out _, out _) && !IsLatinAccent(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A Latin-1 letter Vietnamese does not use (`û`, `ñ`, `ö`): a foreign name or a legacy font.</summary>
    public static bool HasNonVietnameseLatin(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u00C0' and <= '\u00FF' && !VietnameseLetters.TryDecompose(c, out _, out _))
            {
                return true;
            }
        }
        return false;
    }

    // Latin-1 letters of foreign names (`Müller`, `José`, `Ñ`) are not Vietnamese but not look-alikes either;
    // combining marks belong to NFD text, judged once normalized.
    private static bool IsLatinAccent(char c) =>
        (c is >= '\u00C0' and <= '\u024F' && c != '\u00D0' && c != '\u00F0')
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>A word glued to an invisible character or another word piece: the Unicode rules report it.</summary>
    private static bool IsGlued(WordSite context) =>
        context.Peek(-1) is { Kind: TokenKind.Invisible or TokenKind.Other or TokenKind.Symbol }
        || context.Peek(1) is { Kind: TokenKind.Invisible or TokenKind.Other or TokenKind.Symbol };

    /// <summary>Capitals with a tone mark (`QỦA`) are a word, never an abbreviation (`TƯ` has only a shape mark).</summary>
    private static bool HasTone(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (VietnameseLetters.TryDecompose(c, out _, out var tone) && tone != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVniLeftover(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }
        return digits > 0 && char.IsAsciiLetterLower(text[0]);
    }

    private static bool PlainWordIsVietnamese(WordSite context, SpellingData data, ReadOnlySpan<char> span, SyllableStatus status)
    {
        if (context.Token.Has(TokenFlags.AllUpper) || span.Length > 10)
        {
            return false;
        }
        var lower = span.ToString().ToLowerInvariant();
        // A capital inside a sentence marks a name, a brand or a foreign word (`sàn Voso`, `Krông Ana`): only
        // shape keys typed side by side (`Nghieem`) still betray Telex there.
        if (context.Token.Has(TokenFlags.Capitalized) && !IsFirstWordOfSentence(context) && !HasAdjacentShapeKeys(lower))
        {
            return false;
        }
        foreach (var decoded in new[] { TypingDecoder.Telex(lower), TypingDecoder.Vni(lower) })
        {
            if (decoded is not { } d || !(d.Tone > 0 || VietnameseLetters.HasMark(d.Letters))
                || data.Suggester.Suggest(span.ToString(), null, null, 1) is not [var best] || !NearVietnamese(context, data))
            {
                continue;
            }
            // A shape key (`aa`, `ow`, `dd`, `6`, `7`) is Telex/VNI for sure; a lone final tone key is also
            // how loanwords end (`bus`, `gas`, `mix`), so the decoded word must then be common or fit its neighbours.
            if (VietnameseLetters.HasMark(d.Letters) || FitsContext(context, data, best))
            {
                return true;
            }
        }
        // `thuc`, `vien`, `thheo` between Vietnamese words: one cheap slip away from a syllable. Loanwords
        // (`online`, `email`) are not; capitalized words may be names and are left alone.
        // A final s/f/r/x/j/w/z reads as a Telex key, handled above; here only a missing mark or a doubled
        // letter counts (`bus` is one neighbouring key from `bua`, and a loanword).
        // A dearer slip (neighbouring key, dropped letter) counts only when the correction is a common syllable
        // or makes a lexicon word with a neighbour (`cjo` → `cho`, `yham gia` → `tham gia`).
        if (context.Token.Has(TokenFlags.Capitalized) || span.Length < 2 || !HasVowel(span)
            || lower[^1] is 's' or 'f' or 'r' or 'x' or 'j' or 'w' or 'z'
            || data.Suggester.CheapestCost(lower) is not { } cost || cost > 1.0 || !NearVietnamese(context, data))
        {
            return false;
        }
        return cost <= MarkOnlyCorrection
            || (data.Suggester.Suggest(lower, Neighbour(context, -1), Neighbour(context, 1), 1) is [var intended] && FitsContext(context, data, intended));
    }

    /// <summary>
    /// A well-formed syllable missing from the inventory, capitalized inside a sentence, is part of a name
    /// (`Sín Thầu`, `Hoàng Văn Páo`, `Phông Xa Lỳ`) unless a correction makes a lexicon word with a
    /// neighbour (`Thàn Phố` is `Thành Phố`). A word in capitals gets that verdict only within two words after a
    /// place noun (`BẢN NÀ PỤC`, `SUỐI NẬM KHÒA`): a heading capitalizes every word, so elsewhere capitals say nothing
    /// of a name and `ĐẠI HỘI KHÒA XV`, `KẾT QỦA` or `CHƯƠNG TRÌN` stay slips.
    /// </summary>
    private static bool IsNameSyllable(WordSite context, SpellingData data, ReadOnlySpan<char> span)
    {
        if (!context.Token.Has(TokenFlags.Capitalized) || IsFirstWordOfSentence(context)
            || (context.Token.Has(TokenFlags.AllUpper) && !AfterPlaceNoun(context)))
        {
            return false;
        }
        var before = Neighbour(context, -1);
        var after = Neighbour(context, 1);
        if (data.Suggester.Suggest(span.ToString(), before, after, 1) is not [var intended] || AfterMiddleName(context))
        {
            return true;
        }
        return !((before is not null && data.Lexicon.ContainsPair(data.Validator, before, intended))
            || (after is not null && data.Lexicon.ContainsPair(data.Validator, intended, after)));
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "bản", "xã", "thôn", "làng", "buôn", "plei", "ấp", "xóm", "phường", "huyện", "tỉnh", "suối", "sông", "núi", "đèo",
        "bào", "tộc", "phố", "động", "hồ", "thác", "bến",
    };

    /// <summary>A place noun (or `đồng bào`, `dân tộc`) one or two words before: a name follows it.</summary>
    private static bool AfterPlaceNoun(WordSite context)
    {
        var seen = 0;
        for (var i = context.TokenIndex - 1; i >= 0 && seen < 2; i--)
        {
            var token = context.Tokens[i];
            if (token.Kind.IsWhitespace())
            {
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }
            if (PlaceNouns.Contains(context.Paragraph.GetString(token)))
            {
                return true;
            }
            seen++;
        }
        return false;
    }

    /// <summary>`A Hyưt`, `Y Brăk`, `H Yâm`: a Central Highlands given name after the one-letter prefix of men's (A), men's and women's (Y) or women's (H) names.</summary>
    private static bool AfterPersonPrefix(WordSite context)
    {
        var tokens = context.Tokens;
        var i = context.TokenIndex;
        return i >= 2 && tokens[i - 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[i - 2] is { Kind: TokenKind.Word, Length: 1 }
            && context.Paragraph.Text[tokens[i - 2].Start] is 'A' or 'Y' or 'H';
    }

    /// <summary>
    /// `Rơ Mah Hyơ`, `Y Krông Hyơ`: a capitalized word right after a capitalized word of a minority name's shape or a
    /// known syllable of names goes on with that name.
    /// </summary>
    private static bool AfterMinorityName(WordSite context, SpellingData data)
    {
        var tokens = context.Tokens;
        var i = context.TokenIndex;
        if (i < 2 || tokens[i - 1] is not { Kind: TokenKind.Space, Length: 1 } || tokens[i - 2] is not { Kind: TokenKind.Word } previous
            || !previous.Has(TokenFlags.Capitalized) || previous.Has(TokenFlags.AllUpper))
        {
            return false;
        }
        var word = context.Paragraph.GetText(previous);
        return MinorityNameShape.Matches(word) || data.Names.Contains(word);
    }

    /// <summary>
    /// `buôn Tơng Jũ`: the first syllable of a place's name goes with the minority-shaped word after it. Only after a place
    /// noun, where a name certainly stands; elsewhere a slipped word may just stand before a name.
    /// </summary>
    private static bool BeforeMinorityName(WordSite context)
    {
        var tokens = context.Tokens;
        var next = context.TokenIndex + 2;
        return next < tokens.Count && tokens[next - 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[next] is { Kind: TokenKind.Word } word
            && word.Has(TokenFlags.Capitalized) && !word.Has(TokenFlags.AllUpper) && MinorityNameShape.Matches(context.Paragraph.GetText(word))
            && AfterPlaceNoun(context);
    }

    // Words that open Central Highlands names of places and clans (`Ea Hơ Đing`, `Cư Kbang`, `Buôn Yă`).
    private static readonly HashSet<string> NameRunOpeners = new(StringComparer.Ordinal)
    {
        "Ea", "Ia", "Cư", "Chư", "Krông", "Đăk", "Đắk", "Buôn", "Plei", "Kon", "Ama", "Ami",
    };

    private const int NameRunReach = 4;

    /// <summary>
    /// `xã Ea Hơ Đing`, `H’Mai Buôn Yă`: a capitalized word inside a run of capitalized words (one space apart, or joined by
    /// an apostrophe) that holds a word of a minority name's shape, an opener of such names, or a prefix with an
    /// apostrophe: the run is one name, so a syllable of it that Vietnamese lacks is no slip. A run of Vietnamese syllables
    /// (`xã Tân Hưg`) has no such word, and its slip stays reported.
    /// </summary>
    private static bool InMinorityNameRun(WordSite context)
    {
        if (context.Token.Has(TokenFlags.AllUpper))
        {
            return false;
        }
        return RunHasMarker(context, -1) || RunHasMarker(context, 1);
    }

    private static bool RunHasMarker(WordSite context, int step)
    {
        var tokens = context.Tokens;
        var i = context.TokenIndex;
        for (var words = 0; words < NameRunReach; words++)
        {
            var separator = i + step;
            var next = i + 2 * step;
            if (next < 0 || next >= tokens.Count || tokens[next] is not { Kind: TokenKind.Word } word
                || !word.Has(TokenFlags.Capitalized) || word.Has(TokenFlags.AllUpper))
            {
                return false;
            }
            var apostrophe = tokens[separator] is { Kind: TokenKind.Punctuation, Length: 1 } mark
                && context.Paragraph.Text[mark.Start] is '\'' or '’' && mark.Start == tokens[Math.Min(i, next)].End;
            if (!apostrophe && tokens[separator] is not { Kind: TokenKind.Space, Length: 1 })
            {
                return false;
            }
            var text = context.Paragraph.GetText(word);
            if (apostrophe || MinorityNameShape.Matches(text) || NameRunOpeners.Contains(text.ToString()))
            {
                return true;
            }
            i = next;
        }
        return false;
    }

    /// <summary>`H'Yâm`, `K'Nia`: a Central Highlands name after its one-letter prefix and apostrophe.</summary>
    private static bool AfterNamePrefix(WordSite context)
    {
        var tokens = context.Tokens;
        var i = context.TokenIndex;
        if (i < 2 || tokens[i - 1].Kind != TokenKind.Punctuation || tokens[i - 1].Length != 1 || tokens[i - 1].End != context.Token.Start
            || tokens[i - 2].End != tokens[i - 1].Start || tokens[i - 2].Length != 1 || !tokens[i - 2].Has(TokenFlags.Capitalized))
        {
            return false;
        }
        return context.Paragraph.Text[tokens[i - 1].Start] is '\'' or '’';
    }

    /// <summary>
    /// `Alăng Thị Hoa`, `Bhling Văn Sơn`: a family name right before the middle name `Thị` or `Văn` and a given name,
    /// unless it is a slip for a common family name (`Ngyễn Văn An`).
    /// </summary>
    private static bool BeforeMiddleName(WordSite context, ReadOnlySpan<char> word)
    {
        var tokens = context.Tokens;
        var middle = context.TokenIndex + 2;
        return middle + 2 < tokens.Count && !IsSlipForFamilyName(word) && tokens[middle - 1] is { Kind: TokenKind.Space, Length: 1 }
            && context.Paragraph.GetText(tokens[middle]) is "Thị" or "Văn"
            && tokens[middle + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[middle + 2] is { Kind: TokenKind.Word } given
            && given.Has(TokenFlags.Capitalized);
    }

    // The commonest family names: a word before `Văn`/`Thị` one correction away from them is a slip, not another name.
    private static readonly string[] FamilyNames =
        ["nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trương", "lương"];

    private static bool IsSlipForFamilyName(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        foreach (var name in FamilyNames)
        {
            if (OneEditApart(lower, name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One letter added, dropped or changed turns one word into the other.</summary>
    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var prefix = a.CommonPrefixLength(b);
        var restA = a[prefix..];
        var restB = b[prefix..];
        return restA.Length == restB.Length ? restA.Length <= 1 || restA[1..].SequenceEqual(restB[1..])
            : restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }

    /// <summary>
    /// `Sùng Thị Mỷ`, `Lò Văn Pấng`: the given name after a family name and `Thị`/`Văn`, whatever pair the
    /// correction would make with the middle name (`Thị ủy`).
    /// </summary>
    private static bool AfterMiddleName(WordSite context)
    {
        var tokens = context.Tokens;
        var middle = context.TokenIndex - 2;
        return middle >= 2 && tokens[middle + 1].Kind.IsWhitespace() && tokens[middle - 1].Kind.IsWhitespace()
            && context.Paragraph.GetText(tokens[middle]) is "Thị" or "Văn"
            && tokens[middle - 2].Kind == TokenKind.Word && tokens[middle - 2].Has(TokenFlags.Capitalized);
    }

    /// <summary>
    /// A capitalized word inside a sentence, or in capitals, or one of a run of capitalized words
    /// (`Y Brăk Êban` opening a line): where a name can stand.
    /// </summary>
    private static bool IsInName(WordSite context)
    {
        var token = context.Token;
        if (!token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.AllUpper))
        {
            return false;
        }
        if (token.Has(TokenFlags.AllUpper) || !IsFirstWordOfSentence(context))
        {
            return true;
        }
        var next = context.TokenIndex + 2;
        return next < context.Tokens.Count && context.Tokens[next - 1].Kind.IsWhitespace()
            && context.Tokens[next].Kind == TokenKind.Word && context.Tokens[next].Has(TokenFlags.Capitalized);
    }

    private static bool IsFirstWordOfSentence(WordSite context) =>
        context.Paragraph.FirstWordOfSentence(context.TokenIndex) is var first && (first < 0 || first >= context.TokenIndex);

    /// <summary>Telex shape keys typed next to their letter: `aa`, `ee`, `oo`, `dd`, `aw`, `ow`, `uw`.</summary>
    private static bool HasAdjacentShapeKeys(string lower)
    {
        for (var i = 1; i < lower.Length; i++)
        {
            var (a, b) = (lower[i - 1], lower[i]);
            if ((a == b && a is 'a' or 'e' or 'o' or 'd') || (b == 'w' && a is 'a' or 'o' or 'u'))
            {
                return true;
            }
        }
        return false;
    }

    private static bool FitsContext(WordSite context, SpellingData data, string candidate)
    {
        var key = data.Validator.ToKey(candidate);
        if (key is not null && data.Lexicon.Commonness(key) > 0)
        {
            return true;
        }
        var before = Neighbour(context, -1);
        var after = Neighbour(context, 1);
        return (before is not null && data.Lexicon.ContainsPair(data.Validator, before, candidate))
            || (after is not null && data.Lexicon.ContainsPair(data.Validator, candidate, after));
    }

    /// <summary>The cost under which a correction counts as one ordinary slip (tone, shape mark, doubled or neighbouring key).</summary>
    private const double CheapCorrection = 0.8;

    /// <summary>The cost of a missing tone or shape mark, or a doubled letter.</summary>
    private const double MarkOnlyCorrection = 0.6;

    private static bool HasVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A word with Vietnamese marks among the three words on either side, and no foreign word right beside
    /// (`Internet of Things`, `the bus`: English around a plain word makes it English).
    /// </summary>
    private static bool NearVietnamese(WordSite context, SpellingData data)
    {
        foreach (var side in (ReadOnlySpan<int>)[-1, 1])
        {
            if (Neighbour(context, side) is { } word && !VietnameseLetters.HasMark(word) && !data.Validator.IsValid(word))
            {
                return false;
            }
        }
        return HasMarkedWordNearby(context);
    }

    private static bool HasMarkedWordNearby(WordSite context)
    {
        var tokens = context.Tokens;
        foreach (var direction in (ReadOnlySpan<int>)[-1, 1])
        {
            var words = 0;
            for (var i = context.TokenIndex + direction; i >= 0 && i < tokens.Count && words < 3; i += direction)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }
                words++;
                if (VietnameseLetters.HasMark(context.Paragraph.GetText(tokens[i])))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
