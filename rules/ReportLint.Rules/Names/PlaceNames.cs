using System.Text.Json;
using ReportLint.Core.Analysis;
using ReportLint.Core.Data;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>A place name after a unit word with syllables left in lower case: the unit and name, and the edits that capitalize it.</summary>
internal sealed record PlaceNameSlip(TextSpan Span, IReadOnlyList<TextEdit> Edits);

/// <summary>
/// A place name written properly after a unit word (`xã Tân Phú`): its syllables in lower case and one tone style, the
/// unit word, whether the name is also a common word (`Thống Nhất`), which then counts only after the same unit, and
/// where the unit and name stand (relative to the paragraph), for a finding to point at.
/// </summary>
internal sealed record PlaceModel(string Key, string Unit, bool CommonWord, TextSpan Span);

/// <summary>
/// The words after a unit word, up to five, not all capitalized (`xã tân phú`, `xã Tân phú`): a place name when the
/// document writes the same syllables properly elsewhere. <see cref="EndsAt"/>[k]: a name may end after k words.
/// </summary>
/// <see cref="Follower"/>: a lower-case word of the data's followers (`đồng`, `biên`), part of a well-known name only
/// (`tỉnh đồng nai`), since the document's own names do not vouch for it (`xã Đồng Tâm` and `xã đồng tâm`).
internal sealed record PlaceCandidate(string Unit, TextSpan UnitSpan, TextSpan[] Words, string[] Keys, bool[] Proper, bool[] EndsAt, bool[] Follower);

/// <summary>What a paragraph says about place names: its slips, and the names and candidates for the document phase.</summary>
internal sealed record PlaceFacts(IReadOnlyList<PlaceNameSlip> Slips, IReadOnlyList<PlaceModel> Models, IReadOnlyList<PlaceCandidate> Candidates)
{
    public static readonly PlaceFacts None = new([], [], []);
}

/// <summary>
/// Finds place names written with a lower-case syllable right after an administrative unit word of `place-names.json`
/// (`xã tân Phú`, `huyện Yên thành`, `thành phố Hồ chí Minh`), for RL6005; RL6003 leaves these words to it. Only
/// words of mixed case report here, which the writer already marked as a name: lower-case syllable before capitals
/// where the name visibly ends (`xã tân Phú,`), one capital and a lower-case syllable that ends the clause
/// (`huyện Yên thành.`), or a lower-case syllable between a capital and a capital that continues the name
/// (`Hồ chí Minh`). Lower-case prose (`xã nông thôn mới`) has no capital; the data's followers end a name (`huyện ủy`,
/// `xã đạt chuẩn`), and two words that make a lexicon word or one of the data's common words (`xã hội`,
/// `bản Kết luận`, `bản Vùng cao`) are a common word, not a slip. Names in lower case without such marks are left to
/// the document's own evidence and the data's well-known names (<see cref="PlaceEvidence"/>).
/// </summary>
internal static class PlaceNames
{
    private static readonly SyntaxSlot<Slips> Slot = new();

    // A place name has four syllables at most (`Bạch Long Vĩ`, `Thủ Dầu Một`); the run reads one word more.
    private const int MaxName = 4;

    /// <summary>The slips of the paragraph, read once for RL6005 and RL6003.</summary>
    public static IReadOnlyList<PlaceNameSlip> In(Paragraph paragraph, AnalyzerOptions options) => FactsOf(paragraph, options).Slips;

    /// <summary>The slips, names and candidates of the paragraph, read once for RL6005 and RL6003.</summary>
    public static PlaceFacts FactsOf(Paragraph paragraph, AnalyzerOptions options)
    {
        var data = PlaceNameData.Get(options.Data);
        var slips = paragraph.Syntax.GetOrAdd(Slot, (data, paragraph, options), static (_, state) => Find(state.data, state.paragraph, state.options));
        // Another workspace's data reads afresh.
        return ReferenceEquals(slips.Data, data) ? slips.Facts : Find(data, paragraph, options).Facts;
    }

    private static Slips Find(PlaceNameData data, Paragraph paragraph, AnalyzerOptions options)
    {
        List<PlaceNameSlip>? items = null;
        List<PlaceModel>? models = null;
        List<PlaceCandidate>? candidates = null;
        var tokens = paragraph.Tokens;
        SpellingData? spelling = null;
        NameTables? tables = null;
        bool? titleCase = null;
        // The last token of the words read after a unit word: a well-known name among them is that reading's business.
        var covered = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > covered && tokens[i].Kind == TokenKind.Word && tokens[i].Has(TokenFlags.Capitalized)
                && WellKnownPlaceSlips.At(paragraph, i, tokens[i].Start, afterUnit: false, data, spelling ??= SpellingData.Get(options)) is { } named)
            {
                // `Buôn Ma thuột tổ chức`, `tại Quảng ninh`: no unit word before, but the data knows the name.
                (items ??= []).Add(named.Slip);
                i = covered = named.LastToken;
                continue;
            }
            if (data.Units.Match(paragraph, i) is not { } unit)
            {
                continue;
            }
            i = unit.LastToken;
            spelling ??= SpellingData.Get(options);
            tables ??= NameTables.Get(options.Data);
            if (!IsPlaceUnit(paragraph, unit, spelling))
            {
                continue;
            }
            var run = NameRun(paragraph, unit.LastToken + 2, data);
            if (unit.LastToken + 2 < tokens.Count && TokenNavigation.IsWordGap(tokens[unit.LastToken + 1])
                && WellKnownPlaceSlips.At(paragraph, unit.LastToken + 2, tokens[unit.FirstToken].Start, afterUnit: true, data, spelling) is { } known)
            {
                // `thành phố Hồ Chí minh dự lễ`: the well-known name, not `Hồ Chí` taken for the document's spelling of one.
                (items ??= []).Add(known.Slip);
                i = covered = known.LastToken;
                continue;
            }
            if (SlipAfter(paragraph, unit, run, data, spelling, tables) is { } slip)
            {
                (items ??= []).Add(slip);
                covered = Math.Max(covered, run[^1]);
                continue;
            }
            if (ModelAfter(paragraph, unit, run, data, spelling, tables) is { } model)
            {
                // A headline in title case (`Kế Hoạch Phát Triển Các Xã`) capitalizes every word: no evidence.
                if (!(titleCase ??= NamePairs.IsTitleCase(paragraph)))
                {
                    (models ??= []).Add(model);
                }
                covered = Math.Max(covered, run[^1]);
            }
            else if (NameRun(paragraph, unit.LastToken + 2, data, stopAtFollower: false) is var wide
                && CandidateAfter(paragraph, unit, wide, data, spelling) is { } candidate)
            {
                (candidates ??= []).Add(candidate);
                covered = Math.Max(covered, wide[Math.Min(wide.Count, MaxName) - 1]);
            }
        }
        return new Slips(data, items is null && models is null && candidates is null
            ? PlaceFacts.None
            : new PlaceFacts(items ?? [], models ?? [], candidates ?? []));
    }

    /// <summary>The unit word is not in capitals (a heading) nor a syllable of the word before (`văn bản`, `nông thôn`).</summary>
    private static bool IsPlaceUnit(Paragraph paragraph, PhraseMatch unit, SpellingData spelling)
    {
        for (var s = 0; s < unit.Phrase.Syllables.Length; s++)
        {
            if (NameContext.IsAllCaps(paragraph.Tokens[unit.TokenOf(s)]))
            {
                return false;
            }
        }
        return !NameContext.ContinuesWordBefore(paragraph, unit.FirstToken, spelling);
    }

    private static PlaceNameSlip? SlipAfter(Paragraph paragraph, PhraseMatch unit, List<int> run, PlaceNameData data, SpellingData spelling, NameTables tables)
    {
        if (run.Count < 2 || MakesWord(paragraph, unit.LastToken, run[0], spelling)
            || data.IsCommonWord(paragraph.GetString(paragraph.Tokens[run[0]]), paragraph.GetString(paragraph.Tokens[run[1]])))
        {
            return null;
        }
        int lower, last;
        if (!IsCapital(paragraph, run[0]))
        {
            // `tân Phú`, `hồ Chí Minh`: a lower-case syllable before capitals, where the name visibly ends.
            lower = 0;
            last = LastCapital(paragraph, run, 1);
            if (last < 1 || !EndsName(paragraph, run[last], data))
            {
                return null;
            }
        }
        else if (run.Count >= 3 && !IsCapital(paragraph, run[1]) && IsCapital(paragraph, run[2]))
        {
            // `Hồ chí Minh`: a lower-case syllable between a capital and a capital that continues the name, not a
            // person (`làng Sen quê Bác`), a body or title, or a common word (`thôn Bắc giành Cờ thi đua`).
            lower = 1;
            last = LastCapital(paragraph, run, 2);
            if (last < 0 || data.IsFollower(paragraph.GetText(paragraph.Tokens[run[2]])) || ContinuesIntoWord(paragraph, run[last], spelling))
            {
                return null;
            }
        }
        else if (run.Count == 2 && !IsCapital(paragraph, run[1]) && EndsClause(paragraph, run[1]))
        {
            // `Yên thành.`: one capital and a lower-case syllable that ends the clause.
            lower = 1;
            last = 1;
        }
        else
        {
            return null; // one word, or words of one case: nothing says a name was mistyped
        }
        for (var w = 0; w <= last; w++)
        {
            if (StartsBodyOrTitle(paragraph, run[w], tables) || (w > 0 && MakesWord(paragraph, run[w - 1], run[w], spelling)))
            {
                return null;
            }
        }
        var tokens = paragraph.Tokens;
        var edit = new TextEdit(tokens[run[lower]].Span, Syllables.WithCase(paragraph.GetText(tokens[run[lower]]), upperFirst: true));
        return new PlaceNameSlip(TextSpan.FromBounds(tokens[unit.FirstToken].Start, tokens[run[last]].End), [edit]);
    }

    /// <summary>The last of the capitalized words from run index <paramref name="from"/> on, within a name's length; -1 when that word is in lower case.</summary>
    private static int LastCapital(Paragraph paragraph, List<int> run, int from)
    {
        var last = -1;
        for (var w = from; w < run.Count && w < MaxName && IsCapital(paragraph, run[w]); w++)
        {
            last = w;
        }
        return last < 0 || (last + 1 < run.Count && last + 1 == MaxName && IsCapital(paragraph, run[last + 1])) ? -1 : last;
    }

    /// <summary>
    /// The words after a unit word all capitalized, two to four of them (`xã Tân Phú`, `thành phố Điện Biên Phủ`): the
    /// document's own spelling of a name, unless they open a body or a title or are one of the data's common words.
    /// </summary>
    private static PlaceModel? ModelAfter(Paragraph paragraph, PhraseMatch unit, List<int> run, PlaceNameData data, SpellingData spelling, NameTables tables)
    {
        var length = 0;
        while (length < run.Count && IsCapital(paragraph, run[length]) && Syllables.HasCase(paragraph.GetText(paragraph.Tokens[run[length]]), true)
            && !StartsBodyOrTitle(paragraph, run[length], tables))
        {
            length++;
        }
        if (length < 2 || length > MaxName || (length < run.Count && IsCapital(paragraph, run[length]))
            || MakesWord(paragraph, unit.LastToken, run[0], spelling)
            || data.IsCommonWord(paragraph.GetString(paragraph.Tokens[run[0]]), paragraph.GetString(paragraph.Tokens[run[1]])))
        {
            return null;
        }
        var commonWord = false;
        for (var w = 1; w < length; w++)
        {
            commonWord |= MakesWord(paragraph, run[w - 1], run[w], spelling);
        }
        var keys = new string[length];
        for (var w = 0; w < length; w++)
        {
            keys[w] = PlaceNameData.KeyOf(paragraph.GetString(paragraph.Tokens[run[w]]));
        }
        return new PlaceModel(string.Join(' ', keys), UnitKey(paragraph, unit), commonWord,
            TextSpan.FromBounds(paragraph.Tokens[unit.FirstToken].Start, paragraph.Tokens[run[length - 1]].End));
    }

    /// <summary>The words after a unit word when some is not capitalized, for the document phase to match against names.</summary>
    private static PlaceCandidate? CandidateAfter(Paragraph paragraph, PhraseMatch unit, List<int> run, PlaceNameData data, SpellingData spelling)
    {
        if (run.Count == 0)
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        var count = Math.Min(run.Count, MaxName);
        var words = new TextSpan[count];
        var keys = new string[count];
        var proper = new bool[count];
        var endsAt = new bool[count + 1];
        var follower = new bool[count];
        var allProper = true;
        for (var w = 0; w < count; w++)
        {
            var text = paragraph.GetText(tokens[run[w]]);
            words[w] = tokens[run[w]].Span;
            keys[w] = PlaceNameData.KeyOf(text.ToString());
            proper[w] = Syllables.HasCase(text, true);
            follower[w] = !IsCapital(paragraph, run[w]) && data.IsFollower(text);
            allProper &= proper[w];
            // A name ends before a lower-case word that does not make a word with its last syllable (`xã tân phú tổ chức`).
            endsAt[w + 1] = w + 1 == run.Count
                || (!IsCapital(paragraph, run[w + 1]) && !MakesWord(paragraph, run[w], run[w + 1], spelling));
        }
        return allProper ? null : new PlaceCandidate(UnitKey(paragraph, unit), CaseCheck.SpanOf(paragraph, unit), words, keys, proper, endsAt, follower);
    }

    private static string UnitKey(Paragraph paragraph, PhraseMatch unit) => unit.Phrase.Text.ToLowerInvariant();

    private static bool IsCapital(Paragraph paragraph, int word) => paragraph.Tokens[word].Has(TokenFlags.Capitalized);

    /// <summary>
    /// After a name opened in lower case (`xã tân Phú`), the clause ends, another unit follows, or a word that follows
    /// a place standing as the subject (`xã tân Phú đã …`): a verb's object runs on in other words (`xã nhận Cờ thi đua`).
    /// </summary>
    internal static bool EndsName(Paragraph paragraph, int last, PlaceNameData data)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, last);
        return next < 0 || paragraph.Tokens[next].Kind == TokenKind.Punctuation
            || (next == last + 2 && (data.Units.Match(paragraph, next) is not null || TokenNavigation.IsWordIn(paragraph, next, AfterSubject)));
    }

    // Words that follow a place standing as the subject of a clause.
    private static readonly string[] AfterSubject = ["đã", "đang", "sẽ", "được", "đạt", "cũng", "vẫn", "luôn"];

    /// <summary>
    /// The words one space apart from <paramref name="start"/> up to a follower or a unit word in lower case, or up to
    /// anything that is not a word (a number: `tổ 5`); empty when a word is in capitals (a heading). Five words at
    /// most: a name and the word after it. Without <paramref name="stopAtFollower"/>, the run reads on through followers,
    /// for names that hold one (`tỉnh đồng nai`).
    /// </summary>
    private static List<int> NameRun(Paragraph paragraph, int start, PlaceNameData data, bool stopAtFollower = true)
    {
        var tokens = paragraph.Tokens;
        var run = new List<int>(MaxName + 1);
        for (var at = start; at < tokens.Count && run.Count <= MaxName && TokenNavigation.IsWordGap(tokens[at - 1])
            && tokens[at].Kind == TokenKind.Word; at += 2)
        {
            if (NameContext.IsAllCaps(tokens[at]))
            {
                return [];
            }
            if (!tokens[at].Has(TokenFlags.Capitalized)
                && ((stopAtFollower && data.IsFollower(paragraph.GetText(tokens[at]))) || data.Units.Match(paragraph, at) is not null))
            {
                break;
            }
            run.Add(at);
        }
        return run;
    }

    /// <summary>Nothing but punctuation or the paragraph's end after the word: `… tại huyện Yên thành.`</summary>
    private static bool EndsClause(Paragraph paragraph, int word)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, word);
        return next < 0 || paragraph.Tokens[next].Kind == TokenKind.Punctuation;
    }

    /// <summary>`xã phó Chủ tịch`, `huyện với Ủy ban`: the capital opens a body or a title, not a place.</summary>
    private static bool StartsBodyOrTitle(Paragraph paragraph, int word, NameTables tables) =>
        tables.Bodies.Match(paragraph, word) is not null || tables.Titles.Match(paragraph, word) is not null
        || tables.Complements.Match(paragraph, word) is not null;

    /// <summary>Two words one space apart that make a lexicon word (`xã hội`, `bản Kết luận`, `Cờ thi đua`): a common word, no name.</summary>
    private static bool MakesWord(Paragraph paragraph, int first, int second, SpellingData spelling) =>
        spelling.Lexicon.IsWord(spelling.Validator, paragraph.GetText(paragraph.Tokens[first]), paragraph.GetText(paragraph.Tokens[second]));

    /// <summary>The word and the word one space after it are syllables of one lexicon word (`Cờ thi` of `Cờ thi đua`, `Bằng khen`).</summary>
    private static bool ContinuesIntoWord(Paragraph paragraph, int word, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        return word + 2 < tokens.Count && TokenNavigation.IsWordGap(tokens[word + 1]) && tokens[word + 2].Kind == TokenKind.Word
            && spelling.Lexicon.ContainsPair(spelling.Validator, paragraph.GetText(tokens[word]), paragraph.GetText(tokens[word + 2]));
    }

    private sealed record Slips(PlaceNameData Data, PlaceFacts Facts);
}
