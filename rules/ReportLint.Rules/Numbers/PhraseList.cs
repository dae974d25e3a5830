using ReportLint.Core.Syntax;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Phrases a reader looks for at every word of a paragraph (`cuộc họp`, `hội nghị`). <see cref="Match"/> answers as
/// <see cref="TokenNavigation.MatchAny"/> does, after a test of the word's shape against the phrases' first words
/// (<see cref="WordShapeFilter"/>) that turns most words away before any comparison.
/// </summary>
internal sealed class PhraseList
{
    private readonly string[][] _phrases;
    private readonly WordShapeFilter _firstWords = new();

    public PhraseList(params string[][] phrases)
    {
        _phrases = phrases;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 0)
            {
                _firstWords.Add(phrase[0]);
            }
        }
    }

    /// <summary>The last token of the first phrase written from <paramref name="index"/> on, or -1.</summary>
    public int Match(Paragraph paragraph, int index) =>
        index >= 0 && index < paragraph.Tokens.Count && paragraph.Tokens[index].Kind == TokenKind.Word
        && _firstWords.MayContain(paragraph.GetText(paragraph.Tokens[index]))
            ? TokenNavigation.MatchAny(paragraph, index, _phrases) : -1;
}
