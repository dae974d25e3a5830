namespace ReportLint.Core.Text;

/// <summary>
/// Text quoted from a draft into one line: a message or a fix title that quotes words across a wrapped line break
/// (`Ban Chấp` ⏎ `hành`) would otherwise print on two lines in compiler-style output and in an editor's list.
/// </summary>
public static class OneLine
{
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\r\n\v\f\u0085\u2028\u2029");

    /// <summary>Each line break, with the spaces around it (a line's trailing blanks, the next one's indent), as one space.</summary>
    public static string Of(string text)
    {
        var first = text.AsSpan().IndexOfAny(Breaks);
        if (first < 0)
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!Breaks.Contains(c))
            {
                builder.Append(c);
                i++;
                continue;
            }
            while (builder.Length > 0 && builder[^1] is ' ' or '\t')
            {
                builder.Length--;
            }
            while (i < text.Length && (Breaks.Contains(text[i]) || text[i] is ' ' or '\t'))
            {
                i++;
            }
            builder.Append(' ');
        }
        return builder.ToString();
    }
}
