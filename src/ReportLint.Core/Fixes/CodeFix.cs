using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Core.Fixes;

/// <summary>A way to mend a finding: a title and the text edits it makes.</summary>
public sealed record CodeFix(LocalizedText Title, IReadOnlyList<TextEdit> Edits, FixSafety Safety)
{
    /// <summary>The title on one line: one that quotes words across a wrapped line break shows the break as a space.</summary>
    public LocalizedText Title { get; init; } = OneLineTitle(Title);

    private static LocalizedText OneLineTitle(LocalizedText title)
    {
        var (vi, en) = (OneLine.Of(title.Vi), OneLine.Of(title.En));
        return ReferenceEquals(vi, title.Vi) && ReferenceEquals(en, title.En) ? title : new LocalizedText(vi, en);
    }

    public static CodeFix Replace(TextSpan span, string newText, FixSafety safety, LocalizedText? title = null) =>
        new(title ?? DefaultTitle(newText), [new TextEdit(span, newText)], safety);

    /// <summary>
    /// Replaces <paramref name="oldText"/> (the text at <paramref name="span"/>) by words that hold no line break, keeping
    /// the draft's line breaks: the words both share at the start and the end are left alone, and a break inside the
    /// words replaced goes at the same place among the new ones (`Ban Chấp` ⏎ `hành Trung ương` → `Bộ Chính` ⏎ `trị`), so a
    /// hard-wrapped paragraph is not rewritten into one long line.
    /// </summary>
    public static CodeFix ReplaceKeepingLineBreaks(TextSpan span, string oldText, string newText, FixSafety safety, LocalizedText? title = null)
    {
        title ??= DefaultTitle(newText);
        if (oldText.Length != span.Length || oldText.AsSpan().IndexOfAny('\n', '\r') < 0 || newText.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            return Replace(span, newText, safety, title);
        }
        var old = Words(oldText);
        var replacement = newText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var prefix = 0;
        while (prefix < old.Count && prefix < replacement.Length && oldText.AsSpan(old[prefix].Start, old[prefix].Length).SequenceEqual(replacement[prefix]))
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < old.Count - prefix && suffix < replacement.Length - prefix
            && oldText.AsSpan(old[^(suffix + 1)].Start, old[^(suffix + 1)].Length).SequenceEqual(replacement[^(suffix + 1)]))
        {
            suffix++;
        }
        var oldMiddle = old.Count - prefix - suffix;
        var newMiddle = replacement.Length - prefix - suffix;
        if (oldMiddle == 0 || newMiddle == 0)
        {
            return Replace(span, newText, safety, title); // an insertion or a deletion: no word to keep a break beside
        }
        var start = old[prefix].Start;
        var end = old[prefix + oldMiddle - 1].End;
        var words = replacement.AsSpan(prefix, newMiddle);
        // The first break between the words replaced, as written (`\r\n`, an indent), after as many words in the new text.
        var builder = new System.Text.StringBuilder();
        var breakAfter = -1;
        var gap = "";
        for (var w = prefix; w < prefix + oldMiddle - 1; w++)
        {
            var between = oldText.AsSpan(old[w].End, old[w + 1].Start - old[w].End);
            if (between.IndexOfAny('\n', '\r') >= 0)
            {
                breakAfter = Math.Clamp(w - prefix + 1, 1, Math.Max(1, words.Length - 1));
                gap = between.ToString();
                break;
            }
        }
        for (var w = 0; w < words.Length; w++)
        {
            builder.Append(w == 0 ? "" : w == breakAfter && words.Length > 1 ? gap : " ").Append(words[w]);
        }
        return new CodeFix(title, [new TextEdit(new TextSpan(span.Start + start, end - start), builder.ToString())], safety);
    }

    private static List<TextSpan> Words(string text)
    {
        var words = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i > start)
            {
                words.Add(TextSpan.FromBounds(start, i));
            }
        }
        return words;
    }

    public static CodeFix Delete(TextSpan span, FixSafety safety, LocalizedText? title = null) =>
        new(title ?? new LocalizedText("Xóa", "Delete"), [TextEdit.Delete(span)], safety);

    public static CodeFix Insert(int position, string text, FixSafety safety, LocalizedText? title = null) =>
        new(title ?? DefaultTitle(text), [TextEdit.Insert(position, text)], safety);

    public CodeFix Shift(int delta)
    {
        if (delta == 0)
        {
            return this;
        }
        var edits = new TextEdit[Edits.Count];
        for (var i = 0; i < edits.Length; i++)
        {
            edits[i] = Edits[i].Shift(delta);
        }
        return this with { Edits = edits };
    }

    /// <summary>The smallest span covering every edit.</summary>
    public TextSpan Extent => TextSpan.FromBounds(Edits.Min(e => e.Span.Start), Edits.Max(e => e.Span.End));

    private static LocalizedText DefaultTitle(string newText) =>
        newText.Length == 0 ? new LocalizedText("Xóa", "Delete")
        : string.IsNullOrWhiteSpace(newText) ? new LocalizedText("Sửa khoảng trắng", "Fix spacing")
        : new LocalizedText($"Sửa thành “{newText}”", $"Change to “{newText}”");
}
