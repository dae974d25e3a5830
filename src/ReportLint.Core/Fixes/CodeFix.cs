using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Core.Fixes;

/// <summary>A way to mend a finding: a title and the text edits it makes.</summary>
public sealed record CodeFix(LocalizedText Title, IReadOnlyList<TextEdit> Edits, FixSafety Safety)
{
    public static CodeFix Replace(TextSpan span, string newText, FixSafety safety, LocalizedText? title = null) =>
        new(title ?? DefaultTitle(newText), [new TextEdit(span, newText)], safety);

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
