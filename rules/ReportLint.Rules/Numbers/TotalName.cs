using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The name of a total after `tổng` (`tổng kinh phí`, `tổng vốn`, `tổng mức đầu tư`), read alike by the percentage
/// linker (RL5001: `chiếm 40% tổng kinh phí`) and by <see cref="SectionFigures"/> (`Tổng kinh phí … là 38.000 triệu
/// đồng`, a named whole). Each passes its own list of names, a longer name before any shorter one it starts with: one
/// list would not do, since `tổng số` names a whole to the section's figures but is left out of the linker's names
/// (a count's whole, read with its own figure: `chiếm 63,7% trong tổng số 430 hộ` is not over a `Tổng số: 500 hộ` before).
/// </summary>
internal static class TotalName
{

    /// <summary>The words of the first of <paramref name="names"/> right after `tổng` at <paramref name="tong"/>, and its last token.</summary>
    public static (string[] Words, int End)? After(Paragraph paragraph, int tong, string[][] names)
    {
        if (!TokenNavigation.IsWord(paragraph, tong, "tổng"))
        {
            return null;
        }
        var first = TokenNavigation.Next(paragraph.Tokens, tong);
        foreach (var name in names)
        {
            if (TokenNavigation.MatchWords(paragraph, first, name) is var end and >= 0)
            {
                return (name, end);
            }
        }
        return null;
    }
}
