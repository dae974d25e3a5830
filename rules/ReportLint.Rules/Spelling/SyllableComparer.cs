namespace ReportLint.Rules.Spelling;

/// <summary>
/// Case-insensitive equality of syllables with a cheap hash (length and first and last letters):
/// the tables are small, and hashing every word of a document must not cost more than the lookup.
/// </summary>
internal sealed class SyllableComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly SyllableComparer Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.Equals(other, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static int Hash(ReadOnlySpan<char> text) =>
        text.IsEmpty ? 0 : (text.Length * 65599 + Lower(text[0])) * 65599 + Lower(text[^1]);

    /// <summary>Lower case without a call into the culture tables for Latin and Vietnamese letters (every word of a draft is hashed).</summary>
    public static char Lower(char c) => c < LowerCase.Length ? LowerCase[c] : char.ToLowerInvariant(c);

    private static readonly char[] LowerCase = Enumerable.Range(0, 0x1F00).Select(c => char.ToLowerInvariant((char)c)).ToArray();
}
