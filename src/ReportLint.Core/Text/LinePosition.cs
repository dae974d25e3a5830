namespace ReportLint.Core.Text;

/// <summary>Zero-based line and UTF-16 character offset within the line (the LSP convention).</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
