using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Citations;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>The parser, through the public index the language server uses.</summary>
public class CitationIndexTests
{
    private static IReadOnlyList<CitationInfo> Parse(string text, string? config = null) =>
        CitationIndex.Build(ReportDocument.Create("test.txt", new SourceText(text)), RuleTester.Options(config));

    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void Party_symbol_with_date_body_and_term()
    {
        const string text = "Dòng đầu.\nThực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương (khóa XII) về cán bộ.\n";
        var info = Assert.Single(Parse(text));
        Assert.Equal("Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương (khóa XII)", At(text, info.Span));
        Assert.Equal("26-NQ/TW", At(text, info.ReferenceSpan));
        Assert.Equal(1, info.ParagraphIndex);
        var citation = info.Citation;
        Assert.Equal(CitationForm.Symbol, citation.Form);
        Assert.Equal(new CitationSymbol("26-NQ/TW", "26", 26, null, "NQ", "TW", SymbolLayout.Party), citation.Symbol);
        Assert.Equal((19, 5, 2018), (citation.Date!.Day, citation.Date.Month, citation.Date.Year));
        Assert.Equal("Ban Chấp hành Trung ương", citation.Body!.Body.Name);
        Assert.Equal("XII", Assert.Single(citation.Terms).Numeral);
        Assert.Equal("26-NQ/TW", info.Document!.Symbol.Text);
        Assert.Equal("Nghị quyết số 26-NQ/TW ngày 19/05/2018 của Ban Chấp hành Trung ương: đội ngũ cán bộ, trọng tâm là cấp chiến lược",
            CitationIndex.Describe(info.Document));
        var found = CitationIndex.FindAt(Parse(text), text.IndexOf("NQ/TW", StringComparison.Ordinal));
        Assert.Equal(info.Span, found!.Span);
        Assert.Null(CitationIndex.FindAt(Parse(text), 2));
    }

    [Theory]
    [InlineData("Theo Nghị định số 30/2020/NĐ-CP của Chính phủ.", "30", 2020, "NĐ", "CP")]
    [InlineData("Theo Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân tỉnh.", "1234", null, "QĐ", "UBND")]
    [InlineData("Theo Luật số 52/2019/QH14.", "52", 2019, null, "QH14")]
    public void State_symbols(string text, string number, int? year, string? code, string issuer)
    {
        var symbol = Assert.Single(Parse(text)).Citation.Symbol!;
        Assert.Equal(SymbolLayout.State, symbol.Layout);
        Assert.Equal((number, year, code, issuer), (symbol.Number, symbol.Year, symbol.TypeCode, symbol.Issuer));
    }

    [Fact]
    public void Known_State_document_is_resolved() =>
        Assert.Equal("Nghị định", Assert.Single(Parse("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.")).Document!.Type);

    [Fact]
    public void List_of_numbers_shares_the_type_word_and_the_last_gets_the_tail()
    {
        const string text = "Nghị quyết số 26, 27 và 28 của Huyện ủy đã được sơ kết.";
        var citations = Parse(text);
        Assert.Equal(["26", "27", "28"], citations.Select(c => At(text, c.ReferenceSpan)));
        Assert.All(citations, c => Assert.Equal("Nghị quyết", c.Citation.Type!.Word));
        Assert.Equal([false, true, true], citations.Select(c => c.Citation.InList));
        Assert.Null(citations[0].Citation.Body);
        Assert.Equal("Huyện ủy", citations[2].Citation.Body!.Body.Name);
    }

    [Fact]
    public void List_of_symbols()
    {
        const string text = "Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.";
        var citations = Parse(text);
        Assert.Equal(["18-NQ/TW", "19-NQ/TW"], citations.Select(c => c.Document!.Symbol.Text));
    }

    [Theory]
    [InlineData("Chi bộ bám sát Nghị quyết Trung ương 4 (khóa XII) về chống suy thoái trong sinh hoạt.", "Nghị quyết Trung ương 4 (khóa XII)")]
    [InlineData("Chi bộ bám sát Nghị quyết TW 4 khoá XII về chống suy thoái trong sinh hoạt.", "Nghị quyết TW 4 khoá XII")]
    [InlineData("Chi bộ bám sát Nghị quyết Hội nghị Trung ương 4 khóa XII về chống suy thoái trong sinh hoạt.", "Nghị quyết Hội nghị Trung ương 4 khóa XII")]
    [InlineData("Chi bộ bám sát Nghị quyết T.Ư 4 (khóa XII) về chống suy thoái trong sinh hoạt.", "Nghị quyết T.Ư 4 (khóa XII)")]
    public void Conventional_names_are_resolved(string text, string span)
    {
        var info = Assert.Single(Parse(text));
        Assert.Equal(CitationForm.Conventional, info.Citation.Form);
        Assert.Equal(4, info.Citation.Plenum);
        Assert.Equal(span, At(text, info.Span));
        Assert.Equal("04-NQ/TW", info.Document!.Symbol.Text);
    }

    [Theory]
    [InlineData("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", 4, "04-NQ/TW")]
    [InlineData("Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XII", 7, "26-NQ/TW")]
    [InlineData("Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XIII", 4, "21-KL/TW")]
    public void Formal_conventional_names(string name, int plenum, string symbol)
    {
        var text = $"Các chi bộ thực hiện {name} về xây dựng Đảng.";
        var info = Assert.Single(Parse(text));
        Assert.Equal(name, At(text, info.Span));
        Assert.Equal(plenum, info.Citation.Plenum);
        Assert.Equal(symbol, info.Document!.Symbol.Text);
    }

    [Theory]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII.", "tư")]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW Hội nghị Trung ương 4 (khóa XII).", "4")]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW của Hội nghị Ban Chấp hành Trung ương lần thứ 4 khóa XII.", "4")]
    [InlineData("Chi bộ học tập Nghị quyết số 05-NQ/TU của Hội nghị lần thứ tư Ban Chấp hành Đảng bộ tỉnh.", null)] // a local plenum
    public void Plenum_after_a_symbol(string text, string? plenum)
    {
        var citation = Assert.Single(Parse(text)).Citation;
        Assert.Equal(plenum, citation.PlenumSpan is { } span ? At(text, span) : null);
        if (plenum is not null)
        {
            Assert.Equal("XII", Assert.Single(citation.Terms).Numeral);
            Assert.Equal("Ban Chấp hành Trung ương", citation.Body!.Body.Name);
        }
    }

    [Fact]
    public void Conventional_name_with_its_symbol_is_one_citation_of_the_symbol()
    {
        const string text = "Chi bộ học tập Nghị quyết Trung ương 4 (khóa XII) số 04-NQ/TW ngày 30/10/2016 về chỉnh đốn Đảng.";
        var info = Assert.Single(Parse(text));
        Assert.Equal("Nghị quyết Trung ương 4 (khóa XII) số 04-NQ/TW ngày 30/10/2016", At(text, info.Span));
        Assert.Equal(CitationForm.Symbol, info.Citation.Form);
        Assert.Equal(4, info.Citation.Plenum);
        Assert.Equal("04-NQ/TW", info.Document!.Symbol.Text);
    }

    [Fact]
    public void Date_opening_the_clause_that_issues_the_citation_is_its_date()
    {
        var citation = Assert.Single(Parse("Ngày 16/8/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")).Citation;
        Assert.Equal((16, 8, 2021), (citation.Date!.Day, citation.Date.Month, citation.Date.Year));
    }

    [Fact]
    public void Date_after_a_comma()
    {
        var citation = Assert.Single(Parse("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.")).Citation;
        Assert.Equal((15, 5, 2016), (citation.Date!.Day, citation.Date.Month, citation.Date.Year));
        Assert.Equal("Bộ Chính trị", citation.Body!.Body.Name);
    }

    [Fact]
    public void Suggestions_for_completion_follow_the_typed_number_and_type()
    {
        var options = RuleTester.Options();
        Assert.Equal(["90-QĐ/TW"], CitationIndex.Suggest(options, "Quy định", "90").Select(d => d.Symbol.Text));
        // One symbol of two terms is offered twice, the older first.
        Assert.Equal(["12-NQ/TW 2012", "18-NQ/TW 2017", "19-NQ/TW 2017", "19-NQ/TW 2022"],
            CitationIndex.Suggest(options, "Nghị quyết", "1").Select(d => $"{d.Symbol.Text} {d.Date.Year}"));
        Assert.Contains(CitationIndex.Suggest(options, null, "2"), d => d.Symbol.Text == "290-QĐ/TW");
    }

    [Fact]
    public void Conventional_name_of_two_terms_is_not_resolved()
    {
        var info = Assert.Single(Parse("Nghị quyết Trung ương 4 (khóa XI, XII) được quán triệt ở mọi chi bộ."));
        Assert.Equal(["XI", "XII"], info.Citation.Terms.Select(t => t.Numeral));
        Assert.Null(info.Document);
    }

    [Theory]
    [InlineData("ngày 25 tháng 10 năm 2018", 25, 10, 2018)]
    [InlineData("ngày 25-10-2018", 25, 10, 2018)]
    [InlineData("ngày 25.10.2018", 25, 10, 2018)]
    public void Date_forms(string date, int day, int month, int year)
    {
        var citation = Assert.Single(Parse($"Quy định số 08-QĐi/TW {date} của Ban Chấp hành Trung ương.")).Citation;
        Assert.Equal((day, month, year), (citation.Date!.Day, citation.Date.Month, citation.Date.Year));
    }

    [Theory]
    [InlineData("Báo cáo đã tổng hợp số liệu các chi bộ.")]
    [InlineData("Quyết định về việc lập các tiểu ban giúp việc.")]
    [InlineData("Kế hoạch 5 năm được thông qua với 15 chỉ tiêu.")]
    [InlineData("Đề án 06 được triển khai rộng rãi.")]
    public void Text_without_citations(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void Tone_placement_of_body_names_does_not_matter()
    {
        var citation = Assert.Single(Parse("Nghị quyết số 02-NQ/TU của Tỉnh uỷ.")).Citation;
        Assert.Equal("Tỉnh ủy", citation.Body!.Body.Name);
    }
}
