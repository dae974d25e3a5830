using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

/// <summary>A sentence as a range of the paragraph's tokens (trailing spaces included).</summary>
public readonly record struct Sentence(int FirstToken, int TokenCount, TextSpan Span)
{
    public int EndToken => FirstToken + TokenCount;
}
