namespace ReportLint.Rules.Tests.Numbers;

/// <summary>Tables of the tests written another way than as Markdown.</summary>
internal static class TableText
{
    /// <summary>
    /// The Markdown table typed in plain text with its cells parted by tabs, as a .docx is read too (one tab between
    /// cells, one line per row, empty cells kept): the alignment line and the bold marks go, the other lines stay.
    /// </summary>
    public static string Tabbed(string markdown) => string.Join('\n', markdown.Split('\n')
        .Where(line => !line.StartsWith("|---", StringComparison.Ordinal))
        .Select(line => line.StartsWith('|') ? string.Join('\t', Cells(line)) : line));

    private static IEnumerable<string> Cells(string row) =>
        row.Trim()[1..^1].Split('|').Select(cell => cell.Replace("**", "", StringComparison.Ordinal).Trim());
}
