using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A deadline written in a sentence: `trước ngày 15/12/2025`, `trước 17h00 ngày 15/12/2025`, `chậm nhất (là) ngày …`.
/// Lead is the token of `trước` or `chậm`; Span runs from it to the end of the day.
/// </summary>
internal readonly record struct DeadlinePhrase(Period Day, int Lead, TextSpan Span)
{
    private static readonly string[] Leads = [.. PeriodReader.TimeLeads, "ngày", "là"];

    /// <summary>The first deadline of the sentence whose day is a single day, not the start of a range.</summary>
    public static DeadlinePhrase? First(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var before = TokenNavigation.IsWord(paragraph, i, "trước") ? i : TokenNavigation.MatchWords(paragraph, i, ["chậm", "nhất"]);
            if (before >= 0 && PeriodReader.SingleDay(paragraph, PeriodReader.AfterLead(paragraph, before, Leads)) is { } day)
            {
                return new DeadlinePhrase(day, i, TextSpan.FromBounds(paragraph.Tokens[i].Start, day.Span.End));
            }
        }
        return null;
    }
}
