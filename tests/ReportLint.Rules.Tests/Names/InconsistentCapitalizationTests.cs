using ReportLint.Rules.Tests.Infrastructure;
using ReportLint.Rules.Tests.Numbers;

namespace ReportLint.Rules.Tests.Names;

public class InconsistentCapitalizationTests
{
    [Fact]
    public void Reports_the_minority_capitalization_of_a_quarter()
    {
        const string text = "Trong quý I, đơn vị hoàn thành kế hoạch.\nSang quý II, nhiệm vụ nhiều hơn; đến hết Quý II, đạt 60% kế hoạch.\n";
        var diagnostic = Findings.Single(text, "RL6003", "Quý II");
        Assert.Equal("“Quý II” viết hoa không thống nhất với 2 chỗ khác trong văn bản viết “quý II”", Findings.Vi(diagnostic));
        Assert.Equal("“Quý II” is capitalized differently from 2 other places in the document, which write “quý II”", Findings.En(diagnostic));
        Assert.Equal(text.Replace("Quý II", "quý II", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Compares_party_organization_phrases_as_one_group()
    {
        const string text = "Kiểm tra tổ chức đảng và đảng viên. Xếp loại tổ chức cơ sở đảng hằng năm. Củng cố tổ chức Đảng yếu kém.";
        var diagnostic = Findings.Single(text, "RL6003", "tổ chức Đảng");
        Assert.Equal("“tổ chức Đảng” viết hoa không thống nhất với 2 chỗ khác trong văn bản viết “tổ chức đảng”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("tổ chức Đảng", "tổ chức đảng", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void On_a_tie_lower_case_wins()
    {
        const string text = "Trong quý I đạt kế hoạch; trong Quý II vượt kế hoạch.";
        Findings.Single(text, "RL6003", "Quý II");
        Findings.Single("Trong Quý I đạt kế hoạch; trong quý II vượt kế hoạch.", "RL6003", "Quý I");
    }

    [Theory]
    [InlineData("Quý II năm nay nhiều khó khăn. Trong quý II, đơn vị vẫn hoàn thành kế hoạch.")] // sentence start
    [InlineData("KẾT QUẢ QUÝ II\nTrong quý II, đơn vị hoàn thành kế hoạch.\n")] // heading in capitals
    [InlineData("Trong quý I và quý II, đơn vị hoàn thành kế hoạch của Quốc hội khóa XV.")]
    [InlineData("Xếp loại tổ chức Đảng, tổ chức cơ sở Đảng và đảng viên.")] // one style: Đảng capitalized, đảng viên apart
    [InlineData("Tổ chức đảng ở cơ sở được củng cố; nhiều tổ chức đảng đạt trong sạch.")]
    public void Is_silent_on_consistent_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL6003"));
}
