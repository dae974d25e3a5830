using System.Runtime.InteropServices;
using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

/// <summary>A token of a paragraph. <see cref="Start"/> is relative to the paragraph's start.</summary>
// Auto layout packs the two one-byte fields together: 12 bytes instead of 16 for every token of a draft.
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token(TokenKind Kind, int Start, int Length, TokenFlags Flags = TokenFlags.None)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool Has(TokenFlags flag) => (Flags & flag) == flag;

    public override string ToString() => $"{Kind}{Span}";
}
