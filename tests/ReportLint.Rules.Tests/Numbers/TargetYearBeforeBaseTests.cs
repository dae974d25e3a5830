using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class TargetYearBeforeBaseTests
{
    private const string Header = "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\n\nHòa Bình, ngày 14 tháng 4 năm 2026\n\n";

    [Fact]
    public void Reports_a_target_year_before_the_year_its_change_starts_from()
    {
        const string text = "Phấn đấu nâng tỷ lệ hộ dùng nước sạch từ 35% năm 2025 lên 70% vào năm 2021.";
        var diagnostic = Findings.Single(text, "RL5028", "2021");
        Assert.Equal("Năm mục tiêu 2021 sớm hơn năm xuất phát 2025", Findings.Vi(diagnostic));
        Assert.Equal("The target year 2021 is before the base year 2025", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes); // no section names the target year
    }

    [Fact]
    public void Suggests_the_target_year_of_its_section()
    {
        const string text = "2. Mục tiêu cụ thể đến năm 2030\n\n- Phấn đấu giảm tỷ lệ hộ nghèo từ 3,4% năm 2025 xuống còn 1% vào năm 2023.";
        var diagnostic = Findings.Single(text, "RL5028", "2023");
        Assert.Equal("Năm mục tiêu 2023 sớm hơn năm xuất phát 2025 (phần này đặt mục tiêu đến năm 2030)", Findings.Vi(diagnostic));
        Assert.Equal("The target year 2023 is before the base year 2025 (the section's target year is 2030)", Findings.En(diagnostic));
        Assert.Equal(text.Replace("vào năm 2023", "vào năm 2030", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_past_year_aimed_at_in_a_section_of_a_later_target()
    {
        const string text = Header + "II. MỤC TIÊU\n\nMục tiêu cụ thể đến năm 2030:\n\nb) Về văn hóa\n\n"
            + "- Phấn đấu đến năm 2024, 100% thôn có nhà văn hóa đạt chuẩn.";
        var diagnostic = Findings.Single(text, "RL5028", "2024");
        Assert.Equal("Năm mục tiêu 2024 đã qua (văn bản ban hành năm 2026) (phần này đặt mục tiêu đến năm 2030)", Findings.Vi(diagnostic));
        Assert.Equal("The target year 2024 is already past (the draft is dated 2026) (the section's target year is 2030)", Findings.En(diagnostic));
        Assert.Equal(text.Replace("đến năm 2024", "đến năm 2030", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Phấn đấu nâng tỷ lệ hộ dùng nước sạch từ 35% năm 2025 lên 70% vào năm 2030.")]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 4,2% năm 2021 xuống 1,8% năm 2025; so với năm 2023 giảm 1,1%.")] // history
    [InlineData("Thu nhập bình quân tăng từ 42 triệu đồng/người năm 2020 lên 61 triệu đồng/người năm 2025.")]
    [InlineData("Từ năm 2020 đến năm 2025, tỷ lệ che phủ rừng tăng từ 40% lên 44%.")] // no year on the change
    [InlineData("Năm 2025 đạt 18%, tăng 4% so với năm 2023; phấn đấu đến năm 2030 đạt 60%.")]
    [InlineData("Tăng từ 12% năm 2025 lên 15%; năm 2023 là 10%.")] // another clause
    public void Is_silent_on_targets_after_their_base_and_on_history(string text) => Assert.Empty(RuleTester.Lint(text, "RL5028"));

    [Theory]
    [InlineData(Header + "Mục tiêu cụ thể đến năm 2030\n\nĐến năm 2025, tỷ lệ hộ dùng nước sạch đạt 35%; phấn đấu đến năm 2030 đạt 70%.")] // the base, aimed at by nothing
    [InlineData("Mục tiêu cụ thể đến năm 2030\n\nPhấn đấu đến năm 2024, 100% thôn có nhà văn hóa.")] // no date line: the draft's year is unknown
    [InlineData(Header + "Kết quả thực hiện\n\nPhấn đấu đến năm 2024, 100% thôn có nhà văn hóa đã đạt.")] // no target section
    [InlineData(Header + "Mục tiêu cụ thể đến năm 2030\n\nIII. KẾT QUẢ GIAI ĐOẠN TRƯỚC\n\nThực hiện mục tiêu đến năm 2024, toàn xã có 100% thôn có nhà văn hóa.")] // another section
    [InlineData(Header + "Mục tiêu cụ thể đến năm 2030\n\nPhấn đấu đến năm 2028, 100% thôn có nhà văn hóa.")] // a later year
    public void Is_silent_on_past_years_that_are_no_target(string text) => Assert.Empty(RuleTester.Lint(text, "RL5028"));
}
