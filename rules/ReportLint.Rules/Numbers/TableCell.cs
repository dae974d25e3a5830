using ReportLint.Core.Syntax;
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
/// holds one number and nothing else (relative to the row's paragraph), and its emphasis. A number with a sign
/// before it (`-142,4`, `+3,5`, `−2,23`) is no plain number: only <see cref="SignedNumber"/> spans it, sign included.
/// A number with a percent sign after it (`92,40%`, `85 %`) is no plain number either: only <see cref="PercentNumber"/>
/// spans it (its digits, the sign left out), for the rules that read a column of rates as figures. <see cref="Tokens"/>:
/// the row's tokens between the cell's separators, spaces included (none for a cell the row lacks, see <see cref="TableRow.Under"/>),
/// for the rules that read a text cell as a sentence.
/// </summary>
internal readonly record struct TableCell(string Text, TextSpan? Number, CellEmphasis Emphasis, TextSpan? SignedNumber = null, TextSpan? PercentNumber = null,
    Sentence Tokens = default)
{
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The span of the figure, signed or not, for a fix that replaces it.</summary>
    public TextSpan? Figure => SignedNumber ?? Number;

    /// <summary>The sign written before the number (`-`, `−`, `+`), or none.</summary>
    public char? Sign => SignedNumber is not null && Text.Length > 0 ? Text[0] : null;
}
