using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>The acceptance checks on the shared real drafts (read from ../shared/corpus, never copied).</summary>
public class CitationCorpusTests
{
    [Fact]
    public void Dangling_dash_in_Ninh_Binh_is_completed()
    {
        var text = Corpus.NinhBinh;
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL2001"));
        Assert.Equal("08-", RuleTester.SpanText(text, diagnostic));
        var fixedText = RuleTester.ApplyFirstFix(text, diagnostic);
        Assert.Contains("Quy định số 08-QĐi/TW ngày 25/10/2018", fixedText);
        Assert.Equal("Quy định số 08-QĐi/TW", fixedText.Substring(diagnostic.Fixes[0].Edits[0].Span.Start, "Quy định số 08-QĐi/TW".Length));
    }

    [Fact]
    public void Short_first_citations_in_Ninh_Binh_are_completed()
    {
        var text = Corpus.NinhBinh;
        var diagnostics = RuleTester.Lint(text, "RL2008");
        var bySpan = diagnostics.ToDictionary(d => RuleTester.SpanText(text, d), CitationTest.FixTexts);
        Assert.Equal(["90-QĐ/TW ngày 04/08/2017"], bySpan["Quy định số 90"]);
        Assert.Equal(["98-QĐ/TW"], bySpan["Quy định số 98"]);
        Assert.Equal(["18-NQ/TW ngày 25/10/2017"], bySpan["Nghị quyết số 18"]);
        Assert.Equal([" ngày 19/12/2017"], bySpan["Quy định 105-QĐ/TW"]); // a symbol without its date
        Assert.Equal(4, diagnostics.Count);
    }

    [Fact]
    public void Fix_all_completes_Ninh_Binh_and_leaves_nothing_to_report()
    {
        var rules = new[] { "RL2001", "RL2005", "RL2008" };
        var fixedText = RuleTester.FixAll(Corpus.NinhBinh, true, rules);
        Assert.Contains("Quy định số 08-QĐi/TW ngày 25/10/2018", fixedText);
        Assert.Contains("Quy định số 90-QĐ/TW ngày 04/08/2017 của Bộ Chính trị", fixedText);
        Assert.Contains("Quy định số 98-QĐ/TW ngày 07/10/2017 của Bộ Chính trị", fixedText);
        Assert.Contains("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương", fixedText);
        Assert.Empty(RuleTester.Lint(fixedText, rules));
        Assert.Empty(RuleTester.Lint(fixedText, "RL2002", "RL2003", "RL2004", "RL2009", "RL2010", "RL2013"));
    }

    [Fact]
    public void Safe_fix_all_removes_the_repeated_so_in_Khoi()
    {
        var fixedText = RuleTester.FixAll(Corpus.Khoi, false, "RL2005");
        Assert.Contains("Chỉ thị số 35-CT/TW", fixedText);
        Assert.DoesNotContain("số số", fixedText);
    }

    [Fact]
    public void Repeated_so_in_Khoi_is_found()
    {
        var text = Corpus.Khoi;
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL2005"));
        Assert.Equal("Lặp chữ “số” trong “Chỉ thị số số 35-CT/TW”", CitationTest.Vi(diagnostic));
    }

    [Fact]
    public void Well_formed_citations_give_only_the_known_findings()
    {
        // Phú Thọ cites only complete documents and conventional names; in Khối `số số` is wrong, five Party
        // symbols are first cited without their date (info), and one of its twelve symbols leaves out the `số` the
        // eleven others write.
        CitationTest.Silent(Corpus.PhuTho);
        var khoi = Corpus.Khoi;
        Assert.Equal(["RL2005", "RL2008", "RL2008", "RL2008", "RL2008", "RL2008", "RL2011"],
            RuleTester.Lint(khoi).Where(d => d.Id.StartsWith("RL2", StringComparison.Ordinal)).Select(d => d.Id).Order());
        var ninhBinh = Corpus.NinhBinh;
        Assert.Equal(["RL2001", "RL2008", "RL2008", "RL2008", "RL2008"],
            RuleTester.Lint(ninhBinh).Where(d => d.Id.StartsWith("RL2", StringComparison.Ordinal)).Select(d => d.Id).Order());
    }
}
