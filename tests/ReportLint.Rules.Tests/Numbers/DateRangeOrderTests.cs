using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class DateRangeOrderTests
{
    [Fact]
    public void Reports_a_period_that_ends_before_it_starts()
    {
        const string text = "Sau đó, từ ngày 15/12/2025 đến ngày 10/12/2025, Đoàn kiểm tra làm việc tại cơ sở.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5009"));
        Assert.Equal("từ ngày 15/12/2025 đến ngày 10/12/2025", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“từ ngày 15/12/2025 đến ngày 10/12/2025” kết thúc (10/12/2025) trước khi bắt đầu (15/12/2025)",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“từ ngày 15/12/2025 đến ngày 10/12/2025” ends (10/12/2025) before it starts (15/12/2025)",
            diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Từ ngày 20/12 đến ngày 10/12/2025, Đoàn làm việc.", "Từ ngày 20/12 đến ngày 10/12/2025")] // the start takes the end's year
    [InlineData("Từ tháng 5/2025 đến tháng 3/2025, các chi bộ học tập.", "Từ tháng 5/2025 đến tháng 3/2025")]
    [InlineData("Từ ngày 10 tháng 12 năm 2025 tới ngày 5 tháng 12 năm 2025, hội thi diễn ra.", "Từ ngày 10 tháng 12 năm 2025 tới ngày 5 tháng 12 năm 2025")]
    [InlineData("Từ 15/12/2025 đến 10/12/2025, Đoàn làm việc.", "Từ 15/12/2025 đến 10/12/2025")]
    [InlineData("Từ ngày 15/9/2025 đến ngày 10/9, Đoàn làm việc.", "Từ ngày 15/9/2025 đến ngày 10/9")] // the end takes the start's year
    public void Reads_each_date_form(string text, string period) =>
        Assert.Equal(period, RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL5009"))));

    [Theory]
    [InlineData("Từ ngày 01/12/2025 đến ngày 10/12/2025, Đoàn kiểm tra làm việc.")]
    [InlineData("Từ ngày 20/12/2024 đến ngày 10/01/2025, Đoàn kiểm tra làm việc.")]
    [InlineData("Từ ngày 25/12 đến ngày 05/01/2025, Đoàn kiểm tra làm việc.")] // may cross the new year
    [InlineData("Từ ngày 10/12/2025 đến ngày 10/12/2025, Đoàn kiểm tra làm việc.")] // one day
    [InlineData("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 từ ngày 01/01/2018 đến nay.")]
    [InlineData("Từ năm 2025 đến năm 2020 là một khoảng năm, RL5006 kiểm tra nó.")]
    [InlineData("Từ ngày 15/12/2025, đến ngày 10/12/2025 thì tạm dừng.")] // not one period
    [InlineData("Từ tháng 5/2025 đến ngày 10/05/2025, các chi bộ học tập.")] // the day lies within the month
    [InlineData("Từ quý I/2025 đến quý I/2025, xã rà soát hộ nghèo.")]
    [InlineData("Từ quý III đến quý I/2025, xã rà soát hộ nghèo.")] // the start's year is not given: it may be 2024
    [InlineData("Từ quý IV/2024 đến quý I năm 2025, xã rà soát hộ nghèo.")]
    [InlineData("Từ ngày 20/11/2025 đến quý IV/2025, xã rà soát hộ nghèo.")]
    public void Is_silent_on_periods_in_order_and_on_other_dates(string text) => Assert.Empty(RuleTester.Lint(text, "RL5009"));

    [Theory]
    [InlineData("Từ quý III/2025 đến quý I/2025, xã rà soát hộ nghèo.", "Từ quý III/2025 đến quý I/2025", "quý I/2025", "quý III/2025")]
    [InlineData("Từ quý 4/2025 tới quý 2/2025, xã rà soát hộ nghèo.", "Từ quý 4/2025 tới quý 2/2025", "quý 2/2025", "quý 4/2025")]
    [InlineData("Từ tháng 5/2025 đến ngày 10/03/2025, các chi bộ học tập.", "Từ tháng 5/2025 đến ngày 10/03/2025", "10/03/2025", "5/2025")]
    [InlineData("Từ ngày 02/10/2025 đến quý III năm 2025, xã rà soát hộ nghèo.", "Từ ngày 02/10/2025 đến quý III năm 2025", "quý III năm 2025", "02/10/2025")]
    public void Compares_quarters_months_and_days_as_intervals(string text, string period, string end, string start)
    {
        var diagnostic = Findings.Single(text, "RL5009", period);
        Assert.Equal($"“{period}” kết thúc ({end}) trước khi bắt đầu ({start})", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reports_a_start_and_an_end_given_by_paired_verbs()
    {
        const string text = "Nhà văn hóa thôn Đồng Tâm khởi công quý II/2026, hoàn thành quý III/2025 với tổng vốn 2,5 tỷ đồng.";
        var diagnostic = Findings.Single(text, "RL5009", "khởi công quý II/2026, hoàn thành quý III/2025");
        Assert.Equal("“khởi công quý II/2026, hoàn thành quý III/2025” kết thúc (quý III/2025) trước khi bắt đầu (quý II/2026)",
            Findings.Vi(diagnostic));
        Assert.Equal("“khởi công quý II/2026, hoàn thành quý III/2025” ends (quý III/2025) before it starts (quý II/2026)",
            Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Cầu treo bản Nà Lừa khởi công tháng 4/2025 và hoàn thành, đưa vào sử dụng tháng 01/2025.",
        "khởi công tháng 4/2025 và hoàn thành, đưa vào sử dụng tháng 01/2025")]
    [InlineData("Đợt kiểm tra bắt đầu từ ngày 12/6/2025, kết thúc ngày 02/6/2025.", "bắt đầu từ ngày 12/6/2025, kết thúc ngày 02/6/2025")]
    [InlineData("Hội diễn khai mạc lúc 19h30 ngày 20/8 tại Nhà văn hóa huyện và bế mạc vào tối thứ Hai, ngày 18/8/2025.",
        "khai mạc lúc 19h30 ngày 20/8 tại Nhà văn hóa huyện và bế mạc vào tối thứ Hai, ngày 18/8/2025")] // the start takes the end's year
    [InlineData("Lớp bồi dưỡng khai giảng vào tháng 10/2025, dự kiến bế giảng trong tháng 9/2025.", "khai giảng vào tháng 10/2025, dự kiến bế giảng trong tháng 9/2025")]
    [InlineData("Tuyến đường khởi công quý I/2026, phấn đấu hoàn thành trước ngày 30/11/2025.", "khởi công quý I/2026, phấn đấu hoàn thành trước ngày 30/11/2025")]
    [InlineData("Trạm y tế khởi công tháng 5 năm 2026, hoàn thành tháng 12 năm 2025.", "khởi công tháng 5 năm 2026, hoàn thành tháng 12 năm 2025")]
    public void Reads_paired_verbs_past_places_times_and_chains(string text, string span) => Findings.Single(text, "RL5009", span);

    [Theory]
    [InlineData("Dự án đường tỉnh 176 hoàn thành quý IV/2025; dự án kè sông Gâm khởi công quý I/2026.")] // two works
    [InlineData("Dự án A khởi công quý I/2026, dự án B hoàn thành quý IV/2025.")] // two works
    [InlineData("Trường học khởi công tháng 3/2025 tại xã Minh Sơn, nhà văn hóa xã hoàn thành tháng 12/2024.")] // two works
    [InlineData("Công trình khởi công theo Quyết định số 45/QĐ-UBND ngày 20/3/2025, hoàn thành ngày 15/3/2025.")] // a citation's date
    [InlineData("Công trình khởi công tháng 3/2025, hoàn thành tháng 12/2025.")]
    [InlineData("Công trình khởi công quý I/2025, hoàn thành ngày 20/3/2025.")] // the day lies within the quarter
    [InlineData("Lớp học khai mạc ngày 25/12, bế mạc ngày 05/01/2025.")] // may cross the new year
    [InlineData("Lớp học khai mạc ngày 12/9/2025, hoàn thành ngày 10/9/2025 việc chuẩn bị.")] // `khai mạc` does not end with `hoàn thành`
    [InlineData("Hội nghị khai mạc ngày 12/9/2025. Hội nghị tổng kết năm trước bế mạc ngày 10/9/2024.")]
    [InlineData("Công trình khởi công tháng 3/2026, kết thúc giai đoạn 1 tháng 12/2025.")] // `kết thúc` does not end a building work
    public void Is_silent_on_schedules_in_order_and_on_unpaired_milestones(string text) => Assert.Empty(RuleTester.Lint(text, "RL5009"));

    [Fact]
    public void Reports_times_of_one_day_that_end_before_they_start()
    {
        const string text = "Hội nghị sơ kết làm việc từ 15h30 đến 10h30 tại hội trường Ủy ban nhân dân xã.";
        var diagnostic = Findings.Single(text, "RL5009", "từ 15h30 đến 10h30");
        Assert.Equal("“từ 15h30 đến 10h30” kết thúc (10h30) trước khi bắt đầu (15h30)", Findings.Vi(diagnostic));
        Assert.Equal("“từ 15h30 đến 10h30” ends (10h30) before it starts (15h30)", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Buổi tập huấn chiều thứ Năm diễn ra 15h00 - 13h30 tại nhà văn hóa thôn.", "15h00 - 13h30")]
    [InlineData("Thời gian tiếp công dân: 16 giờ - 9 giờ 30 các ngày làm việc trong tuần.", "16 giờ - 9 giờ 30")]
    [InlineData("Lớp học mở cửa từ 13:30 tới 08:00 hằng ngày.", "từ 13:30 tới 08:00")]
    [InlineData("Đoàn làm việc từ 9 giờ 15 phút sáng đến 8 giờ sáng cùng ngày.", "từ 9 giờ 15 phút sáng đến 8 giờ sáng")]
    [InlineData("Cuộc thi diễn ra từ 4h chiều đến 2h chiều.", "từ 4h chiều đến 2h chiều")]
    [InlineData("Các tổ trực từ 21h00 đến 19h30 theo phân công.", "từ 21h00 đến 19h30")]
    public void Reads_each_clock_time_form(string text, string range) => Findings.Single(text, "RL5009", range);

    [Theory]
    [InlineData("Hội nghị làm việc từ 8h00 đến 11h30, buổi chiều từ 13h30 - 17h00.")]
    [InlineData("Xe chạy từ 7h30 sáng đến 5h00 chiều mỗi ngày.")] // 5 in the afternoon is 17h
    [InlineData("Xe chạy từ 2h chiều đến 5h.")] // the end may be in the afternoon too
    [InlineData("Chợ phiên họp từ 10h đến 2h.")] // a twelve-hour clock: 2 may be 14h
    [InlineData("Lực lượng tuần tra từ 22h00 hôm nay đến 2h00 sáng hôm sau.")]
    [InlineData("Công an xã bố trí ca đêm từ 23h00 - 5h00.")]
    [InlineData("Tổ tự quản trực từ 21h00 đến 4h30 tại chốt.")] // evening to early morning runs overnight
    [InlineData("Đoàn xuất phát từ 14h00 ngày 20/5 đến 11h00 ngày 21/5/2025.")]
    [InlineData("Phiên họp kéo dài từ 14h00 đến 11h00 ngày 21/5/2025.")] // the end's day is given: the start's may be earlier
    [InlineData("Giờ làm việc buổi trưa từ 11h30 đến 1h30 trưa.")]
    [InlineData("Cuộc họp bắt đầu từ 9h30 đến 9h30.")]
    public void Is_silent_on_times_in_order_and_overnight(string text) => Assert.Empty(RuleTester.Lint(text, "RL5009"));

    [Fact]
    public void Reports_a_range_whose_ends_carry_their_own_days_when_the_end_day_is_earlier()
    {
        const string text = "Đoàn kiểm tra làm việc tại cơ sở từ 8h00 ngày 22/9/2026 đến 16h30 ngày 21/9/2026 theo kế hoạch.";
        var diagnostic = Findings.Single(text, "RL5009", "từ 8h00 ngày 22/9/2026 đến 16h30 ngày 21/9/2026");
        Assert.Equal("“từ 8h00 ngày 22/9/2026 đến 16h30 ngày 21/9/2026” kết thúc (16h30 ngày 21/9/2026) trước khi bắt đầu (8h00 ngày 22/9/2026)",
            Findings.Vi(diagnostic));
        Assert.Equal("“từ 8h00 ngày 22/9/2026 đến 16h30 ngày 21/9/2026” ends (16h30 ngày 21/9/2026) before it starts (8h00 ngày 22/9/2026)",
            Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Thời gian nhận hồ sơ từ 15h00 ngày 05/10 đến 9h30 ngày 05/10.", "từ 15h00 ngày 05/10 đến 9h30 ngày 05/10")] // one day: the times decide
    [InlineData("Diễn tập kéo dài 13 giờ 30 ngày 8/11/2026 - 10 giờ ngày 8/11/2026 tại thao trường.", "13 giờ 30 ngày 8/11/2026 - 10 giờ ngày 8/11/2026")]
    [InlineData("Cấm đường từ 6h00, ngày 19/5/2026 đến 22h00, ngày 18/5/2026.", "từ 6h00, ngày 19/5/2026 đến 22h00, ngày 18/5/2026")]
    [InlineData("Trực bầu cử từ 15h ngày 20/5 tới 9h ngày 20/5/2026.", "từ 15h ngày 20/5 tới 9h ngày 20/5/2026")] // the year on one end only
    public void Reads_dated_ends(string text, string range) => Findings.Single(text, "RL5009", range);

    [Theory]
    [InlineData("Lực lượng chức năng trực từ 21h00 ngày 05/10 đến 5h00 ngày 06/10.")] // the end day is later
    [InlineData("Thời gian nhận hồ sơ từ 8h00 ngày 05/10/2026 đến 17h00 ngày 05/10/2026.")]
    [InlineData("Thời gian nhận hồ sơ từ 15h00 ngày 05/10 đến 9h30.")] // the end's day is not said
    [InlineData("Thời gian nhận hồ sơ từ 15h00 ngày 05/10 đến 9h30 ngày 45/10.")] // unreadable day
    [InlineData("Trực từ 20h00 ngày 31/12 đến 6h00 ngày 01/01/2027.")] // may cross the new year
    [InlineData("Trực bầu cử từ 7h ngày 20/5 tới 7h ngày 20/4/2026.")] // the start's year is not given: it may be 2025
    [InlineData("Trực từ 22h00 đêm ngày 12/3 đến 2h00 ngày 12/3.")] // a time at night
    public void Is_silent_on_dated_ranges_in_order_or_unreadable(string text) => Assert.Empty(RuleTester.Lint(text, "RL5009"));
}
