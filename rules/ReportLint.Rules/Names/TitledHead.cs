using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>
/// `Trưởng` or `Phó Trưởng`, capitalized, before the head of a body's name that the data does not know, the name
/// capitalized after it: `Trưởng Ban Quản lý dự án` or `Trưởng ban Quản lý dự án`, for RL6003. Whether the head takes a
/// capital is a house choice (the Party's `Trưởng Ban`, the State's `Trưởng phòng`) that a document keeps one way, so
/// the document's own majority decides. Known bodies are RL6001's and <see cref="TitledBody"/>'s, and the data's
/// compound titles (`Trưởng phòng`) keep the head in lower case. Other titles (`Giám đốc Trung tâm`) are left alone:
/// the head there opens the body's name.
/// </summary>
/// <param name="Key">The title, the head and the first word of the name, in lower case: one post.</param>
/// <param name="Head">The head's first word, whose case is compared.</param>
internal sealed record TitledHead(string Key, bool Upper, TextSpan Head, TextSpan Span)
{
    public static List<TitledHead>? Collect(Paragraph paragraph, NameTables tables, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        var titles = tables.TitlesIn(paragraph);
        List<TitledHead>? items = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (titles.At(i) is not { } title)
            {
                continue;
            }
            i = title.LastToken;
            var at = title.LastToken + 2;
            if (!title.Phrase.Syllables[^1].Canonical.Equals("Trưởng", StringComparison.OrdinalIgnoreCase)
                || !tokens[title.FirstToken].Has(TokenFlags.Capitalized) || NameContext.IsAllCaps(tokens[title.FirstToken])
                || at >= tokens.Count || !TokenNavigation.IsWordGap(tokens[at - 1])
                || tables.NameHeads.Match(paragraph, at) is not { } head || NameContext.IsAllCaps(tokens[at])
                || tables.CompoundTitles.Match(paragraph, title.LastToken) is not null
                || tables.Bodies.Match(paragraph, at) is not null)
            {
                continue;
            }
            var name = head.LastToken + 2;
            if (name >= tokens.Count || !TokenNavigation.IsWordGap(tokens[name - 1]) || tokens[name].Kind != TokenKind.Word
                || !tokens[name].Has(TokenFlags.Capitalized) || NameContext.IsAllCaps(tokens[name]))
            {
                continue;
            }
            if (items is null && NamePairs.IsTitleCase(paragraph))
            {
                return null; // a headline capitalizes every word
            }
            // `Trưởng` and `Phó Trưởng` before one body are one choice of the head's case.
            var key = title.Phrase.Syllables[^1].Canonical.ToLowerInvariant() + "|" + head.Phrase.Text.ToLowerInvariant() + "|"
                + PlaceNameData.KeyOf(paragraph.GetString(tokens[name]));
            // The span reads to the end of the name's first word (`Trưởng ban Quản lý`), not into its middle.
            var end = name + 2 < tokens.Count && TokenNavigation.IsWordGap(tokens[name + 1]) && tokens[name + 2].Kind == TokenKind.Word
                && spelling.Lexicon.IsWord(spelling.Validator, paragraph.GetText(tokens[name]), paragraph.GetText(tokens[name + 2])) ? name + 2 : name;
            (items ??= []).Add(new TitledHead(key, tokens[at].Has(TokenFlags.Capitalized), tokens[at].Span,
                TextSpan.FromBounds(tokens[title.FirstToken].Start, tokens[end].End)));
            i = end;
        }
        return items;
    }
}
