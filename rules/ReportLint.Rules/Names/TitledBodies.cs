using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Names;

/// <summary>
/// A capitalized title before a known body, for RL6003: `Trưởng Ban Tuyên giáo` (the body as the data writes it) or
/// `Trưởng ban tuyên giáo` (the body in lower case). Alone, the lower case may be generic (`Trưởng ban tổ chức hội nghị`:
/// an organizing committee), so RL6001 leaves it; beside the capitalized form of the same post in one document it is a
/// slip. The edits give the title and the body their canonical capitals.
/// </summary>
internal sealed record TitledBody(string Key, bool Canonical, TextSpan Span, IReadOnlyList<TextEdit> Edits)
{
    public static List<TitledBody>? Collect(Paragraph paragraph, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        var titles = tables.TitlesIn(paragraph);
        var bodies = tables.BodiesIn(paragraph);
        List<TitledBody>? items = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (titles.At(i) is not { } title)
            {
                continue;
            }
            var next = title.LastToken + 2;
            i = title.LastToken;
            if (!tokens[title.FirstToken].Has(TokenFlags.Capitalized) || NameContext.IsAllCaps(tokens[title.FirstToken])
                || next >= tokens.Count || !TokenNavigation.IsWordGap(tokens[next - 1]) || bodies.At(next) is not { } body
                || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, title.FirstToken), NameContext.Plural))
            {
                continue;
            }
            if (body.Phrase.Unique || tables.Complements.Match(paragraph, next) is not null)
            {
                continue; // `bộ chính trị`, `Bí thư huyện ủy`: RL6001 reports these in lower case on their own
            }
            var initial = NameContext.IsInitial(paragraph, title.FirstToken);
            if (CaseCheck.Corrections(paragraph, body, initial: false) is not { } bodyEdits
                || CaseCheck.Corrections(paragraph, title, initial) is not { } titleEdits)
            {
                continue; // a heading in capitals
            }
            var canonical = bodyEdits.Count == 0 && titleEdits.Count == 0;
            // Only a body wholly in lower case, where the post visibly ends (`Trưởng ban tuyên giáo,`): others are RL6001's.
            if (!canonical && (!IsLowerCase(paragraph, body) || !EndsPost(paragraph, body.LastToken)))
            {
                continue;
            }
            var span = TextSpan.FromBounds(tokens[title.FirstToken].Start, tokens[body.LastToken].End);
            (items ??= []).Add(new TitledBody(title.Phrase.Text + "|" + body.Phrase.Text, canonical, span, [.. titleEdits, .. bodyEdits]));
            i = body.LastToken;
        }
        return items;
    }

    private static bool IsLowerCase(Paragraph paragraph, PhraseMatch body)
    {
        for (var s = 0; s < body.Phrase.Syllables.Length; s++)
        {
            if (body.Phrase.Syllables[s].Slot is null && paragraph.Tokens[body.TokenOf(s)].Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Punctuation, the paragraph's end or a capitalized word (a person's name) after the body.</summary>
    private static bool EndsPost(Paragraph paragraph, int last)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, last);
        return next < 0 || tokens[next].Kind == TokenKind.Punctuation
            || (tokens[next].Kind == TokenKind.Word && tokens[next].Has(TokenFlags.Capitalized) && !NameContext.IsAllCaps(tokens[next]));
    }
}
