using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>
/// One of the data's well-known names opened with a capital and a later syllable left in lower case (`Buôn Ma thuột tổ
/// chức`, `thành phố Hồ Chí minh dự`, `tại Quảng ninh.`), with or without a unit word before it. The capital marks a
/// name and the data says which; the words must still end as a name does: the next word is no capital (a longer name)
/// and makes no word with the last syllable, and no two syllables of the name make a word of their own. Without a unit
/// word, a capital inside the name marks it beyond doubt (`Buôn Ma thuột`); a name of one capital must end the clause or
/// come before a word that follows a subject (`tại Cao bằng đã`), since the lexicon does not hold every word the last
/// syllable may open (`anh Nam định cư`, `ngành Hải dương học`), and must not start the sentence, where the capital
/// says nothing (`Cao bằng nhau`).
/// </summary>
internal static class WellKnownPlaceSlips
{
    // A place name has four syllables at most (`Bạch Long Vĩ`, `Thủ Dầu Một`).
    private const int MaxName = 4;

    /// <summary>The slip of the name that starts at token <paramref name="first"/>, its span opening at <paramref name="spanStart"/> (a unit word before it, or the name); null when there is none.</summary>
    public static (PlaceNameSlip Slip, int LastToken)? At(Paragraph paragraph, int first, int spanStart, bool afterUnit, PlaceNameData data, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        if (tokens[first] is not { Kind: TokenKind.Word } opening || !Syllables.HasCase(paragraph.GetText(opening), true))
        {
            return null;
        }
        Span<int> words = stackalloc int[MaxName];
        var count = 1;
        words[0] = first;
        for (var at = first + 2; count < MaxName && at < tokens.Count && TokenNavigation.IsWordGap(tokens[at - 1]) && tokens[at].Kind == TokenKind.Word; at += 2)
        {
            words[count++] = at;
        }
        for (var length = count; length >= 2; length--)
        {
            if (Slip(paragraph, words[..length], spanStart, afterUnit, data, spelling) is { } slip)
            {
                return (slip, words[length - 1]);
            }
        }
        return null;
    }

    private static PlaceNameSlip? Slip(Paragraph paragraph, ReadOnlySpan<int> words, int spanStart, bool afterUnit, PlaceNameData data, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        var keys = new string[words.Length];
        var lower = 0;
        var innerCapital = false;
        for (var w = 0; w < words.Length; w++)
        {
            var text = paragraph.GetText(tokens[words[w]]);
            keys[w] = PlaceNameData.KeyOf(text.ToString());
            var proper = Syllables.HasCase(text, true);
            lower += proper ? 0 : 1;
            innerCapital |= w > 0 && proper;
            if (NameContext.IsAllCaps(tokens[words[w]]))
            {
                return null;
            }
        }
        if (lower == 0 || !data.IsWellKnown(string.Join(' ', keys)) || !EndsName(paragraph, words[^1], spelling)
            || (!afterUnit && !innerCapital && (StartsSentence(paragraph, words[0]) || !PlaceNames.EndsName(paragraph, words[^1], data))))
        {
            return null;
        }
        for (var w = 1; w < words.Length; w++)
        {
            var (before, after) = (paragraph.GetString(tokens[words[w - 1]]), paragraph.GetString(tokens[words[w]]));
            if (spelling.Lexicon.IsWord(spelling.Validator, before, after) || data.IsCommonWord(before, after))
            {
                return null; // `Hải dương học`: a word of its own, not a name written in lower case
            }
        }
        var edits = new List<TextEdit>(lower);
        foreach (var word in words)
        {
            var text = paragraph.GetText(tokens[word]);
            if (!Syllables.HasCase(text, true))
            {
                edits.Add(new TextEdit(tokens[word].Span, Syllables.WithCase(text, upperFirst: true)));
            }
        }
        return new PlaceNameSlip(TextSpan.FromBounds(spanStart, tokens[words[^1]].End), edits);
    }

    /// <summary>Nothing, a sign or a word in lower case that makes no word with the last syllable follows: the name ends there.</summary>
    private static bool EndsName(Paragraph paragraph, int last, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        var next = last + 2;
        if (next >= tokens.Count || !TokenNavigation.IsWordGap(tokens[last + 1]) || tokens[next].Kind != TokenKind.Word)
        {
            return true;
        }
        return !tokens[next].Has(TokenFlags.Capitalized)
            && !spelling.Lexicon.IsWord(spelling.Validator, paragraph.GetText(tokens[last]), paragraph.GetText(tokens[next]));
    }

    private static bool StartsSentence(Paragraph paragraph, int word) =>
        paragraph.FirstWordOfSentence(word) is var first && (first < 0 || first >= word);
}
