using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// A newspaper item's byline: the author's initials alone on their line (`N.A.`, `T.H`, `Bài, ảnh: Q.T.`), and initials
/// glued to a name (`V.I.Lênin`). They name a person, are never defined, and are no abbreviation use of the text.
/// </summary>
internal static partial class Byline
{
    public static bool Is(Paragraph paragraph) => paragraph.Text.Length <= MaxLength && Initials().IsMatch(paragraph.Text);

    /// <summary>Dotted initials glued to a capitalized name (`V.I.Lênin`, `C.Mác`): a person, never an abbreviation to define.</summary>
    public static bool InitialsOfName(Paragraph paragraph, Core.Text.TextSpan mention)
    {
        var text = paragraph.Text;
        var end = mention.End;
        // `V.I.Lênin`: a capital then a lower-case letter after the dot, a name's word (not `V.I.TP`).
        return end + 2 < text.Length && text[end] == '.' && char.IsUpper(text[end + 1]) && char.IsLower(text[end + 2])
            && AreNameInitials(text.AsSpan(mention.Start, mention.Length));
    }

    /// <summary>The initials of given names, dotted in a row: one capital, maybe with a lower-case second letter (`V.I`, `Ph`).</summary>
    public static bool AreNameInitials(ReadOnlySpan<char> text) => NameInitials().IsMatch(text);

    private const int MaxLength = 40;

    [GeneratedRegex(@"^\p{Lu}\p{Ll}?(?:\.\p{Lu}\p{Ll}?)*$")]
    private static partial Regex NameInitials();

    // Single capital letters each followed by a dot (the last one's may be left out), maybe after a short label and `:`.
    [GeneratedRegex(@"^\s*(?:[^:\n]{1,24}:\s*)?(?:\p{Lu}\.){1,3}\p{Lu}?\.?\s*$")]
    private static partial Regex Initials();
}
