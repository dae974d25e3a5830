using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>An upper-case syllable inside a run of upper-case Vietnamese words in a sentence is a word of a title or name.</summary>
public class CapsRunTests
{
    [Theory]
    [InlineData("Văn bản mang tiêu đề “ỦY BAN NHÂN DÂN HUYỆN TƯ THẠNH” ở góc trái.")]
    [InlineData("Biển hiệu ghi HUYỆN TƯ NGHĨA TỈNH QUẢNG NGÃI được lắp mới.")]
    [InlineData("Đoàn viếng nghĩa trang liệt sĩ “ĐỒI TU VIỆN” của xã.")]
    public void A_syllable_in_a_quoted_caps_title_is_a_word(string text) => Assert.Empty(Family(text));

    [Theory]
    // Among ordinary words, `TƯ` is still `Trung ương`.
    [InlineData("Đồng chí dự Hội nghị TƯ lần thứ tám.")]
    // Beside one marked word only (`ĐẢNG`), too little to tell a title.
    [InlineData("Các nghị quyết của BCH TƯ ĐẢNG được quán triệt.")]
    public void An_abbreviation_outside_such_a_run_is_still_read(string text)
    {
        var diagnostic = Assert.Single(Family(text), d => d.Span.Start == Offset(text, "TƯ"));
        Assert.Equal("RL1001", diagnostic.Id);
    }

    // `TW` defined (or used) in the draft: `TƯ` in a heading or a name in capitals is still a syllable, never `TW`.
    private const string Defined = "Thực hiện Nghị quyết của Ban Chấp hành Trung ương (TW), các chi bộ quán triệt nghiêm túc.\n";

    [Theory]
    [InlineData("BÁO CÁO TỔNG KẾT CÔNG TÁC XÃ TƯ NGHĨA NĂM 2024")]
    [InlineData("Đoàn công tác làm việc tại THÔN TƯ THẠNH trong hai ngày.")]
    [InlineData("Đoàn công tác làm việc tại thôn TƯ THẠNH trong hai ngày.")]
    [InlineData("Ông NGUYỄN VĂN TƯ phát biểu tại hội nghị.")]
    [InlineData("Đồng chí Nguyễn Văn TƯ phát biểu tại hội nghị.")]
    public void A_syllable_of_a_name_in_capitals_is_no_variant_of_a_defined_abbreviation(string line)
    {
        Assert.Empty(Family(Defined + line + "\n"));
        // The same with `TW` only used (the data's canonical form), not defined.
        Assert.DoesNotContain(Family("Các cấp ủy quán triệt Nghị quyết TW 4.\n" + line + "\n"), d => d.Id == "RL1007");
    }

    [Theory]
    [InlineData("Các đồng chí Ủy viên Ban Chấp hành TƯ dự hội nghị.")]
    [InlineData("Theo TƯ, việc sắp xếp bộ máy phải hoàn thành trong năm.")]
    public void Trung_uong_spelled_tu_beside_a_defined_TW_is_a_variant_with_an_unsafe_fix(string line)
    {
        var text = Defined + line + "\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1007", diagnostic.Id);
        Assert.Equal(text.LastIndexOf("TƯ", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(2, diagnostic.Span.Length);
        Assert.Equal("“TƯ” và “TW” là cùng một chữ viết tắt; viết thống nhất “TW”", Vi(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        // `TƯ` is also a word (the syllable of a name): the rewrite is offered, never applied by `--fix` alone.
        Assert.Equal((FixSafety.Unsafe, "TW"), (fix.Safety, fix.Edits[0].NewText));
    }

    [Fact]
    public void Tu_before_the_number_of_a_plenum_keeps_its_safe_fix()
    {
        var text = Defined + "Hội nghị TƯ 6 khóa XIII bàn về công tác cán bộ.\n";
        var diagnostic = Assert.Single(Family(text));
        AssertSpan(text, diagnostic, "TƯ");
        Assert.Equal((FixSafety.Safe, "TW"), (diagnostic.Fixes[0].Safety, diagnostic.Fixes[0].Edits[0].NewText));
    }

    [Fact]
    public void A_dotted_spelling_in_running_text_keeps_its_safe_fix()
    {
        var text = Defined + "Hội nghị T.Ư 6 bàn về công tác cán bộ.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal(FixSafety.Safe, Assert.Single(diagnostic.Fixes).Safety);
    }
}
