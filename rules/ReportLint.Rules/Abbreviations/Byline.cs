using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// A newspaper item's byline: the author's initials alone on their line (`N.A.`, `T.H`, `Bài, ảnh: Q.T.`). They name
/// a person, are never defined, and are no abbreviation use of the text.
/// </summary>
internal static partial class Byline
{
    public static bool Is(Paragraph paragraph) => paragraph.Text.Length <= MaxLength && Initials().IsMatch(paragraph.Text);

    private const int MaxLength = 40;

    // Single capital letters each followed by a dot (the last one's may be left out), maybe after a short label and `:`.
    [GeneratedRegex(@"^\s*(?:[^:\n]{1,24}:\s*)?(?:\p{Lu}\.){1,3}\p{Lu}?\.?\s*$")]
    private static partial Regex Initials();
}
