using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class TableShareMismatchTests
{
    private const string Villages = """
        Kết quả đánh giá thôn, bản đạt chuẩn văn hóa năm 2026:

        | TT | Kết quả | Số thôn | Tỷ lệ (%) |
        |---|---|---:|---:|
        | 1 | Đạt chuẩn từ 3 năm liền | 14 | 58,33 |
        | 2 | Đạt chuẩn lần đầu | 6 | 25,00 |
        | 3 | Chưa đạt chuẩn | 4 | 16,67 |
        | | **Tổng cộng** | **24** | **100** |

        Số liệu do Ban Chỉ đạo huyện tổng hợp.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5018");

    private static Diagnostic SingleFinding(string text, string spanText, string from)
    {
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    [Fact]
    public void Is_silent_when_every_row_is_its_share_of_the_total() => Assert.Empty(Lint(Villages));

    [Fact]
    public void Reports_a_share_that_is_not_the_count_over_the_total_with_the_share_as_fix()
    {
        var text = Villages.Replace("| 25,00 |", "| 52,00 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "52,00", "Đạt chuẩn lần đầu");
        Assert.Equal("Tỷ lệ của “Đạt chuẩn lần đầu” là 6/24 = 25,00%, không phải 52,00%", Vi(diagnostic));
        Assert.Equal("The share of “Đạt chuẩn lần đầu” is 6/24 = 25,00%, not 52,00%", En(diagnostic));
        Assert.Equal(Villages, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_transposed_decimals_and_writes_the_fix_as_most_of_the_column()
    {
        const string text = """
            | Hình thức | Số vụ | Tỷ lệ % |
            |---|---|---|
            | Hòa giải thành | 31 | 64,58 |
            | Chuyển cơ quan chức năng | 9 | 18,57 |
            | Đang hòa giải | 8 | 16,67 |
            | Tổng số | 48 | 100 |
            """;
        var diagnostic = SingleFinding(text, "18,57", "Chuyển cơ quan");
        Assert.Equal("Tỷ lệ của “Chuyển cơ quan chức năng” là 9/48 = 18,75%, không phải 18,57%", Vi(diagnostic));
        Assert.Equal(text.Replace("18,57", "18,75", StringComparison.Ordinal), Fixed(text, diagnostic));
        // Whole percentages: the fix is written whole as well.
        var whole = text.Replace("| 64,58 |", "| 65 |", StringComparison.Ordinal).Replace("| 16,67 |", "| 17 |", StringComparison.Ordinal)
            .Replace("| 18,57 |", "| 21 |", StringComparison.Ordinal);
        var rounded = SingleFinding(whole, "21", "Chuyển cơ quan");
        Assert.Equal("Tỷ lệ của “Chuyển cơ quan chức năng” là 9/48 = 19%, không phải 21%", Vi(rounded));
        Assert.Equal(whole.Replace("| 21 |", "| 19 |", StringComparison.Ordinal), Fixed(whole, rounded));
    }

    [Fact]
    public void Takes_the_column_sum_as_the_whole_when_there_is_no_total_row()
    {
        const string text = """
            | Độ tuổi | Số đảng viên | Tỷ trọng (%) |
            |---|---|---|
            | Dưới 30 tuổi | 52 | 13 |
            | Từ 30 đến 50 tuổi | 228 | 57 |
            | Trên 50 tuổi | 120 | 40 |
            """;
        var diagnostic = SingleFinding(text, "40", "Trên 50 tuổi");
        Assert.Equal("Tỷ lệ của “Trên 50 tuổi” là 120/400 = 30%, không phải 40%", Vi(diagnostic));
        Assert.Equal(text.Replace("| 40 |", "| 30 |", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_the_count_column_a_heading_names_beyond_other_columns()
    {
        const string text = """
            | Đơn vị | Số chi bộ | Số đảng viên | Số đảng viên nữ | Tỷ lệ đảng viên (%) |
            |---|---|---|---|---|
            | Khối Đảng | 12 | 150 | 70 | 30 |
            | Khối chính quyền | 18 | 250 | 95 | 50 |
            | Khối doanh nghiệp | 9 | 100 | 20 | 25 |
            | Tổng cộng | 39 | 500 | 185 | 100 |
            """;
        var diagnostic = SingleFinding(text, "25", "Khối doanh nghiệp");
        Assert.Equal("Tỷ lệ của “Khối doanh nghiệp” là 100/500 = 20%, không phải 25%", Vi(diagnostic));
    }

    private const string Scholarships = """
        | STT | Trường | Số học sinh | Số suất học bổng được cấp | Tỷ lệ so với tổng số suất học bổng (%) |
        |:---:|---|---:|---:|---:|
        | 1 | Trường THCS Lê Lợi | 640 | 12 | 30,00 |
        | 2 | Trường THCS Kim Đồng | 480 | 10 | 25,00 |
        | 3 | Trường THCS Chu Văn An | 720 | 14 | 35,00 |
        | 4 | Trường THCS Võ Thị Sáu | 360 | 4 | 10,00 |
        | | **Tổng cộng** | **2.200** | **40** | **100** |
        """;

    [Fact]
    public void Reads_a_share_of_the_total_named_by_the_head_of_its_count_column()
    {
        Assert.Empty(Lint(Scholarships));
        // `suất học bổng` heads `Số suất học bổng được cấp`, not `Số học sinh`: 14/40, not 720/2.200.
        var text = Scholarships.Replace("| 35,00 |", "| 53,00 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "53,00", "Chu Văn An");
        Assert.Equal("Tỷ lệ của “Trường THCS Chu Văn An” là 14/40 = 35,00%, không phải 53,00%", Vi(diagnostic));
        Assert.Equal("The share of “Trường THCS Chu Văn An” is 14/40 = 35,00%, not 53,00%", En(diagnostic));
        Assert.Equal(Scholarships, Fixed(text, diagnostic));
        // A heading whose head is two words alike (`suất học bổng cấp huyện`, `suất học bổng được cấp`).
        var twoWords = text.Replace("tổng số suất học bổng (%)", "tổng số suất học bổng cấp huyện (%)", StringComparison.Ordinal);
        SingleFinding(twoWords, "53,00", "Chu Văn An");
    }

    [Fact]
    public void Is_silent_when_the_named_head_is_no_column_or_two_columns()
    {
        // The heading names students while the percentages are of scholarships: no column is read against another.
        Assert.Empty(Lint(Scholarships.Replace("tổng số suất học bổng (%)", "tổng số học sinh (%)", StringComparison.Ordinal)
            .Replace("| 35,00 |", "| 53,00 |", StringComparison.Ordinal)));
        // One word alike (`suất`) is no head: `suất ăn` is another count.
        Assert.Empty(Lint(Scholarships.Replace("tổng số suất học bổng (%)", "tổng số suất ăn (%)", StringComparison.Ordinal)
            .Replace("| 35,00 |", "| 53,00 |", StringComparison.Ordinal)));
    }

    private const string Loans = """
        | TT | Nguồn vốn | Số tiền (triệu đồng) | Số dự án | Tỷ trọng (%) |
        |---|---|---:|---:|---:|
        | 1 | Ngân sách tỉnh | 12.600 | 9 | 45,00 |
        | 2 | Ngân sách huyện | 8.400 | 11 | 30,00 |
        | 3 | Ngân sách xã | 4.200 | 15 | 15,00 |
        | 4 | Vốn huy động | 2.800 | 5 | 10,00 |
        | | **Cộng** | **28.000** | **40** | **100** |
        """;

    [Fact]
    public void Searches_the_columns_left_of_a_bare_share_for_the_one_it_is_the_shares_of()
    {
        // Not the shares of `Số dự án` right before it (9/40 = 22,50) but of the amounts.
        Assert.Empty(Lint(Loans));
        var text = Loans.Replace("| 15,00 |", "| 13,00 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "13,00", "Ngân sách xã");
        Assert.Equal("Tỷ lệ của “Ngân sách xã” là 4.200/28.000 = 15,00%, không phải 13,00%", Vi(diagnostic));
        Assert.Equal("The share of “Ngân sách xã” is 4.200/28.000 = 15,00%, not 13,00%", En(diagnostic));
        Assert.Equal(Loans, Fixed(text, diagnostic));
    }

    [Fact]
    public void Is_silent_on_correct_shares_of_a_column_further_left()
    {
        // Thirds rounded to 33,33 add up to 99,99 under a total of 100.
        const string thirds = """
            | Đơn vị | Kinh phí (triệu đồng) | Số lớp | Cơ cấu (%) |
            |---|---:|---:|---:|
            | Phòng Giáo dục | 150 | 4 | 33,33 |
            | Phòng Văn hóa | 150 | 6 | 33,33 |
            | Phòng Y tế | 150 | 2 | 33,33 |
            | Tổng cộng | 450 | 12 | 100 |
            """;
        Assert.Empty(Lint(thirds));
        // Two count columns and shares of the first: the one right before the share is not forced on it.
        const string members = """
            | Đơn vị | Số hội viên | Số chi hội | Tỷ lệ (%) |
            |---|---:|---:|---:|
            | Xã An Phú | 300 | 6 | 30,0 |
            | Xã An Bình | 450 | 7 | 45,0 |
            | Xã An Lạc | 250 | 5 | 25,0 |
            | Toàn huyện | 1.000 | 18 | 100 |
            """;
        Assert.Empty(Lint(members));
        // Two columns further left are both read as the shares: which one is meant is unclear.
        const string proportional = """
            | Đơn vị | Số hộ | Số khẩu | Số tổ | Tỷ lệ (%) |
            |---|---:|---:|---:|---:|
            | Thôn 1 | 100 | 400 | 3 | 25 |
            | Thôn 2 | 200 | 800 | 2 | 50 |
            | Thôn 3 | 60 | 240 | 2 | 15 |
            | Thôn 4 | 40 | 160 | 1 | 20 |
            | Tổng cộng | 400 | 1.600 | 8 | 100 |
            """;
        Assert.Empty(Lint(proportional));
    }

    [Fact]
    public void Reads_the_total_rows_own_percentage_as_the_whole_over_itself()
    {
        var wrong = Villages.Replace("**100**", "**90**", StringComparison.Ordinal);
        var diagnostic = SingleFinding(wrong, "90", "**Tổng cộng**");
        Assert.Equal("Tỷ lệ của “Tổng cộng” là 24/24 = 100%, không phải 90%", Vi(diagnostic));
        Assert.Equal(Villages, Fixed(wrong, diagnostic));
        // The rounded shares add up to 100,01 or 99,99: a total written so is not wrong, and is never summed.
        Assert.Empty(Lint(Villages.Replace("**100**", "**100,00**", StringComparison.Ordinal)));
        Assert.Empty(Lint(Villages.Replace("**100**", "**99,99**", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("66,67", "33,33")]
    [InlineData("66,66", "33,33")]
    [InlineData("66,7", "33,3")]
    [InlineData("67", "33")]
    [InlineData("66", "33")]
    public void Accepts_shares_rounded_or_cut_to_the_decimals_written(string twoThirds, string oneThird)
    {
        var text = $"""
            | Loại hình | Số cơ sở | % |
            |---|---|---|
            | Công lập | 20 | {twoThirds} |
            | Ngoài công lập | 10 | {oneThird} |
            | Liên kết | 0 | 0 |
            | Cộng | 30 | 100 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_on_correct_tables_of_several_shapes()
    {
        // Two pairs of count and share, a total right under the header, a `-` for no figure.
        const string pairs = """
            | Xếp loại | Năm 2025 | Tỷ lệ (%) | Năm 2026 | Tỷ lệ (%) |
            |---|---|---|---|---|
            | Toàn huyện | 1.250 | 100 | 1.300 | 100 |
            | Hoàn thành xuất sắc | 250 | 20 | 260 | 20 |
            | Hoàn thành tốt | 875 | 70 | 975 | 75 |
            | Hoàn thành | 125 | 10 | 65 | 5 |
            | Không hoàn thành | 0 | - | 0 | - |
            """;
        Assert.Empty(Lint(pairs));
        // Areas with decimals, no total row, a bare `Cơ cấu` heading.
        const string areas = """
            | Loại đất | Diện tích (ha) | Cơ cấu |
            |---|---|---|
            | Đất nông nghiệp | 1.520,5 | 60,82 |
            | Đất phi nông nghiệp | 742,3 | 29,69 |
            | Đất chưa sử dụng | 237,2 | 9,49 |
            """;
        Assert.Empty(Lint(areas));
    }

    [Fact]
    public void Is_silent_on_a_rate_of_each_rows_own_figures()
    {
        // The percentage is poor households over households of each commune, and the total row gives the overall rate.
        const string named = """
            | Xã | Số hộ | Số hộ nghèo | Tỷ lệ hộ nghèo (%) |
            |---|---|---|---|
            | Tân Hòa | 1.200 | 60 | 5,00 |
            | Tân Phú | 800 | 64 | 8,00 |
            | Tân Lập | 1.000 | 30 | 3,00 |
            | Toàn huyện | 3.000 | 154 | 5,13 |
            """;
        Assert.Empty(Lint(named));
        Assert.Empty(Lint(named.Replace("Tỷ lệ hộ nghèo (%)", "Tỷ lệ (%)", StringComparison.Ordinal)));
        Assert.Empty(Lint(named.Replace("| 5,13 |", "| 100 |", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Tăng/giảm (%)")]
    [InlineData("So với kế hoạch (%)")]
    [InlineData("Tỷ lệ đạt")]
    [InlineData("Tỷ lệ hộ nghèo (%)")]
    [InlineData("Tỷ lệ so với cùng kỳ (%)")]
    public void Is_silent_under_headings_that_are_not_a_share_of_the_column(string heading)
    {
        var text = $"""
            | Chỉ tiêu | Số lượng | {heading} |
            |---|---|---|
            | Trồng rừng mới | 120 | 24 |
            | Khoanh nuôi | 300 | 60 |
            | Chăm sóc rừng | 80 | 20 |
            | Tổng cộng | 500 | 100 |
            """;
        Assert.Empty(Lint(text));
        // The control: the same table under a share heading.
        Assert.Single(Lint(text.Replace(heading, "Tỷ lệ (%)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Is_silent_when_most_rows_disagree_or_the_count_column_is_unclear()
    {
        const string mostlyWrong = """
            | Đơn vị | Số người | Tỷ lệ (%) |
            |---|---|---|
            | Phòng A | 10 | 20 |
            | Phòng B | 20 | 30 |
            | Phòng C | 30 | 50 |
            | Phòng D | 40 | 40 |
            | Tổng cộng | 100 | 100 |
            """;
        Assert.Empty(Lint(mostlyWrong));
        // Two columns answer to the name the heading gives.
        const string twoNamed = """
            | Đơn vị | Số hộ (2025) | Số hộ (2026) | Tỷ lệ hộ (%) |
            |---|---|---|---|
            | Thôn 1 | 100 | 100 | 25 |
            | Thôn 2 | 100 | 200 | 40 |
            | Thôn 3 | 200 | 200 | 40 |
            | Tổng cộng | 400 | 500 | 100 |
            """;
        Assert.Empty(Lint(twoNamed));
        // The column left of the share is no count: a rank.
        const string rank = """
            | Đơn vị | Xếp hạng | Tỷ lệ (%) |
            |---|---|---|
            | Phòng A | 1 | 50 |
            | Phòng B | 2 | 30 |
            | Phòng C | 3 | 30 |
            """;
        Assert.Empty(Lint(rank));
    }

    [Fact]
    public void Is_silent_on_tables_whose_rows_are_not_parts_of_one_level()
    {
        const string text = """
            | Đơn vị | Số người | Tỷ lệ (%) |
            |---|---|---|
            | Khối Đảng | 40 | 40 |
            | Trong đó: nữ | 15 | 30 |
            | Khối chính quyền | 60 | 60 |
            | Tổng cộng | 100 | 100 |
            """;
        Assert.Empty(Lint(text));
        Assert.Empty(Lint(text.Replace("| Tổng cộng | 100 | 100 |\n", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_a_table_typed_in_plain_text_too()
    {
        // Plain text has no bold: its asterisks are text.
        var text = Villages.Replace("**", "", StringComparison.Ordinal).Replace("| 25,00 |", "| 52,00 |", StringComparison.Ordinal);
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL5018")), "52,00");
    }
}
