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
/// Finds place names written with a lower-case syllable right after an administrative unit word of `place-names.json`
/// (`xã tân Phú`, `huyện Yên thành`), for RL6005; RL6003 leaves these words to it. Only two words of mixed case
/// report, which the writer already marked as a name: a lower-case syllable before one capital where the name visibly
/// ends (`xã tân Phú,`), or one capital and a lower-case syllable that ends the clause (`huyện Yên thành.`). Lower-case
/// prose (`xã nông thôn mới`) has no capital; the data's followers end a name (`huyện ủy`, `xã đạt chuẩn`), and two
/// words that make a lexicon word or one of the data's common words (`xã hội`, `bản Kết luận`, `bản Vùng cao`) are a
/// common word, not a slip.
/// </summary>
internal static class PlaceNames
{
    private static readonly SyntaxSlot<Slips> Slot = new();

    /// <summary>The slips of the paragraph, read once for RL6005 and RL6003.</summary>
    public static IReadOnlyList<PlaceNameSlip> In(Paragraph paragraph, AnalyzerOptions options)
    {
        var data = PlaceNameData.Get(options.Data);
        var slips = paragraph.Syntax.GetOrAdd(Slot, (data, paragraph, options), static (_, state) => Find(state.data, state.paragraph, state.options));
        // Another workspace's data reads afresh.
        return ReferenceEquals(slips.Data, data) ? slips.Items : Find(data, paragraph, options).Items;
    }

    private static Slips Find(PlaceNameData data, Paragraph paragraph, AnalyzerOptions options)
    {
        List<PlaceNameSlip>? items = null;
        var tokens = paragraph.Tokens;
        SpellingData? spelling = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (data.Units.Match(paragraph, i) is not { } unit)
            {
                continue;
            }
            i = unit.LastToken;
            spelling ??= SpellingData.Get(options);
            if (SlipAfter(paragraph, unit, data, spelling, NameTables.Get(options.Data)) is { } slip)
            {
                (items ??= []).Add(slip);
            }
        }
        return new Slips(data, items ?? []);
    }

    private static PlaceNameSlip? SlipAfter(Paragraph paragraph, PhraseMatch unit, PlaceNameData data, SpellingData spelling, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        for (var s = 0; s < unit.Phrase.Syllables.Length; s++)
        {
            if (NameContext.IsAllCaps(tokens[unit.TokenOf(s)]))
            {
                return null; // a heading in capitals
            }
        }
        // `văn bản`, `nông thôn`, `đô thị xã`: the unit word is a syllable of the word before.
        if (NameContext.ContinuesWordBefore(paragraph, unit.FirstToken, spelling))
        {
            return null;
        }
        var run = NameRun(paragraph, unit.LastToken + 2, data);
        if (run.Count < 2 || IsCapital(paragraph, run[0]) == IsCapital(paragraph, run[1]))
        {
            return null; // one word, or two of one case: nothing says a name was mistyped
        }
        // `tân Phú`: a lower-case syllable before one capital, where the name visibly ends.
        // `Yên thành.`: one capital and a lower-case syllable that ends the clause.
        var leading = !IsCapital(paragraph, run[0]);
        if (leading ? !EndsName(paragraph, run, data) : run.Count != 2 || !EndsClause(paragraph, run[1]))
        {
            return null;
        }
        if (StartsBodyOrTitle(paragraph, run[0], tables) || StartsBodyOrTitle(paragraph, run[1], tables)
            || MakesWord(paragraph, unit.LastToken, run[0], spelling) || MakesWord(paragraph, run[0], run[1], spelling)
            || data.IsCommonWord(paragraph.GetString(tokens[run[0]]), paragraph.GetString(tokens[run[1]])))
        {
            return null;
        }
        var lower = leading ? run[0] : run[1];
        var edit = new TextEdit(tokens[lower].Span, Syllables.WithCase(paragraph.GetText(tokens[lower]), upperFirst: true));
        return new PlaceNameSlip(TextSpan.FromBounds(tokens[unit.FirstToken].Start, tokens[run[1]].End), [edit]);
    }

    private static bool IsCapital(Paragraph paragraph, int word) => paragraph.Tokens[word].Has(TokenFlags.Capitalized);

    /// <summary>
    /// After a two-syllable name opened in lower case (`xã tân Phú`), the clause ends, another unit follows, or a word
    /// that follows a place standing as the subject (`xã tân Phú đã …`): a verb's object runs on in other words
    /// (`xã nhận Cờ thi đua`).
    /// </summary>
    private static bool EndsName(Paragraph paragraph, List<int> run, PlaceNameData data)
    {
        if (run.Count != 2)
        {
            return false;
        }
        var next = TokenNavigation.Next(paragraph.Tokens, run[1]);
        return next < 0 || paragraph.Tokens[next].Kind == TokenKind.Punctuation
            || (next == run[1] + 2 && (data.Units.Match(paragraph, next) is not null || TokenNavigation.IsWordIn(paragraph, next, AfterSubject)));
    }

    // Words that follow a place standing as the subject of a clause.
    private static readonly string[] AfterSubject = ["đã", "đang", "sẽ", "được", "đạt", "cũng", "vẫn", "luôn"];

    /// <summary>
    /// The words one space apart from <paramref name="start"/> up to a follower or a unit word in lower case, or up to
    /// anything that is not a word (a number: `tổ 5`); empty when a word is in capitals (a heading). Three words at
    /// most: a two-syllable name and the word after it.
    /// </summary>
    private static List<int> NameRun(Paragraph paragraph, int start, PlaceNameData data)
    {
        var tokens = paragraph.Tokens;
        var run = new List<int>(3);
        for (var at = start; at < tokens.Count && run.Count < 3 && TokenNavigation.IsWordGap(tokens[at - 1])
            && tokens[at].Kind == TokenKind.Word; at += 2)
        {
            if (NameContext.IsAllCaps(tokens[at]))
            {
                return [];
            }
            if (!tokens[at].Has(TokenFlags.Capitalized) && (data.IsFollower(paragraph.GetText(tokens[at])) || data.Units.Match(paragraph, at) is not null))
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

    private sealed record Slips(PlaceNameData Data, IReadOnlyList<PlaceNameSlip> Items);
}
