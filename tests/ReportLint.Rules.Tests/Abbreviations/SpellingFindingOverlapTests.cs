using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1001 leaves a spelling that RL1008 or RL1007 reports: one finding, one fix per span.</summary>
public class SpellingFindingOverlapTests
{
    [Fact]
    public void A_dotted_form_alone_gets_only_the_non_standard_finding_written_in_full_first()
    {
        const string text = "Sau Hội nghị T.Ư 6, tỉnh đã ban hành kế hoạch thực hiện.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1008", diagnostic.Id);
        AssertSpan(text, diagnostic, "T.Ư");
        Assert.Equal("“T.Ư” là cách viết tắt không chuẩn; viết “Trung ương”", Vi(diagnostic));
        Assert.Equal("“T.Ư” is a non-standard abbreviation; write “Trung ương”", En(diagnostic));
        // The standard form is the second option and unsafe: in prose `TW` belongs to document symbols.
        Assert.Equal([FixSafety.Safe, FixSafety.Unsafe], diagnostic.Fixes.Select(f => f.Safety));
        Assert.Equal("Sau Hội nghị Trung ương 6, tỉnh đã ban hành kế hoạch thực hiện.", Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Sau Hội nghị TW 6, tỉnh đã ban hành kế hoạch thực hiện.", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void After_a_body_s_name_the_dotted_form_is_written_in_full_and_the_standard_form_stays_unsafe()
    {
        const string text = "Chi bộ chưa thực hiện đầy đủ các quy định của Ban Chấp hành T.Ư về công tác kiểm tra.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1008", diagnostic.Id);
        Assert.Equal([("Trung ương", FixSafety.Safe), ("TW", FixSafety.Unsafe)],
            diagnostic.Fixes.Select(f => (f.Edits[0].NewText, f.Safety)));
        Assert.Equal("Chi bộ chưa thực hiện đầy đủ các quy định của Ban Chấp hành Trung ương về công tác kiểm tra.", RuleTester.FixAll(text));
    }

    [Fact]
    public void Fix_all_writes_an_undefined_dotted_form_in_full_and_leaves_nothing_to_report()
    {
        const string text = "Sau Hội nghị T.Ư 6, tỉnh đã ban hành kế hoạch thực hiện.";
        var fixedText = RuleTester.FixAll(text);
        Assert.Equal("Sau Hội nghị Trung ương 6, tỉnh đã ban hành kế hoạch thực hiện.", fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void Once_the_draft_writes_the_standard_form_the_dotted_one_is_normalised_to_it()
    {
        const string text = "Sau Hội nghị T.Ư 6, tỉnh đã ban hành kế hoạch thực hiện nghị quyết của TW.";
        var diagnostic = Family(text).Single(d => d.Id == "RL1008");
        Assert.Equal("“T.Ư” là cách viết tắt không chuẩn; viết “TW”", Vi(diagnostic));
        Assert.Equal("Sau Hội nghị TW 6, tỉnh đã ban hành kế hoạch thực hiện nghị quyết của TW.", Apply(text, Assert.Single(diagnostic.Fixes)));
    }

    [Fact]
    public void The_undefined_finding_goes_to_the_first_use_written_in_the_standard_form()
    {
        const string text = "Đồng chí Vũ Thị Lan, UVT.Ư, dự hội nghị.\nĐồng chí Lê Minh, UVTƯ, phát biểu.\nCác UVTW đều thống nhất.\n";
        var diagnostics = Family(text);
        Assert.Equal(["RL1008", "RL1007", "RL1001"], diagnostics.Select(d => d.Id));
        AssertSpan(text, diagnostics[0], "UVT.Ư");
        AssertSpan(text, diagnostics[1], "UVTƯ");
        AssertSpan(text, diagnostics[2], "UVTW");
        Assert.Equal("Chữ viết tắt “UVTW” chưa được định nghĩa; viết “Ủy viên Trung ương (UVTW)” ở lần dùng đầu tiên", Vi(diagnostics[2]));
        Assert.Equal("Các Ủy viên Trung ương (UVTW) đều thống nhất.", Apply(text, diagnostics[2].Fixes[0]).Split('\n')[2]);
    }

    [Fact]
    public void No_span_carries_two_abbreviation_findings()
    {
        const string text = "Hội nghị T.Ư 4 khóa XII đã kết thúc.\nĐồng chí Đỗ Văn Hải, UVT.Ư, phát biểu.\nCác đồng chí TƯ về dự.\n";
        var spans = Family(text).Select(d => d.Span).ToList();
        Assert.Equal(3, spans.Count);
        Assert.Equal(spans.Count, spans.Distinct().Count());
    }

    [Theory]
    [InlineData("Ban Chấp hành Trung ương (TW) đã họp; các cơ quan TW triển khai.")]
    [InlineData("Các đồng chí Ủy viên Trung ương (UVTW) và các UVTW khác dự họp.")]
    public void The_standard_form_defined_stays_silent(string text) => Assert.Empty(Family(text));
}
