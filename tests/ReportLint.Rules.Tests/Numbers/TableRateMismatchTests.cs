using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class TableRateMismatchTests
{
    private const string Revenue = """
        Kết quả thu ngân sách 6 tháng đầu năm 2026 (triệu đồng):

        | TT | Nguồn thu | Dự toán năm 2026 | Thực hiện 6 tháng | % so với dự toán |
        |---|---|---:|---:|---:|
        | 1 | Thuế ngoài quốc doanh | 4.600 | 2.415 | 52,50 |
        | 2 | Lệ phí trước bạ | 1.250 | 694 | 55,52 |
        | 3 | Thu tiền sử dụng đất | 8.000 | 2.130 | 26,63 |
        | 4 | Thu khác | 320 | 415 | 129,69 |
        | | **Cộng** | **14.170** | **5.654** | **39,90** |

        Số liệu do bộ phận Tài chính - Kế toán tổng hợp.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5019");

    private static Diagnostic SingleFinding(string text, string spanText, string from)
    {
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    [Fact]
    public void Is_silent_when_every_rate_is_performance_over_target() => Assert.Empty(Lint(Revenue));

    [Fact]
    public void Judges_no_rate_of_a_figure_that_reads_two_ways()
    {
        // `8,415` may be thousands written the English way (8.415, 105,19%) or a decimal: RL5008 asks which.
        var text = Revenue.Replace("| 320 | 415 | 129,69 |", "| 8.000 | 8,415 | 105,19 |", StringComparison.Ordinal)
            .Replace("**14.170** | **5.654** | **39,90**", "**21.850** | **13.654** | **62,49**", StringComparison.Ordinal);
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reports_a_rate_that_is_not_performance_over_target_with_the_rate_as_fix()
    {
        var text = Revenue.Replace("| 55,52 |", "| 52,55 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "52,55", "Lệ phí");
        Assert.Equal("Cột “% so với dự toán” của “Lệ phí trước bạ” là 694/1.250 = 55,52%, không phải 52,55%", Vi(diagnostic));
        Assert.Equal("Column “% so với dự toán” of “Lệ phí trước bạ” is 694/1.250 = 55,52%, not 52,55%", En(diagnostic));
        Assert.Equal(Revenue, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_the_total_row_and_a_bold_rate_like_any_other()
    {
        var text = Revenue.Replace("**39,90**", "**93,90**", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "93,90", "Cộng");
        Assert.Equal("Cột “% so với dự toán” của “Cộng” là 5.654/14.170 = 39,90%, không phải 93,90%", Vi(diagnostic));
        Assert.Equal(Revenue, Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("| Chỉ tiêu | Kế hoạch năm | Ước thực hiện | So với kế hoạch (%) |")]
    [InlineData("| Chỉ tiêu | KH 2026 | TH 2026 | % KH |")]
    [InlineData("| Chỉ tiêu | KH 2026 | TH 2026 | TH/KH (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch giao | Kết quả | Tỷ lệ thực hiện (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch giao | Kết quả đạt được | Đạt (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |")]
    [InlineData("| Chỉ tiêu | Thực hiện cùng kỳ 2025 | Thực hiện 2026 | So với cùng kỳ (%) |")]
    [InlineData("| Chỉ tiêu | Ước thực hiện năm | Năm trước | % so với năm trước |")]
    public void Finds_the_target_and_performance_columns_from_their_headings(string header)
    {
        // Target, then performance; or the other way round when the heading puts performance first.
        string Pair(string target, string performance) =>
            header.Contains("Ước thực hiện năm", StringComparison.Ordinal) ? $"| {performance} | {target} |" : $"| {target} | {performance} |";
        var text = $"""
            {header}
            |---|---:|---:|---:|
            | Sản lượng lương thực (tấn) {Pair("1.200", "1.230")} 102,5 |
            | Trâu, bò xuất chuồng (con) {Pair("500", "610")} 112,0 |
            | Diện tích trồng rừng (ha) {Pair("80", "92")} 115,0 |
            """;
        var diagnostic = SingleFinding(text, "112,0", "Trâu, bò");
        Assert.Contains("610/500 = 122,0%, không phải 112,0%", Vi(diagnostic), StringComparison.Ordinal);
        Assert.Equal(text.Replace("112,0", "122,0", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("66,67")]
    [InlineData("66,66")]
    [InlineData("66,7")]
    [InlineData("67")]
    public void Accepts_rates_rounded_or_cut_and_figures_rounded_in_millions(string twoThirds)
    {
        var text = $"""
            | Nội dung | Kế hoạch | Thực hiện | Tỷ lệ thực hiện (%) |
            |---|---|---|---|
            | Lớp bồi dưỡng | 3 | 2 | {twoThirds} |
            | Học viên | 150 | 120 | 80 |
            | Tài liệu | 400 | 500 | 125 |
            """;
        Assert.Empty(Lint(text));
        // 12,4 and 15,1 billion stand for 12,35–12,45 and 15,05–15,15: 82,1% lies in between though 12,4/15,1 is 82,12%.
        const string rounded = """
            | Nguồn vốn | Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng) | Tỷ lệ giải ngân (%) | Thực hiện (tỷ đồng) | So với KH (%) |
            |---|---|---|---|---|---|
            | Vốn tỉnh | 15,1 | 12,4 | 82,12 | 12,4 | 81,9 |
            | Vốn huyện | 8,6 | 6,0 | 69,77 | 6,0 | 69,8 |
            | Vốn xã | 2,2 | 2,2 | 100 | 2,2 | 100,0 |
            """;
        Assert.Empty(Lint(rounded));
    }

    [Theory]
    // A rate of another kind, or columns the headings do not name clearly: one target, one performance. (`So với cùng kỳ
    // (%)` after `Năm 2025 | Năm 2026`, `% so với kế hoạch` after `Kế hoạch | Dự toán` compare the two figures before
    // them: TableComparisonRateTests.)
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Tăng, giảm (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ đạt chuẩn (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch tỉnh giao | Kế hoạch huyện giao | % so với kế hoạch |")]
    [InlineData("| Chỉ tiêu | Kế hoạch (%) | Thực hiện | Đạt (%) |")]
    public void Is_silent_when_the_headings_do_not_name_both_columns(string header)
    {
        var text = $"""
            {header}
            |---|---:|---:|---:|
            | Nhà văn hóa thôn | 1.200 | 1.230 | 102,5 |
            | Sân thể thao | 500 | 610 | 112,0 |
            | Điểm vui chơi | 80 | 92 | 115,0 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_when_most_rows_do_not_agree()
    {
        // Growth over last year, written as a change: no row is performance over target.
        const string growth = """
            | Chỉ tiêu | Thực hiện cùng kỳ | Thực hiện năm nay | So với cùng kỳ (%) |
            |---|---|---|---|
            | Thu hút khách du lịch | 1.000 | 1.120 | 12,0 |
            | Doanh thu dịch vụ | 400 | 460 | 15,0 |
            | Cơ sở lưu trú | 20 | 25 | 25,0 |
            """;
        Assert.Empty(Lint(growth));
        // One row agrees and one does not: too little to read the column as rates.
        const string even = """
            | Nội dung | Dự toán | Thực hiện | % so với dự toán |
            |---|---|---|---|
            | Chi sự nghiệp | 800 | 600 | 75 |
            | Chi quản lý | 500 | 400 | 60 |
            | Chi khác | - | 40 | - |
            """;
        Assert.Empty(Lint(even));
        // Zeros agree with any formula: they do not make up a majority.
        const string zeros = """
            | Nội dung | Dự toán | Thực hiện | % so với dự toán |
            |---|---|---|---|
            | Chi sự nghiệp | 800 | 0 | 0 |
            | Chi quản lý | 500 | 0 | 0 |
            | Chi khác | 100 | 90 | 9 |
            """;
        Assert.Empty(Lint(zeros));
    }

    private const string Schools = """
        | Cấp học | Số trường | Số trường đạt chuẩn | Tỷ lệ đạt chuẩn (%) |
        |---|---:|---:|---:|
        | Mầm non | 30 | 24 | 80,00 |
        | Tiểu học | 34 | 29 | 85,29 |
        | Trung học cơ sở | 21 | 15 | 71,43 |
        | Toàn huyện | 85 | 68 | 80,00 |
        """;

    [Fact]
    public void Searches_the_row_for_the_part_and_the_whole_of_a_rate_the_heading_does_not_explain()
    {
        Assert.Empty(Lint(Schools));
        var text = Schools.Replace("| 85,29 |", "| 88,29 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "88,29", "Tiểu học");
        Assert.Equal("Cột “Tỷ lệ đạt chuẩn (%)” của “Tiểu học” là 29/34 = 85,29%, không phải 88,29%", Vi(diagnostic));
        Assert.Equal("Column “Tỷ lệ đạt chuẩn (%)” of “Tiểu học” is 29/34 = 85,29%, not 88,29%", En(diagnostic));
        Assert.Equal(Schools, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_the_total_row_rate_over_the_total_row_figures()
    {
        const string forest = """
            | Huyện | Diện tích tự nhiên (ha) | Diện tích có rừng (ha) | Tỷ lệ che phủ (%) |
            |---|---:|---:|---:|
            | Huyện Đông | 12.400 | 6.820 | 55,00 |
            | Huyện Tây | 8.950 | 3.580 | 40,00 |
            | Huyện Nam | 15.200 | 9.880 | 65,00 |
            | Toàn tỉnh | 36.550 | 20.280 | 55,49 |
            """;
        Assert.Empty(Lint(forest));
        var text = forest.Replace("| 55,49 |", "| 58,49 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "58,49", "Toàn tỉnh");
        Assert.Equal("Cột “Tỷ lệ che phủ (%)” của “Toàn tỉnh” là 20.280/36.550 = 55,49%, không phải 58,49%", Vi(diagnostic));
        Assert.Equal(forest, Fixed(text, diagnostic));
    }

    [Fact]
    public void Finds_the_pair_of_each_rate_column_among_several()
    {
        const string households = """
            | Xã | Tổng số hộ | Số hộ nghèo | Tỷ lệ hộ nghèo (%) | Số hộ cận nghèo | Tỷ lệ hộ cận nghèo (%) |
            |---|---:|---:|---:|---:|---:|
            | Xã An Phú | 420 | 21 | 5,00 | 35 | 8,33 |
            | Xã Bình Lợi | 380 | 19 | 5,00 | 26 | 6,84 |
            | Xã Cát Tiên | 512 | 32 | 6,25 | 40 | 7,81 |
            | Xã Đồng Tâm | 295 | 12 | 4,07 | 18 | 6,10 |
            """;
        Assert.Empty(Lint(households));
        Assert.Empty(RuleTester.LintMarkdown(households, "RL5018"));
        var text = households.Replace("| 7,81 |", "| 7,18 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "7,18", "Cát Tiên");
        Assert.Equal("Cột “Tỷ lệ hộ cận nghèo (%)” của “Xã Cát Tiên” là 40/512 = 7,81%, không phải 7,18%", Vi(diagnostic));
        Assert.Empty(RuleTester.LintMarkdown(text, "RL5018"));
    }

    [Fact]
    public void Reads_a_bare_rate_heading_between_one_target_and_one_performance_column()
    {
        const string plan = """
            | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |
            |---|---:|---:|---:|
            | Số lớp tập huấn | 24 | 25 | 104,17 |
            | Số học viên | 1.200 | 1.260 | 105,00 |
            | Số mô hình trình diễn | 8 | 6 | 75,00 |
            """;
        Assert.Empty(Lint(plan));
        var text = plan.Replace("| 104,17 |", "| 96,00 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "96,00", "Số lớp");
        Assert.Equal("Cột “Tỷ lệ (%)” của “Số lớp tập huấn” là 25/24 = 104,17%, không phải 96,00%", Vi(diagnostic));
        Assert.Equal(plan, Fixed(text, diagnostic));
    }

    [Fact]
    public void Leaves_a_column_read_as_shares_of_its_total_to_rl5018()
    {
        // Every row's whole is the total row's count: shares and row rates are one reading, reported once by RL5018.
        const string members = """
            | Chi bộ | Đảng viên toàn đảng bộ | Số đảng viên | Tỷ lệ (%) |
            |---|---:|---:|---:|
            | Chi bộ 1 | 40 | 12 | 30,00 |
            | Chi bộ 2 | 40 | 20 | 60,00 |
            | Chi bộ 3 | 40 | 8 | 20,00 |
            | Tổng cộng | 40 | 40 | 100 |
            """;
        Assert.Empty(Lint(members));
        Assert.Single(RuleTester.LintMarkdown(members, "RL5018"));
    }

    [Theory]
    // Rates of figures the table does not give, beside averages, ranks, ages and scores: no pair of the row agrees.
    [InlineData("""
        | Lớp | Sĩ số | Điểm trung bình | Xếp hạng | Tỷ lệ khá, giỏi (%) |
        |---|---:|---:|---:|---:|
        | 10A1 | 42 | 7,8 | 1 | 78,57 |
        | 10A2 | 40 | 7,1 | 3 | 62,50 |
        | 10A3 | 38 | 7,5 | 2 | 71,05 |
        """)]
    [InlineData("""
        | Đơn vị | Số cán bộ | Tuổi bình quân | Dưới 35 tuổi (%) |
        |---|---:|---:|---:|
        | Phòng Nội vụ | 9 | 41 | 33,3 |
        | Phòng Tư pháp | 6 | 38 | 50,0 |
        | Văn phòng | 14 | 36 | 42,9 |
        """)]
    [InlineData("""
        | Xã | Dân số (người) | Thu nhập bình quân (triệu đồng) | Tăng so với năm trước (%) |
        |---|---:|---:|---:|
        | Xã Hòa Bình | 8.420 | 58,4 | 7,2 |
        | Xã Tân Lập | 6.115 | 52,1 | 6,8 |
        | Xã Quyết Tiến | 7.390 | 61,0 | 8,1 |
        """)]
    // Two columns could each be the whole (equal figures): which one is meant is not said.
    [InlineData("""
        | Đơn vị | Chỉ tiêu giao | Đăng ký | Đạt | Tỷ lệ (%) |
        |---|---:|---:|---:|---:|
        | Trường A | 40 | 40 | 36 | 90,00 |
        | Trường B | 25 | 25 | 20 | 80,00 |
        | Trường C | 30 | 30 | 24 | 60,00 |
        """)]
    public void Is_silent_on_percent_columns_no_single_pair_of_the_row_explains(string table) => Assert.Empty(Lint(table));

    [Fact]
    public void Reads_a_table_typed_in_plain_text_too()
    {
        var text = Revenue.Replace("| 55,52 |", "| 52,55 |", StringComparison.Ordinal);
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL5019")), "52,55");
    }

    // An index over the same period of the year before, beside a rate over the budget: 915/840 = 108,93; 362/390 = 92,82…
    private const string Index = """
        Kết quả thu 6 tháng đầu năm 2026 (triệu đồng):

        | Nguồn thu | Dự toán năm | Thực hiện 6 tháng | Tỷ lệ (%) | Cùng kỳ năm 2025 | {0} |
        |---|---:|---:|---:|---:|---:|
        | Thuế tài nguyên | 1.800 | 915 | 50,83 | 840 | 108,93 |
        | Phí bến bãi | 700 | 362 | 51,71 | 390 | 92,82 |
        | Thu phạt hành chính | 250 | 141 | 56,40 | 120 | 117,50 |
        | Thu khác | 400 | 205 | 51,25 | 164 | 125,00 |

        Số liệu do bộ phận Tài chính tổng hợp.
        """;

    [Theory]
    [InlineData("So cùng kỳ (%)")]
    [InlineData("So với cùng kỳ (%)")]
    [InlineData("So sánh (%)")]
    public void Reports_an_inverted_index_over_the_same_period(string heading)
    {
        var correct = string.Format(System.Globalization.CultureInfo.InvariantCulture, Index, heading);
        Assert.Empty(Lint(correct));
        // 390/362: the ratio turned over.
        var text = correct.Replace("| 92,82 |", "| 107,73 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "107,73", "Phí bến bãi");
        Assert.Equal($"Cột “{heading}” của “Phí bến bãi” là 362/390 = 92,82%, không phải 107,73%", Vi(diagnostic));
        Assert.Equal($"Column “{heading}” of “Phí bến bãi” is 362/390 = 92,82%, not 107,73%", En(diagnostic));
        Assert.Equal(correct, Fixed(text, diagnostic));
    }

    [Fact]
    public void Is_silent_on_a_comparison_that_does_not_say_with_which_of_two_targets()
    {
        // `So sánh (%)` after the performance column: over the budget or over the same period? Either reading is a guess.
        const string text = """
            | Nguồn thu | Dự toán năm | Cùng kỳ năm 2025 | Thực hiện 6 tháng | So sánh (%) |
            |---|---:|---:|---:|---:|
            | Thuế tài nguyên | 1.800 | 840 | 915 | 108,93 |
            | Phí bến bãi | 700 | 390 | 362 | 107,73 |
            | Thu phạt hành chính | 250 | 120 | 141 | 117,50 |
            | Thu khác | 400 | 164 | 205 | 125,00 |
            """;
        Assert.Empty(Lint(text));
    }
}
