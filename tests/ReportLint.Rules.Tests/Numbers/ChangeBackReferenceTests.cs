using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5015 on a change whose current figure ends the sentence before it.</summary>
public class ChangeBackReferenceTests
{
    [Fact]
    public void Reports_a_point_change_whose_current_rate_is_in_the_sentence_before()
    {
        const string text = "Tỷ lệ hộ dùng nước sạch đạt 16,01%. Tỷ lệ này tăng 3,2 điểm phần trăm so với năm 2025 (13,5%).";
        var diagnostic = Single(text, "RL5015", "3,2");
        Assert.Equal("Từ 13,5% đến 16,01% là tăng 2,5 điểm phần trăm, không phải tăng 3,2 điểm phần trăm", Vi(diagnostic));
        Assert.Equal("From 13,5% to 16,01% is an increase of 2,5 percentage points, not an increase of 3,2 percentage points", En(diagnostic));
        Assert.Equal(text.Replace("3,2", "2,5", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt 16,01%. So với năm 2025 (13,5%), tỷ lệ này tăng 3,2 điểm phần trăm.", "3,2", "Từ 13,5% đến 16,01% là tăng 2,5 điểm phần trăm, không phải tăng 3,2 điểm phần trăm")]
    [InlineData("Tỷ lệ che phủ rừng của huyện đạt 58,4%. Tỷ lệ che phủ rừng của huyện tăng 1,9 điểm phần trăm so với năm 2025 (57,1%).", "1,9", "Từ 57,1% đến 58,4% là tăng 1,3 điểm phần trăm, không phải tăng 1,9 điểm phần trăm")]
    [InlineData("Số hộ nghèo còn 7,25%. Tỷ lệ trên giảm 1,5 điểm phần trăm so với cùng kỳ (8,45%).", "1,5", "Từ 8,45% đến 7,25% là giảm 1,2 điểm phần trăm, không phải giảm 1,5 điểm phần trăm")]
    [InlineData("Toàn huyện đạt 312 mô hình. Con số này tăng 40 mô hình so với năm trước (270 mô hình).", "40", "Từ 270 đến 312 là tăng 42, không phải tăng 40")]
    [InlineData("Năm 2026, toàn tỉnh có 312 mô hình. So với năm 2025 (270 mô hình), con số này tăng 40 mô hình.", "40", "Từ 270 đến 312 là tăng 42, không phải tăng 40")]
    public void Reads_the_pointer_the_repeated_subject_and_the_comparison_first(string text, string stated, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated)));

    [Theory]
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt 16,01%. Tỷ lệ này tăng 2,51 điểm phần trăm so với năm 2025 (13,5%).")]
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt 16,01%. So với năm 2025 (13,5%), tỷ lệ này tăng 2,5 điểm phần trăm.")]
    [InlineData("Toàn huyện đạt 312 mô hình. Con số này tăng 42 mô hình so với năm trước (270 mô hình).")]
    // No pointer back: the second sentence may speak of another figure.
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt 16,01%. Tỷ lệ hộ nghèo tăng 3,2 điểm phần trăm so với năm 2025 (13,5%).")]
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt 16,01%. Khu vực nông thôn tăng 3,2 điểm phần trăm so với năm 2025 (13,5%).")]
    // Two rates in the first sentence: which one changed is a guess.
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt 16,01%, nước hợp vệ sinh đạt 97,2%. Tỷ lệ này tăng 3,2 điểm phần trăm so với năm 2025 (13,5%).")]
    [InlineData("Khu vực thành thị đạt 20,1%, nông thôn đạt 16,01%. Tỷ lệ này tăng 3,2 điểm phần trăm so với năm 2025 (13,5%).")]
    // Two counts in the first sentence.
    [InlineData("Toàn huyện có 25 xã với 312 mô hình. Con số này tăng 40 mô hình so với năm trước (270 mô hình).")]
    // Not the sentence just before.
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt 16,01%. Hệ thống cấp nước được nâng cấp. Tỷ lệ này tăng 3,2 điểm phần trăm so với năm 2025 (13,5%).")]
    public void Is_silent_on_a_right_change_or_when_the_link_is_not_plain(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));
}
