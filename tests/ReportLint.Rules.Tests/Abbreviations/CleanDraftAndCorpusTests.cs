using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

public class CleanDraftAndCorpusTests
{
    // Written for these tests: every abbreviation is defined at its first use, or allowed by house style.
    private const string CleanDraft =
        "BÁO CÁO\n" +
        "KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM 2021\n" +
        "\n" +
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy (BTVTU), " +
        "các tổ chức cơ sở đảng (TCCSĐ) đã triển khai nghiêm túc.\n" +
        "Đội ngũ cán bộ, công chức (CB, CC) được kiện toàn; 95% CB, CC hoàn thành tốt nhiệm vụ.\n" +
        "BTVTU đã chỉ đạo UBND tỉnh, HĐND tỉnh và MTTQ các cấp phối hợp; các TCCSĐ tổ chức Đại hội nhiệm kỳ 2020 - 2025 theo đúng Nghị quyết Trung ương 4 (khóa XII).\n" +
        "Công tác phòng, chống tham nhũng (PCTN) được chú trọng; kết quả PCTN góp phần phát triển kinh tế - xã hội (KT-XH) của tỉnh.\n" +
        "Tình hình KT-XH ổn định, thu hút vốn đầu tư trực tiếp nước ngoài (FDI) tăng; tổng vốn FDI đạt 120 triệu USD.\n" +
        "Nơi nhận: Văn phòng Trung ương Đảng, các đồng chí Tỉnh ủy viên./.\n";

    [Fact]
    public void A_draft_with_every_abbreviation_defined_produces_nothing() => Assert.Empty(Family(CleanDraft));

    [Fact]
    public void Finds_the_abbreviation_defects_of_the_Ninh_Binh_draft()
    {
        var text = Corpus.NinhBinh;
        var found = Family(text).Select(d => (d.Id, RuleTester.SpanText(text, d))).ToList();
        Assert.Contains(("RL1001", "TVTU"), found);
        Assert.Contains(("RL1001", "ĐBQH"), found);
        Assert.Contains(("RL1001", "BCH"), found);
        Assert.Contains(("RL1008", "T.Ư"), found);
        Assert.Equal(2, found.Count(f => f == ("RL1008", "UVT.Ư")));
        // The dotted forms are RL1008's alone (one finding per span); nothing else: document symbols
        // (105-QĐ/TW), Roman numerals (XII, XIII) and headings stay silent.
        Assert.Equal(6, found.Count);
    }

    [Fact]
    public void Finds_TW_beside_Trung_uong_in_the_Phu_Tho_draft()
    {
        var text = Corpus.PhuTho;
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1001", diagnostic.Id);
        Assert.Equal("TW", RuleTester.SpanText(text, diagnostic));
        Assert.Contains("Trung ương", Vi(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_the_correct_uses_of_the_Khoi_draft_alone() => Assert.Empty(Family(Corpus.Khoi));

    [Theory]
    [InlineData("draft-ninh-binh.txt")]
    [InlineData("draft-phu-tho.txt")]
    public void Unsafe_fix_all_converges_and_leaves_no_abbreviation_finding(string name)
    {
        var fixedText = RuleTester.FixAll(Corpus.Read(name), includeUnsafe: true,
            "RL1001", "RL1002", "RL1003", "RL1004", "RL1005", "RL1006", "RL1007", "RL1008");
        Assert.DoesNotContain(Family(fixedText), d => d.Severity != Core.Diagnostics.ReportSeverity.Info);
        Assert.DoesNotContain("T.Ư", fixedText, StringComparison.Ordinal);
    }
}
