using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The ratio in parentheses that gives a share's own figures (<see cref="PercentageLinker"/>): right after it (`đạt 96,5%
/// (2.316/2.400 đồng chí)`) or, for a share stated as one (`chiếm`, `đạt`, `bằng` …), later: after the words naming its
/// whole (`chiếm 65% tổng số xã toàn huyện (25/40 xã)`, `bằng 12,5% số chi bộ hoàn thành tốt (5/40)`) or after a short lead
/// in the parenthesis (`chiếm 62,5% (có 25/40 xã đạt)`). Only words may stand between: a figure (`Chương trình 135`), a
/// comma (another statement) or a lead of another kind (`(năm 2025: 20/40 xã)`, `(trong đó 12/40 …)`) says the ratio is not
/// the share's.
/// </summary>
internal static class ShareRatio
{
    // Words opening the phrase that names a share's whole: `số chi bộ`, `tổng số xã`, `trên tổng số đảng viên`.
    private static readonly string[] WholeRelations = ["trên", "trong", "của"];

    // Words that may lead the ratio inside its parenthesis: `(có 25/40 xã đạt)`, `(gồm 120/400 đồng chí)`, `(tương ứng 5/40)`.
    private static readonly string[] Leads = ["có", "gồm", "đạt", "là", "với", "tức", "tương", "ứng", "đương"];

    private const int MaxLeadWords = 2;

    // Words naming the whole after `số`: `tổng số xã đạt chuẩn nông thôn mới toàn huyện`.
    private const int MaxWholeWords = 8;

    /// <summary>
    /// The token of the share's ratio after <paramref name="percent"/>, or -1; <paramref name="stated"/>: the share is stated
    /// as one, so its ratio may come later than right after it.
    /// </summary>
    public static int After(Paragraph paragraph, Sentence sentence, TextSpan percent, bool stated, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var next = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Start >= percent.End)
            {
                next = tokens[i].Kind == TokenKind.Space && tokens[i].Length == 1 ? i + 1 : i;
                break;
            }
        }
        var named = -1; // the `số` before the words naming the whole
        if (stated && next >= 0 && !TokenNavigation.IsPunctuation(paragraph, next, '('))
        {
            next = OpeningAfterWhole(paragraph, next, out named);
        }
        if (next < 0 || next >= sentence.EndToken || !TokenNavigation.IsPunctuation(paragraph, next, '('))
        {
            return -1;
        }
        var number = TokenNavigation.Next(tokens, next);
        for (var words = 0; stated && words < MaxLeadWords && TokenNavigation.IsWordIn(paragraph, number, Leads); words++)
        {
            number = TokenNavigation.Next(tokens, number);
        }
        if (number < 0 || number >= sentence.EndToken || tokens[number].Kind != TokenKind.Number)
        {
            return -1;
        }
        var text = paragraph.GetText(tokens[number]);
        var slash = text.IndexOf('/');
        return slash > 0 && text.LastIndexOf('/') == slash && PercentageLinker.TryRatio(text, slash, out _, out _)
            && (named < 0 || CountsTheWhole(paragraph, named, number, options)) ? number : -1;
    }

    /// <summary>
    /// The ratio counts what the words after `số` name, when it says what it counts: `tổng số xã (25/40 xã)`, `tổng số đảng
    /// viên (120/400 đồng chí)`; `tổng số đảng viên (5/40 chi bộ …)` counts something else.
    /// </summary>
    private static bool CountsTheWhole(Paragraph paragraph, int so, int ratio, AnalyzerOptions options)
    {
        var whole = TokenNavigation.UnitAfter(paragraph, so);
        var counted = TokenNavigation.UnitAfter(paragraph, ratio);
        return whole is null || counted is null || UnitHeads.Agree(whole, counted, options) || QuantityUnit.CountSamePeople(whole, counted, options);
    }

    /// <summary>
    /// `[trên|trong|của] [tổng] số <words> (`: the `(` after the words naming the whole from <paramref name="first"/>, or -1;
    /// <paramref name="so"/> is the `số`.
    /// </summary>
    private static int OpeningAfterWhole(Paragraph paragraph, int first, out int so)
    {
        var tokens = paragraph.Tokens;
        so = -1;
        var word = TokenNavigation.IsWordIn(paragraph, first, WholeRelations) ? TokenNavigation.Next(tokens, first) : first;
        if (TokenNavigation.IsWord(paragraph, word, "tổng"))
        {
            word = TokenNavigation.Next(tokens, word);
        }
        if (!TokenNavigation.IsWord(paragraph, word, "số"))
        {
            return -1;
        }
        so = word;
        var next = TokenNavigation.Next(tokens, word);
        for (var words = 0; words < MaxWholeWords && next >= 0 && tokens[next].Kind is TokenKind.Word or TokenKind.Abbreviation; words++)
        {
            next = TokenNavigation.Next(tokens, next);
        }
        return next;
    }
}
