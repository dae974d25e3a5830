namespace ReportLint.Rules.Numbers;

/// <summary>
/// A rank (`xếp hạng`, `bậc`, `vị trí`, `thứ tự`) rises as its number falls: `xếp hạng từ 45 lên 32`, `tăng 2 bậc (15 so với
/// 17)`. A change between two ranks says nothing about which way the numbers go.
/// </summary>
internal static class RankWords
{
    // How far before a phrase a rank word may name what it measures: `Chỉ số cải cách hành chính xếp hạng từ 45 lên 32`.
    private const int Reach = 40;

    /// <summary>A rank word a little before <paramref name="start"/>, or in the phrase up to <paramref name="end"/>.</summary>
    public static bool Near(string text, int start, int end)
    {
        var from = Math.Max(0, start - Reach);
        var window = text.AsSpan(from, end - from);
        return window.Contains("hạng", StringComparison.OrdinalIgnoreCase) || window.Contains("bậc", StringComparison.OrdinalIgnoreCase)
            || window.Contains("vị trí", StringComparison.OrdinalIgnoreCase) || window.Contains("thứ tự", StringComparison.OrdinalIgnoreCase);
    }
}
