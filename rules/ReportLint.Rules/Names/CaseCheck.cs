using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Names;

/// <summary>Compares a matched phrase with the capitalization of its canonical form.</summary>
internal static class CaseCheck
{
    /// <summary>
    /// The edits that give the phrase its canonical capitalization (empty when it has it); the
    /// first word of a sentence may keep its capital. Null when the phrase is in a heading.
    /// </summary>
    public static List<TextEdit>? Corrections(Paragraph paragraph, PhraseMatch match, bool initial)
    {
        var edits = new List<TextEdit>();
        for (var s = 0; s < match.Phrase.Syllables.Length; s++)
        {
            var syllable = match.Phrase.Syllables[s];
            var token = paragraph.Tokens[match.TokenOf(s)];
            if (syllable.Slot is not null)
            {
                continue;
            }
            if (NameContext.IsAllCaps(token))
            {
                return null;
            }
            var text = paragraph.GetText(token);
            var upper = s == 0 && initial ? syllable.UpperFirst || char.IsUpper(text[0]) : syllable.UpperFirst;
            if (!Syllables.HasCase(text, upper))
            {
                edits.Add(new TextEdit(token.Span, Syllables.WithCase(text, upper)));
            }
        }
        return edits;
    }

    /// <summary>True when some word after the first has a capital: the writer meant a name.</summary>
    public static bool HasInnerCapital(Paragraph paragraph, PhraseMatch match)
    {
        for (var s = 1; s < match.Phrase.Syllables.Length; s++)
        {
            var token = paragraph.Tokens[match.TokenOf(s)];
            if (match.Phrase.Syllables[s].Slot is null && token.Has(TokenFlags.Capitalized))
            {
                return true;
            }
        }
        return false;
    }

    public static TextSpan SpanOf(Paragraph paragraph, PhraseMatch match) =>
        TextSpan.FromBounds(paragraph.Tokens[match.FirstToken].Start, paragraph.Tokens[match.LastToken].End);

    /// <summary>The phrase as it reads after the edits (on one line, as <see cref="Written"/>).</summary>
    public static string Corrected(Paragraph paragraph, TextSpan span, IReadOnlyList<TextEdit> edits)
    {
        var text = paragraph.Text.Substring(span.Start, span.Length);
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
        {
            text = text.Remove(edit.Span.Start - span.Start, edit.Span.Length).Insert(edit.Span.Start - span.Start, edit.NewText);
        }
        return QuotedText.OnOneLine(text);
    }

    /// <summary>The phrase as written, for a message: a wrapped paragraph's line break inside it reads as a space.</summary>
    public static string Written(Paragraph paragraph, TextSpan span) => QuotedText.Of(paragraph, span);

    public static CodeFix Fix(string corrected, IReadOnlyList<TextEdit> edits) =>
        new(new LocalizedText($"Sửa thành “{corrected}”", $"Change to “{corrected}”"), edits.ToArray(), FixSafety.Unsafe);
}
