using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1001 on `HLHPN` in a draft that writes `Hội LHPN`: the document's own form, with the head's initial glued on.</summary>
public class HeadGluedVariantTests
{
    [Fact]
    public void Offers_the_documents_headed_form_first()
    {
        const string text = "Hội Liên hiệp Phụ nữ (Hội LHPN) xã ra mắt mô hình mới.\nNăm 2024, HLHPN xã vận động 350 hội viên tham gia.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "HLHPN");
        Assert.Equal("Chữ viết tắt “HLHPN” chưa được định nghĩa; có lẽ là “Hội LHPN” mà văn bản đã dùng, với chữ đầu của “Hội” viết liền vào", Vi(diagnostic));
        Assert.Equal("The abbreviation “HLHPN” is used without a definition; it looks like the document's “Hội LHPN” with the initial of “Hội” glued on", En(diagnostic));
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.Equal("Năm 2024, Hội LHPN xã vận động 350 hội viên tham gia.", Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Năm 2024, Hội Liên hiệp Phụ nữ xã vận động 350 hội viên tham gia.", Apply(text, diagnostic.Fixes[1]).Split('\n')[1]);
    }

    [Fact]
    public void A_headed_use_without_a_definition_counts_too()
    {
        // The data knows neither `NDT` nor `SNDT`: only the document's `Sở NDT` tells what was meant.
        const string text = "Sở Nội vụ và Dân tộc (NDT) tỉnh tổ chức tập huấn.\nSở NDT hướng dẫn các huyện; SNDT tổng hợp kết quả.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "SNDT");
        Assert.Equal("Chữ viết tắt “SNDT” chưa được định nghĩa; có lẽ là “Sở NDT” mà văn bản đã dùng, với chữ đầu của “Sở” viết liền vào", Vi(diagnostic));
        Assert.Equal("Sở NDT hướng dẫn các huyện; Sở NDT tổng hợp kết quả.", Apply(text, Assert.Single(diagnostic.Fixes)).Split('\n')[1]);
    }

    [Theory]
    [InlineData("Hội Liên hiệp Phụ nữ (LHPN) xã ra mắt mô hình mới.\nNăm 2024, HLHPN xã vận động hội viên.\n")]      // no `Hội LHPN` anywhere
    [InlineData("Hội Liên hiệp Phụ nữ (Hội LHPN) xã ra mắt mô hình mới.\nNăm 2024, KLHPN xã vận động hội viên.\n")] // another initial
    [InlineData("Công tác hội liên hiệp (hội LH) được củng cố.\nNăm 2024, HLH xã vận động hội viên.\n")]             // a lower-case head is no name
    public void Without_the_headed_form_the_usual_message_stays(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        Assert.DoesNotContain("có lẽ là", Vi(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void The_headed_form_itself_is_no_finding()
    {
        const string text = "Hội Liên hiệp Phụ nữ (Hội LHPN) xã ra mắt mô hình mới.\nNăm 2024, Hội LHPN xã vận động hội viên.\n";
        Assert.Empty(Family(text));
    }
}
