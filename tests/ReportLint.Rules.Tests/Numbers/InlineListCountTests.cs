using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5014 on a count followed in its paragraph by items behind markers: `(1)`, `1.`, `a)`, `thứ nhất`.</summary>
public class InlineListCountTests
{
    [Fact]
    public void Counts_parenthesised_markers_after_gom()
    {
        const string text = "Đoàn giám sát nêu 3 hạn chế, gồm: (1) chưa lập sổ theo dõi; (2) họp chi bộ chưa đều; (3) chậm nộp báo cáo; (4) hồ sơ lưu trữ chưa đầy đủ.";
        var diagnostic = Single(text, "RL5014", "3");
        Assert.Equal("Nêu 3 hạn chế nhưng kể ra 4 mục", Vi(diagnostic));
        Assert.Equal("Says 3 hạn chế but lists 4 items", En(diagnostic));
        Assert.Equal(text.Replace("nêu 3", "nêu 4", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Counts_numbered_markers_after_a_note_in_brackets_over_wrapped_lines()
    {
        const string text = "Hội nghị bầu 05 đồng chí trúng cử (theo thứ tự số phiếu): 1. Đồng chí Lò Văn Pọm; 2. Đồng chí\n"
            + "Hà Thị Mai; 3. Đồng chí Vi Văn Sáng;\n4. Đồng chí Cầm Thị Hoa.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5014"));
        AssertSpan(text, diagnostic, "05");
        Assert.Equal("Nêu 05 đồng chí trúng cử nhưng kể ra 4 mục", Vi(diagnostic));
        Assert.Equal(text.Replace("05 đồng chí", "04 đồng chí", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Counts_ordinal_words_and_letters()
    {
        const string ordinals = "Năm tới, huyện tập trung 4 giải pháp chủ yếu: thứ nhất, rà soát quy hoạch; thứ hai, huy động vốn; thứ ba, đào tạo nghề.";
        var found = Single(ordinals, "RL5014", "4");
        Assert.Equal("Nêu 4 giải pháp chủ yếu nhưng kể ra 3 mục", Vi(found));
        Assert.Equal(ordinals.Replace("trung 4", "trung 3", StringComparison.Ordinal), Fixed(ordinals, found));
        const string letters = "Chi bộ đề ra hai chỉ tiêu như sau: a) kết nạp 3 đảng viên; b) 100% đảng viên học nghị quyết; c) không có đảng viên vi phạm.";
        var lettered = Single(letters, "RL5014", "hai");
        Assert.Equal("Nêu hai chỉ tiêu nhưng kể ra 3 mục", Vi(lettered));
        Assert.Equal(letters.Replace("ra hai", "ra ba", StringComparison.Ordinal), Fixed(letters, lettered));
    }

    [Fact]
    public void Ignores_sub_items_of_another_style()
    {
        const string text = "Có 2 nhóm nhiệm vụ: (1) nhóm về kinh tế, gồm: a) thu ngân sách; b) làm đường; c) chợ; (2) nhóm về xã hội; (3) nhóm về quốc phòng.";
        Assert.Equal("Nêu 2 nhóm nhiệm vụ nhưng kể ra 3 mục", Vi(Single(text, "RL5014", "2")));
    }

    [Theory]
    [InlineData("Đoàn nêu 3 hạn chế, gồm: (1) chưa lập sổ; (2) họp chưa đều; (3) chậm báo cáo.")]
    [InlineData("Có 3 đồng chí, trong đó 2 nữ: 1. Đồng chí Hà Thị Mai; 2. Đồng chí Cầm Thị Hoa; 3. Đồng chí Lò Văn Pọm.")] // the count of something else
    [InlineData("Kiểm tra 5 chi bộ, phát hiện 2 thiếu sót: (1) chưa lập sổ; (2) họp chưa đều; (3) chậm báo cáo.")] // a second count in the clause
    [InlineData("Đoàn nêu 3 hạn chế: (1) chưa lập sổ; (2) họp chưa đều; (4) chậm báo cáo; (5) hồ sơ thiếu.")] // a skip: RL5025's
    [InlineData("Đoàn nêu 3 hạn chế: (1) chưa lập sổ; (2) họp chưa đều; (2) chậm báo cáo; (3) hồ sơ thiếu.")] // a repeat
    [InlineData("Về kinh tế: (1) thu ngân sách đạt 2 nghìn tỷ đồng, gồm 3 nguồn: a) thuế; b) phí; (2) sản lượng lương thực tăng.")] // nested
    [InlineData("Tổng kết 6 tháng đầu năm: (1) thu ngân sách; (2) làm đường; (3) xây chợ.")] // months
    [InlineData("Đã giải quyết 4 đơn (1) của ông A; (2) của bà B.")] // no lead
    [InlineData("Có 3 hạn chế: (1) chưa lập sổ; (2) họp chưa đều; (3) chậm báo cáo. Nguyên nhân có 2 điểm: (1) thiếu cán bộ; (2) thiếu kinh phí.")] // two lists
    [InlineData("Hội nghị bầu 5 đồng chí: 1. Đồng chí Lò Văn Pọm; 2. Đồng chí Hà Thị Mai;")] // goes on in the next paragraph
    public void Stays_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

    [Fact]
    public void Stays_silent_when_the_list_goes_on_in_the_next_paragraphs()
    {
        const string text = "Hội nghị bầu 4 đồng chí vào Ban Chấp hành: 1. Đồng chí Lò Văn Pọm; 2. Đồng chí Hà Thị Mai;\n"
            + "3. Đồng chí Vi Văn Sáng; 4. Đồng chí Cầm Thị Hoa.\n";
        Assert.Empty(RuleTester.Lint(text, "RL5014"));
    }

    [Fact]
    public void Counts_items_on_the_lines_below_a_count_with_a_qualifier()
    {
        const string text = "Có 06 đồng chí trúng cử Ủy ban Kiểm tra khóa XX, nhiệm kỳ 2025 – 2030 (xếp theo số phiếu):\n"
            + "1. Đồng chí Lò Văn Pọm; 2. Đồng chí Hà Thị Mai; 3. Đồng chí Vi Văn Sáng;\n4. Đồng chí Cầm Thị Hoa; 5. Đồng chí Lường Văn Ết.\n\nBiên bản lập thành 03 bản.";
        var diagnostic = Single(text, "RL5014", "06");
        Assert.Equal("Nêu 06 đồng chí trúng cử nhưng kể ra 5 mục", Vi(diagnostic));
        Assert.Equal(text.Replace("Có 06", "Có 05", StringComparison.Ordinal), Fixed(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text.Replace("Có 06", "Có 05", StringComparison.Ordinal), "RL5014"));
    }
}
