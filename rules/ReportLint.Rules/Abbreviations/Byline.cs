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
        return end + 1 < text.Length && text[end] == '.' && char.IsUpper(text[end + 1]) && char.IsLower(NextLetterAfter(text, end + 1))
            && NameInitials().IsMatch(text.AsSpan(mention.Start, mention.Length));
    }

    private static char NextLetterAfter(string text, int index) => index + 1 < text.Length ? text[index + 1] : ' ';

    private const int MaxLength = 40;

    // One or two letters a part, a capital first (`V.I`, `Ph`): the initials of given names.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}?(?:\.\p{Lu}\p{Ll}?)*$")]
    private static partial Regex NameInitials();

    // Single capital letters each followed by a dot (the last one's may be left out), maybe after a short label and `:`.
    [GeneratedRegex(@"^\s*(?:[^:\n]{1,24}:\s*)?(?:\p{Lu}\.){1,3}\p{Lu}?\.?\s*$")]
    private static partial Regex Initials();
}
