using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>An all-caps word right after a name head of the data (`Tập đoàn`, `thương hiệu`) names a firm or a brand.</summary>
public class BrandNameTests
{
    [Theory]
    [InlineData("Tỉnh ký thỏa thuận hợp tác với Tập đoàn FPT về chuyển đổi số.")]
    [InlineData("Công ty ABC và Tổng công ty XYZ cùng tài trợ giải đấu.")]
    [InlineData("Vốn vay từ Ngân hàng BIDV chi nhánh huyện tăng 12%.")]
    [InlineData("Sản phẩm mang nhãn hiệu HTV và thương hiệu KMH được ưa chuộng.")]
    [InlineData("tập đoàn FPT đã khánh thành trung tâm dữ liệu.")]
    [InlineData("Dự án của Công ty TNHH QBT đã đi vào hoạt động.")] // the legal form TNHH is passed over
    public void A_name_after_a_name_head_is_not_an_abbreviation(string text) => Assert.Empty(Family(text));

    [Fact]
    public void The_same_letters_elsewhere_are_still_an_abbreviation()
    {
        const string text = "Tập đoàn FPT tài trợ; các đơn vị QLDA báo cáo tiến độ.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "QLDA");
    }

    [Fact]
    public void An_abbreviation_the_data_knows_stays_one_after_a_name_head()
    {
        const string text = "Công ty CNTT của tỉnh đã bàn giao phần mềm.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "CNTT");
        Assert.Equal("Công ty công nghệ thông tin (CNTT) của tỉnh đã bàn giao phần mềm.", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void A_name_head_must_stand_right_before_the_name()
    {
        const string text = "Công ty đã phối hợp với BQL khu công nghiệp.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "BQL");
        Assert.Equal("The abbreviation “BQL” is used without a definition; write the full form followed by the abbreviation in parentheses at its first use", En(diagnostic));
    }

    [Fact]
    public void A_workspace_adds_its_own_name_heads()
    {
        const string text = "Hợp tác xã liên kết với Siêu thị BMX tiêu thụ nông sản.";
        Assert.Equal("BMX", RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL1001"))));
        var options = RuleTester.Options("""{ "data": { "nameHeads": ["Siêu thị"] } }""");
        Assert.Empty(RuleTester.Lint(text, options, "RL1001"));
        Assert.Empty(RuleTester.Lint("Tập đoàn FPT tài trợ.", options, "RL1001")); // the built-in heads stay
    }

    [Fact]
    public void A_malformed_name_heads_section_is_reported_not_thrown()
    {
        var options = RuleTester.Options("""{ "data": { "nameHeads": "Siêu thị" } }""");
        Assert.Contains(RuleTester.Lint("Siêu thị BMX.", options), d => d.Id == "RL9001");
    }
}
