namespace ReportLint.Core.Text;

/// <summary>Replace <see cref="Span"/> with <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);

    public TextEdit Shift(int delta) => new(Span.Shift(delta), NewText);

    /// <summary>Applies edits that must not overlap; throws if they do.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                throw new ArgumentException($"Edit {edit.Span} overlaps another edit or lies outside the text.", nameof(edits));
            }
            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }
        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
