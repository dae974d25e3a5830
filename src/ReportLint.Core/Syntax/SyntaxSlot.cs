namespace ReportLint.Core.Syntax;

/// <summary>
/// A place on every <see cref="ParagraphSyntax"/> where a rule keeps what it derived from that paragraph
/// (its syllables, citations, abbreviations). The value lives exactly as long as the syntax, as with a
/// ConditionalWeakTable, but without one GC dependent handle per paragraph and per table.
/// Declare one as a static readonly field.
/// </summary>
public sealed class SyntaxSlot<T> where T : class
{
    internal int Index { get; } = SyntaxSlots.Next();
}

internal static class SyntaxSlots
{
    private static int s_last = -1;

    public static int Count => Volatile.Read(ref s_last) + 1;

    public static int Next() => Interlocked.Increment(ref s_last);
}
