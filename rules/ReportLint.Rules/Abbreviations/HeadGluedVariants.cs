using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// An undefined abbreviation that is the document's `<Head> <ABBR>` with the head's initial glued on: `HLHPN` where
/// the draft writes `Hội LHPN` (defined as `Hội Liên hiệp Phụ nữ (Hội LHPN)` or used so). The writer meant the
/// document's own form, not a new abbreviation to define. Only a capitalized head of one word, right before the
/// abbreviation, counts.
/// </summary>
internal static class HeadGluedVariants
{
    /// <summary>The form each undefined group glues (`HLHPN` → `Hội LHPN`); groups without one are absent.</summary>
    public static Dictionary<AbbreviationGroup, string> Find(IReadOnlyList<AbbreviationGroup> undefined, IReadOnlyList<AbbreviationGroup> groups)
    {
        var result = new Dictionary<AbbreviationGroup, string>();
        if (undefined.Count == 0)
        {
            return result;
        }
        // `Hội LHPN` as written, by its abbreviation; the first head seen for an abbreviation wins.
        var headed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var site in group.Definitions)
            {
                Add(headed, site.Paragraph, site.Definition.Span, site.Definition.Abbreviation);
            }
            foreach (var use in group.Uses)
            {
                Add(headed, use.Paragraph, use.Mention.Span, use.Mention.Text);
            }
        }
        foreach (var group in undefined)
        {
            if (Glued(group.Target, headed) is { } form)
            {
                result[group] = form;
            }
        }
        return result;
    }

    private static string? Glued(string text, Dictionary<string, List<string>> headed)
    {
        var letters = AbbreviationText.Letters(text);
        if (letters.Count < 3)
        {
            return null; // `HN` is no glued `Hội N`: too little to tell
        }
        var rest = text[letters[0].Length..];
        if (!headed.TryGetValue(rest, out var heads))
        {
            return null;
        }
        foreach (var head in heads)
        {
            if (AbbreviationText.MatchesInitial(letters[0], head))
            {
                return $"{head} {rest}";
            }
        }
        return null;
    }

    private static void Add(Dictionary<string, List<string>> headed, Paragraph paragraph, TextSpan mention, string abbreviation)
    {
        if (HeadBefore(paragraph, mention.Start) is not { } head)
        {
            return;
        }
        if (!headed.TryGetValue(abbreviation, out var heads))
        {
            headed[abbreviation] = heads = [];
        }
        if (!heads.Contains(head, StringComparer.Ordinal))
        {
            heads.Add(head);
        }
    }

    /// <summary>The capitalized word one space before the offset (relative to the paragraph), or null.</summary>
    private static string? HeadBefore(Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var i = NameHeads.FirstTokenAt(tokens, start);
        // i is the mention's first token: a single space, then the head.
        if (i < 2 || tokens[i - 1] is not { Kind: TokenKind.Space, Length: 1 } || tokens[i - 2] is not { Kind: TokenKind.Word } word
            || !word.Has(TokenFlags.Capitalized) || word.Has(TokenFlags.AllUpper))
        {
            return null;
        }
        return paragraph.GetString(word);
    }
}
