using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5002 on a part that opens the sentence after its whole with `Trong đó`, `Trong số đó`, `Trong số này`.</summary>
public class PartOverWholeNextSentenceTests
{
    [Fact]
    public void Reports_a_part_in_the_next_sentence_above_its_whole()
    {
        const string text = "Đảng bộ xã có 17 chi bộ trực thuộc. Trong đó có 19 chi bộ đạt danh hiệu trong sạch, vững mạnh.";
        var diagnostic = Single(text, "RL5002", "19");
        Assert.Equal("Phần 19 lớn hơn tổng 17", Vi(diagnostic));
        Assert.Equal("The part 19 is larger than its whole 17", En(diagnostic));
        Assert.Empty(diagnostic.Fixes); // which figure is wrong is not known
        var whole = Assert.Single(diagnostic.Related);
        Assert.Equal("17", text.Substring(whole.Span.Start, whole.Span.Length));
        Assert.Equal("Tổng", whole.Message.Vi);
    }

    [Fact]
    public void Reads_the_whole_two_sentences_back_across_the_lines_of_a_plain_text()
    {
        const string text = "Toàn Đảng bộ huyện có 38 tổ chức cơ sở đảng với 2.950 đảng viên.\n"
            + "Các cấp ủy đã quán triệt nghị quyết cho 2.801/2.950 đảng viên (đạt 94,95%).\n"
            + "Trong đó có 41 tổ chức cơ sở đảng tổ chức học tập trực tuyến.\n";
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.PlainText, text, "RL5002"));
        AssertSpan(text, diagnostic, "41");
        Assert.Equal("Phần 41 lớn hơn tổng 38", Vi(diagnostic));
    }

    [Theory]
    [InlineData("Huyện có 64 xã, thị trấn. Trong số đó, 70 xã đã có nhà văn hóa.", "70", "Phần 70 lớn hơn tổng 64")]
    [InlineData("Năm nay có 212 hộ đăng ký vay vốn. Trong số này có 230 hộ được giải ngân.", "230", "Phần 230 lớn hơn tổng 212")]
    [InlineData("Tổng diện tích gieo cấy 1.200 ha. Trong đó có 1.350 ha lúa chất lượng cao.", "1.350", "Phần 1.350 lớn hơn tổng 1.200")]
    [InlineData("Tổng vốn đã giải ngân 1,2 tỷ đồng. Trong đó có 1.500 triệu đồng vốn vay ưu đãi.", "1.500", "Phần 1.500 lớn hơn tổng 1,2")] // measures in base units
    public void Reports_the_variants(string text, string part, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5002", part)));

    [Theory]
    // The part is within its whole.
    [InlineData("Đảng bộ xã có 17 chi bộ trực thuộc. Trong đó có 15 chi bộ đạt danh hiệu trong sạch, vững mạnh.")]
    [InlineData("Tổng vốn đã giải ngân 1,2 tỷ đồng. Trong đó có 800 triệu đồng vốn vay ưu đãi.")]
    // Another noun: `chi bộ` under `tổ chức cơ sở đảng` is no part of that count.
    [InlineData("Toàn huyện có 38 tổ chức cơ sở đảng. Trong đó có 41 chi bộ trực thuộc.")]
    [InlineData("Xã có 5 hội đoàn thể. Trong đó có 1.240 hội viên.")]
    // The part may belong to any count of its noun before it: it must exceed them all.
    [InlineData("Toàn huyện có 46 tổ chức cơ sở đảng. Năm 2024 thành lập mới 5 tổ chức cơ sở đảng. Trong đó có 41 tổ chức cơ sở đảng đạt trong sạch, vững mạnh.")]
    [InlineData("Có 2.801/2.950 đảng viên được quán triệt. Trong đó có 2.900 đảng viên học trực tiếp.")]
    // The whole is more than two sentences back, or the sentence does not open with the cue.
    [InlineData("Toàn huyện có 38 tổ chức cơ sở đảng. Các cấp ủy tích cực học tập. Đảng ủy chỉ đạo sát sao. Trong đó có 41 tổ chức cơ sở đảng đạt.")]
    [InlineData("Toàn huyện có 38 tổ chức cơ sở đảng. Năm qua có 41 tổ chức cơ sở đảng được kiểm tra.")]
    [InlineData("Toàn huyện có 38 tổ chức cơ sở đảng. Các tổ chức đã họp, trong đó có 41 tổ chức cơ sở đảng họp trực tuyến.")]
    // A change, an estimate or an aside in parentheses is no part or whole.
    [InlineData("Toàn huyện có 38 tổ chức cơ sở đảng. Trong đó tăng 41 tổ chức cơ sở đảng so với năm trước.")]
    [InlineData("Toàn huyện có 38 tổ chức cơ sở đảng. Trong đó có hơn 41 tổ chức cơ sở đảng đạt.")]
    [InlineData("Toàn huyện có 38 tổ chức cơ sở đảng (kế hoạch 45 tổ chức cơ sở đảng). Trong đó có 41 tổ chức cơ sở đảng đạt.")]
    // A measure of another dimension.
    [InlineData("Tổng diện tích 1.200 ha. Trong đó có 1.350 tấn lúa.")]
    public void Is_silent_when_the_part_is_within_its_whole_or_unclear(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));
}
