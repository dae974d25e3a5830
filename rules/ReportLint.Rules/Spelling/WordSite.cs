using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// A word token in its paragraph, as both a token callback and a document rule's collector see it, so
/// the spelling decisions are written once for both.
/// </summary>
internal readonly struct WordSite(Paragraph paragraph, int tokenIndex, AnalyzerOptions options)
{
    public Paragraph Paragraph { get; } = paragraph;

    public int TokenIndex { get; } = tokenIndex;

    public AnalyzerOptions Options { get; } = options;

    public TokenList Tokens => Paragraph.Tokens;

    public Token Token => Paragraph.Tokens[TokenIndex];

    public ReadOnlySpan<char> Text => Paragraph.GetText(Token);

    public Token? Peek(int offset)
    {
        var index = TokenIndex + offset;
        return index >= 0 && index < Paragraph.Tokens.Count ? Paragraph.Tokens[index] : null;
    }

    public static WordSite Of(TokenAnalysisContext context) => new(context.Paragraph, context.TokenIndex, context.Options);
}
