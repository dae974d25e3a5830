namespace ReportLint.Rules;

/// <summary>
/// Ignore-case search for Vietnamese words in a paragraph's text. The framework's ordinal ignore-case search is
/// vectorised on the value's first character when that is ASCII, and goes character by character through its casing
/// table when it is not: `đại biểu`, `đồng ý`, `ít nhất` cost ten to twenty times `phiếu` on a line of a draft. Such a
/// value is first looked for from its first ASCII character on (` biểu`, `ng ý`, `t nhất`): where that part is missing,
/// so is the whole, and most paragraphs are turned away by the fast search.
/// </summary>
internal static class TextSearch
{
    public static bool ContainsIgnoreCase(ReadOnlySpan<char> text, string value)
    {
        if (value.Length > 0 && !char.IsAscii(value[0]))
        {
            var ascii = value.AsSpan().IndexOfAnyInRange('\0', '\x7f');
            if (ascii > 0 && !text.Contains(value.AsSpan(ascii), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return text.Contains(value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Any of <paramref name="values"/> (see <see cref="ContainsIgnoreCase(ReadOnlySpan{char}, string)"/>).</summary>
    public static bool ContainsAnyIgnoreCase(ReadOnlySpan<char> text, ReadOnlySpan<string> values)
    {
        foreach (var value in values)
        {
            if (ContainsIgnoreCase(text, value))
            {
                return true;
            }
        }
        return false;
    }
}
