using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Abbreviations;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1001 leaves units after a number and acronyms no reader needs defined alone (the data's `units` and allowed entries).</summary>
public class UnitsAndKnownAcronymsTests
{
    [Theory]
    [InlineData("Nhà máy điện có tổng công suất 1.330 MW, sản lượng 7,5 tỷ kWh mỗi năm.")]
    [InlineData("Dự án điện mặt trời 50 MWp và trạm biến áp 250 MVA đã đóng điện.")]
    [InlineData("Đường dây 110 KV và 500\u00A0KV được đầu tư; ổ cứng 2 TB.")] // a no-break space, and TB after a number is terabyte
    [InlineData("Sản lượng đạt 1,2 GWh; tàu trọng tải 50.000 DWT cập cảng.")]
    public void A_unit_right_after_a_number_is_not_an_abbreviation(string text) => Assert.Empty(Family(text));

    [Fact]
    public void A_unit_symbol_elsewhere_is_still_judged_as_an_abbreviation()
    {
        const string text = "Công suất được tính bằng MW theo quy định.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "MW");
        Assert.Equal("Chữ viết tắt “MW” chưa được định nghĩa; viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn ở lần dùng đầu tiên", Vi(diagnostic));
    }

    [Fact]
    public void An_abbreviation_counted_after_a_number_still_needs_its_definition()
    {
        const string text = "Toàn huyện có 52 HTX hoạt động hiệu quả.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "HTX");
        // Used once: the message says what the first fix writes, the full form; defining it is the second fix.
        Assert.Equal("The abbreviation “HTX” is used without a definition and is used only once; write “hợp tác xã” in full", En(diagnostic));
        Assert.Equal("Chữ viết tắt “HTX” chưa được định nghĩa và chỉ dùng một lần; viết đầy đủ “hợp tác xã”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Toàn huyện có 52 hợp tác xã hoạt động hiệu quả.", Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Toàn huyện có 52 hợp tác xã (HTX) hoạt động hiệu quả.", Apply(text, diagnostic.Fixes[1]));
    }

    [Theory]
    [InlineData("Có 3 doanh nghiệp áp dụng HACCP và ISO 22000:2018; hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.")]
    [InlineData("Phối hợp với VNPT triển khai thanh toán qua mã QR; đầu tư hạ tầng ICT cho các xã.")]
    [InlineData("Dự án của Công ty TNHH MTV Cao su Yên Hòa được gia hạn.")]
    [InlineData("Lắp đặt thiết bị IoT, định vị GPS và ứng dụng AI trong quản lý.")]
    [InlineData("Người dân kích hoạt tài khoản VNeID; tỉnh có 120 sản phẩm OCOP.")]
    [InlineData("Cập nhật lúc 08:30 GMT+7 ngày 15/7/2025.")]
    [InlineData("Trẻ được tiêm vắc xin BCG, OPV; người nhiễm HIV được điều trị ARV.")] // vaccines, viruses, drugs
    [InlineData("Trẻ được tiêm vắc xin 5 trong 1 (DPT-VGB-Hib), VGB sơ sinh, MR; xét nghiệm PCR, RT-PCR và ELISA.")] // a name cut at `-Hib`
    [InlineData("Biến thể NB.1.8.1 và XBB.1.5 được giám sát chặt chẽ.")] // codes, not abbreviations
    [InlineData("Đoàn TNCS Hồ Chí Minh phối hợp với VNPT, Viettel, FPT.")]
    [InlineData("Số:        /TTr-UBND")] // the codes of a symbol left unnumbered
    [InlineData("| STT | Chỉ tiêu | ĐVT | Kế hoạch |\n|---|---|---|---|\n| 1 | Kết nạp hội viên | người | 450 |\n")] // the unit column
    public void Widely_known_acronyms_need_no_definition(string text) => Assert.Empty(Family(text));

    [Fact]
    public void A_workspace_adds_its_own_units()
    {
        const string text = "Máy điều hòa công suất 9.000 BTU được lắp đặt.";
        Assert.Equal("BTU", RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL1001"))));
        var options = RuleTester.Options("""{ "data": { "units": ["BTU"] } }""");
        Assert.Empty(RuleTester.Lint(text, options, "RL1001"));
        Assert.True(AbbreviationRegistry.Get(options).IsUnit("MW")); // the built-in units stay
    }

    [Fact]
    public void A_malformed_units_section_is_reported_not_thrown()
    {
        var options = RuleTester.Options("""{ "data": { "units": ["BTU", 5] } }""");
        Assert.Contains(RuleTester.Lint("Công suất 9.000 BTU.", options), d => d.Id == "RL9001"
            && d.GetMessage(MessageLanguage.English).Contains("units: must be an array of non-empty strings", StringComparison.Ordinal));
    }
}
