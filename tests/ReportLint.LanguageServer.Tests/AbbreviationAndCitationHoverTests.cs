using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.LanguageServer.Features;
using ReportLint.Rules.Data;

namespace ReportLint.LanguageServer.Tests;

public class AbbreviationAndCitationHoverTests
{
    private static readonly AnalyzerOptions Options =
        new AnalyzerOptionsProvider(new EmbeddedDataSource()).Get(ReportLintConfiguration.Default, MessageLanguage.Vietnamese);

    private static HoverContext At(string text, string target, int extra = 0)
    {
        var document = ReportDocument.Create("a.txt", new SourceText(text));
        return new HoverContext(document, text.LastIndexOf(target, StringComparison.Ordinal) + extra, [], Options, MessageLanguage.Vietnamese);
    }

    [Fact]
    public void An_abbreviation_shows_its_meaning_and_the_line_of_its_definition()
    {
        const string text = "Rà soát đội ngũ cán bộ, công chức (CB, CC).\nCác CB được bồi dưỡng.";
        var section = new AbbreviationHoverProvider().Provide(At(text, "CB", 1));
        Assert.NotNull(section);
        Assert.Equal("**CB**: cán bộ\n\nĐược định nghĩa ở dòng 1.", section.Markdown);
        Assert.Equal(text.LastIndexOf("CB", StringComparison.Ordinal), section.Span.Start);
    }

    [Fact]
    public void A_citation_shows_the_known_document()
    {
        const string text = "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.";
        var section = new CitationHoverProvider().Provide(At(text, "05-CT/TW", 2));
        Assert.NotNull(section);
        Assert.StartsWith("**05-CT/TW** · ", section.Markdown);
        Assert.Contains("Bộ Chính trị", section.Markdown);
    }

    [Fact]
    public void Plain_words_have_no_abbreviation_or_citation_hover()
    {
        const string text = "Hội nghị đã thảo luận.";
        Assert.Null(new AbbreviationHoverProvider().Provide(At(text, "thảo")));
        Assert.Null(new CitationHoverProvider().Provide(At(text, "thảo")));
    }
}
