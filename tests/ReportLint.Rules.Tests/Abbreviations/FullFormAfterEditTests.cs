using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1006 keeps each unchanged paragraph's phrase hits across edits: they must follow the definitions.</summary>
public class FullFormAfterEditTests
{
    private const string Second = "Nghị quyết của Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh đã được ban hành.\n";

    private static List<string> FullForms(ReportDocument document, AnalysisCache cache) =>
        RuleTester.Driver.Analyze(document, RuleTester.Options(), cache: cache)
            .Where(d => d.Id == "RL1006")
            .Select(d => document.Text.Text.Substring(d.Span.Start, d.Span.Length))
            .ToList();

    [Fact]
    public void An_unchanged_paragraph_is_judged_against_the_new_definitions()
    {
        var cache = new AnalysisCache();
        var first = ReportDocument.Create("t.txt", new SourceText("Hội đồng nhân dân (HĐND) tỉnh họp.\n" + Second));
        Assert.Equal(["Hội đồng nhân dân"], FullForms(first, cache));
        Assert.Equal(["Hội đồng nhân dân"], FullForms(first, cache)); // the kept hits give the same answer

        // The first line now defines another body; the second line is the same paragraph, reused.
        var edited = ReportDocument.Create("t.txt", new SourceText("Ủy ban nhân dân (UBND) tỉnh họp.\n" + Second), previous: first);
        Assert.Same(first.Paragraphs[1].Syntax, edited.Paragraphs[1].Syntax);
        Assert.Equal(["Ủy ban nhân dân"], FullForms(edited, cache));

        var back = ReportDocument.Create("t.txt", new SourceText("Hội đồng nhân dân (HĐND) tỉnh họp.\n" + Second), previous: edited);
        Assert.Equal(["Hội đồng nhân dân"], FullForms(back, cache));
    }
}
