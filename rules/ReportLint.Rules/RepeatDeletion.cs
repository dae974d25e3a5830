using ReportLint.Core.Text;

namespace ReportLint.Rules;

/// <summary>
/// What to delete to remove a repeated word (`các các`, `số số`): the space before it, or, when the line breaks before
/// it (a hard wrap, a Markdown paragraph), the spaces after it, so the lines keep their wrap.
/// </summary>
internal static class RepeatDeletion
{
    public static TextSpan Of(string text, int previousEnd, TextSpan repeated)
    {
        if (text.AsSpan(previousEnd, repeated.Start - previousEnd).IndexOfAny('\n', '\r') < 0)
        {
            return TextSpan.FromBounds(previousEnd, repeated.End);
        }
        var end = repeated.End;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        return TextSpan.FromBounds(repeated.Start, end);
    }
}
