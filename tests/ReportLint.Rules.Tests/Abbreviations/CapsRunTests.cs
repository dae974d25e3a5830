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
}
