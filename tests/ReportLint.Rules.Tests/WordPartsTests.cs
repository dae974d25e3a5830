using ReportLint.Core.Diagnostics;
using ReportLint.Core.Input;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests;

/// <summary>
/// Footnotes, endnotes, headers and footers of a .docx are read after the body, each after an empty line, so every
/// rule sees them, document-wide rules included.
/// </summary>
public class WordPartsTests
{
    private static IReadOnlyList<Diagnostic> Lint(InputFile input, params string[] ruleIds)
    {
        var diagnostics = RuleTester.Driver.Analyze(input.CreateDocument(), RuleTester.Options());
        return ruleIds.Length == 0 ? diagnostics : diagnostics.Where(d => ruleIds.Contains(d.Id)).ToArray();
    }

    private static (int Line, int Column, string Text) Where(InputFile input, Diagnostic diagnostic)
    {
        var position = input.Text.GetLinePosition(diagnostic.Span.Start);
        return (position.Line + 1, position.Character + 1, input.Text.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    private static readonly string[] Body =
    [
        "Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện, Huyện ủy đã lãnh đạo Hội đồng nhân dân (HĐND) huyện hoàn thành nhiệm vụ năm 2024.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và HĐND huyện phối hợp chặt chẽ; UBMTTQ huyện tổ chức giám sát ở 12 xã.",
    ];

    /// <summary>The same body without UBMTTQ, for the tests of one finding.</summary>
    private static readonly string[] Plain = [Body[0], "Ủy ban nhân dân huyện và HĐND huyện phối hợp chặt chẽ."];

    private static readonly string[] Footnotes =
    [
        "Nghị quyết số 05-NQ/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy về phát triển kinh tế - xã hội.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện (sau đây gọi tắt là UBMTTQ huyện) và HĐND huyện đã giám sát.",
    ];

    [Fact]
    public void A_correct_document_with_footnotes_an_endnote_headers_and_footers_is_silent()
    {
        // The body uses UBMTTQ, defined in a footnote: the note stands at its mark in the body, so that is no use before definition.
        var input = WordDocument.ReadPackage(Body, Footnotes, ["Số liệu do Chi cục Thống kê huyện cung cấp."],
            headers: ["HUYỆN ỦY TÂN PHÚ", "HUYỆN ỦY TÂN PHÚ"], footers: ["Trang 1"]);

        Assert.Empty(Lint(input));
    }

    [Fact]
    public void A_doubled_word_in_a_header_is_found_on_its_line_and_fixed_safely()
    {
        var input = WordDocument.ReadPackage(Plain, headers: ["Báo cáo của của Huyện ủy"]);

        var finding = Assert.Single(Lint(input));
        Assert.Equal("RL3010", finding.Id);
        Assert.Equal("“của” bị lặp lại", finding.GetMessage(MessageLanguage.Vietnamese));
        // Two body lines, an empty line, the header.
        Assert.Equal((4, 13, "của"), Where(input, finding));
        var edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal(("", " của"), (edit.NewText, input.Text.Text.Substring(edit.Span.Start, edit.Span.Length)));
    }

    [Fact]
    public void A_tone_style_slip_in_a_footnote_is_found_against_the_body_style()
    {
        var input = WordDocument.ReadPackage(Plain, [Footnotes[0], "Theo Báo cáo số 12-BC/HU ngày 15/3/2024 của Huyện uỷ."]);

        var finding = Assert.Single(Lint(input));
        Assert.Equal("RL3004", finding.Id);
        // Line 6: two body lines, an empty line, footnote 1, an empty line; the note starts with the space after its mark.
        Assert.Equal((6, 52, "uỷ"), Where(input, finding));
        Assert.Equal("ủy", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    [Fact]
    public void A_body_name_written_in_lower_case_in_a_footnote_is_found()
    {
        var input = WordDocument.ReadPackage(Plain, ["Theo Báo cáo của Ban thường vụ Huyện ủy."]);

        var finding = Assert.Single(Lint(input));
        Assert.Equal("RL6001", finding.Id);
        Assert.Equal((4, 19, "Ban thường vụ Huyện ủy"), Where(input, finding));
    }

    [Fact]
    public void Findings_in_an_endnote_and_a_footer_point_at_their_lines()
    {
        var input = WordDocument.ReadPackage(Plain, endnotes: ["Xem thêm tài liệu của  Ban Tuyên giáo."], footers: ["Trang 1 ,"]);

        var findings = Lint(input);
        Assert.Equal([("RL4004", (4, 23, "  ")), ("RL4001", (6, 8, " "))], findings.Select(f => (f.Id, Where(input, f))));
    }

    [Fact]
    public void A_footer_that_reads_as_the_header_has_its_own_finding_labelled_as_the_footer()
    {
        var input = WordDocument.ReadPackage(Plain, headers: ["Lưu hành nội bộ ,"], footers: ["Lưu hành nội bộ ,"]);

        var findings = Lint(input);
        Assert.Equal([("RL4001", (4, 16, " ")), ("RL4001", (6, 16, " "))], findings.Select(f => (f.Id, Where(input, f))));
        Assert.Equal(["[đầu trang]", "[chân trang]"],
            findings.Select(f => input.Parts.Find(input.Text.GetLinePosition(f.Span.Start).Line)!.Label(MessageLanguage.Vietnamese)));
    }

    [Fact]
    public void Abbreviations_defined_in_the_body_count_in_the_notes_and_a_note_s_definitions_count_too()
    {
        // HĐND is defined in the body and used in a footnote; UBMTTQ is defined in footnote 2 and used in the body and in footnote 3.
        var input = WordDocument.ReadPackage(Body, [Footnotes[0], Footnotes[1], "UBMTTQ huyện và HĐND huyện tổ chức 3 cuộc giám sát."]);
        Assert.Empty(Lint(input, "RL1001", "RL1002"));

        // Among the notes reading order holds: footnote 1 uses what footnote 2 defines.
        var early = WordDocument.ReadPackage(["Huyện ủy đã lãnh đạo hoàn thành nhiệm vụ năm 2024."],
            ["UBMTTQ huyện đã giám sát.", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện (sau đây gọi tắt là UBMTTQ huyện) đã giám sát."]);
        var finding = Assert.Single(Lint(early, "RL1001", "RL1002"));
        Assert.Equal("RL1002", finding.Id);
        Assert.Equal((3, 2, "UBMTTQ"), Where(early, finding));
    }

    [Fact]
    public void An_abbreviation_used_only_in_a_footnote_and_never_defined_is_reported_there()
    {
        var input = WordDocument.ReadPackage(Plain, ["Báo cáo của BCĐ huyện năm 2024."]);

        var finding = Assert.Single(Lint(input, "RL1001"));
        Assert.Equal((4, 14, "BCĐ"), Where(input, finding));
    }
}
