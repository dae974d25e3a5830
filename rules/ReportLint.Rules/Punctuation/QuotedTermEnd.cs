using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// Where an unclosed quotation plausibly ends, when that is safe to say: a quoted term of one or two lower-case words
/// that ends the sentence (`từng bị “nhắc nhở.` → `“nhắc nhở”.`). A capitalized phrase may be a name followed by
/// its predicate (`phong trào “Dân vận khéo lan tỏa.`), a comma may part items inside the quotation
/// (`“đi từng ngõ, gõ từng nhà`), and a quotation after a colon is speech that may run on: none of these is guessed.
/// </summary>
internal static class QuotedTermEnd
{
    private const int MaxWords = 2;

    /// <summary>The offset (in the paragraph) where the closing mark belongs, or null.</summary>
    public static int? Find(Paragraph paragraph, int opening)
    {
        var tokens = paragraph.Tokens;
        if (TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Previous(tokens, opening), ':'))
        {
            return null;
        }
        var words = 0;
        var i = opening + 1;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Word && !tokens[i].Has(TokenFlags.Capitalized))
        {
            words++;
            if (i + 2 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[i + 2].Kind == TokenKind.Word)
            {
                i += 2; // one space, then the next word of the term
                continue;
            }
            i++;
            break;
        }
        return words is > 0 and <= MaxWords && EndsSentence(paragraph, i) ? tokens[i].Start : null;
    }

    /// <summary>A lone full stop, followed by nothing but spaces to the next sentence or the paragraph's end, and no quotation mark after it.</summary>
    private static bool EndsSentence(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (index >= tokens.Count || !TokenNavigation.IsPunctuation(paragraph, index, '.') || tokens[index].Length != 1
            || (index + 1 < tokens.Count && !tokens[index + 1].Kind.IsTrivia()))
        {
            return false;
        }
        for (var i = index + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && paragraph.GetText(tokens[i]) is "“" or "”" or "‘" or "’" or "\"" or "«" or "»")
            {
                return false; // a mark later in the paragraph may be the one that closes it
            }
        }
        return true;
    }
}
