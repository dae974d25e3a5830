using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>Bold and italic of a table cell, read from its Markdown markup.</summary>
[Flags]
internal enum CellEmphasis : byte
{
    None = 0,
    Italic = 1,
    Bold = 2,
}

/// <summary>
/// One cell of a Markdown pipe table: its prose (markup left out, trimmed), the span of its number when the cell
/// holds one number and nothing else (relative to the row's paragraph), and its emphasis.
/// </summary>
internal readonly record struct TableCell(string Text, TextSpan? Number, CellEmphasis Emphasis)
{
    public bool IsEmpty => Text.Length == 0;
}
