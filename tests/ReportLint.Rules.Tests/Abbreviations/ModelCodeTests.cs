using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>Unknown capitals before a bare number of two or more digits are a variety's or model's code (`BG 218`), not an abbreviation.</summary>
public class ModelCodeTests
{
    [Theory]
    [InlineData("Vụ mùa, xã đưa các giống lúa BG 218, ST25 vào sản xuất.")]
    [InlineData("Các giống OM 5451 và IR 64 cho năng suất trên 6 tấn/ha.")]
    [InlineData("Hộ dân thay máy cày cũ bằng máy KB\u00A0120 mới.")] // a no-break space before the number
    [InlineData("Đội quản lý khai thác (QLKT) có 12 tổ; đội QLKT 15 người trực đêm.")] // defined: a count after it changes nothing
    public void Capitals_before_a_code_number_are_no_abbreviation(string text) => Assert.Empty(Family(text));

    [Theory]
    [InlineData("Năm nay QLKT 5 người được khen thưởng.")] // one digit: a count
    [InlineData("Đơn vị QLKT 2.500 tấn hàng đã nhập kho.")] // a separator: a quantity
    [InlineData("Triển khai kế hoạch QLKT 2024 trên địa bàn.")] // a year
    [InlineData("Văn bản QLKT 12/2023 đã được ban hành.")] // a date or a symbol
    [InlineData("Đội QLKT gồm 15 người.")] // the number is not next to it
    public void An_unknown_abbreviation_is_still_reported_elsewhere(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "QLKT");
        Assert.Equal("Chữ viết tắt “QLKT” chưa được định nghĩa; viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn ở lần dùng đầu tiên", Vi(diagnostic));
    }

    [Fact]
    public void A_known_abbreviation_before_a_number_is_still_reported()
    {
        const string text = "Mỗi HTX 15 thành viên trở lên được hỗ trợ.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "HTX");
        Assert.Equal("Mỗi hợp tác xã 15 thành viên trở lên được hỗ trợ.", Apply(text, diagnostic.Fixes[0]));
    }

    [Theory]
    // Listed beside letter codes, or beside another code of capitals and a number: one more code.
    [InlineData("Vụ Đông Xuân, các xã gieo sạ các giống lúa TBR225, ĐV 108, HT1 trên 90% diện tích.")]
    [InlineData("Cơ cấu giống gồm ĐV 108 và HT1, bảo đảm thời vụ.")]
    [InlineData("Năm nay đưa vào sản xuất BG 218, ĐV 108; năng suất đều trên 65 tạ/ha.")]
    [InlineData("Các giống TBR225, CB 1 cho năng suất cao.")] // one digit is enough in a list of codes
    // After a code head of the data.
    [InlineData("Xã Phổ An gieo trồng giống lúa ĐV 108 trên 300 ha.")]
    [InlineData("Hợp tác xã mua 5 máy gặt mẫu HTX 25 của công ty địa phương.")]
    // After a vehicle or machine noun, though the text writes the full form elsewhere (`hướng dẫn`).
    [InlineData("Tổ dịch vụ thuê 3 xe tải HD 65 chở phân; cán bộ khuyến nông hướng dẫn cách bón.")]
    [InlineData("Đội có 2 máy cày HD 90 và một tàu cá HD 12; xã hướng dẫn bà con bảo dưỡng.")]
    public void A_known_abbreviation_with_a_number_among_codes_is_a_code(string text) => Assert.Empty(Family(text));

    [Theory]
    [InlineData("Tổng số ĐV 108 đồng chí, tăng 6 đồng chí so với năm trước.", "ĐV")] // no code beside it, no code head
    [InlineData("Mỗi HTX 15 thành viên, mỗi tổ hợp tác 7 thành viên.", "HTX")] // a list, but of counts
    [InlineData("Đội xe tải nhận HD 65 của xã; cán bộ hướng dẫn cách bón.", "HD")] // the vehicle noun is not right before it
    public void A_known_abbreviation_with_a_number_outside_a_list_of_codes_is_still_reported(string text, string abbreviation)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, abbreviation);
    }

    [Theory]
    [InlineData("Đề nghị UBND 12 xã phối hợp; HĐND 3 cấp giám sát.")]
    public void Allowed_abbreviations_before_a_number_stay_silent(string text) => Assert.Empty(Family(text));

    [Theory]
    [InlineData("Dự án mở rộng QL 1A đoạn qua thị xã đã hoàn thành.")]
    [InlineData("Các tuyến QL 14, TL 605 và ĐT 741 qua địa bàn đều được duy tu.")]
    [InlineData("Sạt lở trên QL 14C, HL 2 và TL 8.")]
    public void Road_letters_before_a_number_are_the_road_code(string text) => Assert.Empty(Family(text));

    [Theory]
    [InlineData("Tuyến QL qua địa bàn xã bị sạt lở nhiều đoạn.")] // no number: an abbreviation
    [InlineData("Tuyến QL 12/2024 được nhắc tới trong văn bản.")] // a date or a symbol, not a road's number
    public void Road_letters_without_a_road_number_are_still_reported(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "QL");
    }

    [Fact]
    public void Road_letters_of_workspace_data_are_a_code_too()
    {
        const string text = "Tuyến ĐH 12 qua xã được nâng cấp.";
        Assert.Contains(RuleTester.Lint(text, "RL1001"), d => d.Span.Start == Offset(text, "ĐH"));
        Assert.Empty(RuleTester.Lint(text, RuleTester.Options("""{ "data": { "codeLetters": ["ĐH"] } }"""), "RL1001"));
    }
}
