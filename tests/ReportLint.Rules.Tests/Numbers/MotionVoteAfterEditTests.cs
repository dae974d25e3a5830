using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5024 reads a vote in prose from its paragraph's cached facts: the finding must follow the paragraph when it moves.</summary>
public class MotionVoteAfterEditTests
{
    private const string Minutes = "Hội nghị có 13/15 đồng chí có mặt.\nKết quả biểu quyết: tán thành 12 đồng chí, không tán thành 0 đồng chí, không biểu quyết 2 đồng chí.\n";

    private static List<string> Votes(ReportDocument document, AnalysisCache cache) =>
        RuleTester.Driver.Analyze(document, RuleTester.Options(), cache: cache)
            .Where(d => d.Id == "RL5024")
            .Select(d => document.Text.Text.Substring(d.Span.Start, d.Span.Length))
            .ToList();

    [Fact]
    public void A_vote_read_from_a_reused_paragraph_is_reported_where_it_now_stands()
    {
        const string vote = "tán thành 12 đồng chí, không tán thành 0 đồng chí, không biểu quyết 2 đồng chí";
        var cache = new AnalysisCache();
        var first = ReportDocument.Create("t.txt", new SourceText(Minutes));
        Assert.Equal([vote], Votes(first, cache));

        // A line inserted above: the vote's paragraph is the same syntax, reused with its facts, further down.
        var edited = ReportDocument.Create("t.txt", new SourceText("BIÊN BẢN HỘI NGHỊ\n" + Minutes), previous: first);
        Assert.Same(first.Paragraphs[1].Syntax, edited.Paragraphs[2].Syntax);
        Assert.Equal([vote], Votes(edited, cache));
    }
}
