using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class MeetingEndBeforeStartTests
{
    private const string Opening = "Vào hồi 15h00, thứ Năm, ngày 09/4/2026, tại hội trường Ủy ban nhân dân phường, Chi ủy họp phiên thường lệ.\n";
    private const string Body = "Đồng chí Bí thư chủ trì, thông qua ba nội dung.\nCác đồng chí dự họp nhất trí với dự thảo.\n";

    [Fact]
    public void Reports_minutes_that_end_before_they_open_on_the_same_day()
    {
        const string text = Opening + Body + "Cuộc họp kết thúc vào hồi 14h30 cùng ngày./.";
        var diagnostic = Findings.Single(text, "RL5032", "14h30");
        Assert.Equal("Giờ kết thúc “14h30” không muộn hơn giờ bắt đầu “15h00” của cuộc họp trong cùng ngày", Findings.Vi(diagnostic));
        Assert.Equal("The meeting ends at “14h30”, no later than it starts (“15h00”) on the same day", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Hôm nay, ngày 09/4/2026, vào lúc 15 giờ 00 phút, Chi ủy họp.\n", "Biên bản kết thúc lúc 9 giờ 15 phút cùng ngày.", "9 giờ 15 phút")]
    [InlineData("Hội nghị khai mạc lúc 14:00 ngày 09/4/2026 tại hội trường.\n", "Hội nghị bế mạc lúc 13:30 ngày 09/4/2026.", "13:30")]
    [InlineData("Buổi làm việc bắt đầu từ 14h, có đủ thành phần.\n", "Buổi làm việc kết thúc lúc 14h.", "14h")] // no date anywhere: one day
    [InlineData("Cuộc họp bắt đầu vào hồi 8 giờ sáng.\n", "Cuộc họp kết thúc vào hồi 7 giờ 30 sáng cùng ngày.", "7 giờ 30 sáng")]
    public void Reports_every_way_of_writing_the_start_and_the_end(string start, string end, string span)
    {
        var text = start + Body + end;
        Findings.Single(text, "RL5032", span, from: end);
    }

    [Theory]
    [InlineData(Opening + Body + "Cuộc họp kết thúc vào hồi 17h15 cùng ngày.")] // in order
    [InlineData(Opening + Body + "Cuộc họp kết thúc vào hồi 5 giờ chiều cùng ngày.")] // 17h
    [InlineData(Opening + Body + "Cuộc họp kết thúc vào hồi 11h00 ngày 10/4/2026.")] // the next day
    [InlineData(Opening + Body + "Cuộc họp kết thúc vào hồi 11h00 hôm sau.")]
    [InlineData(Opening + "Giao Văn phòng hoàn thành trước ngày 20/4/2026.\nCuộc họp kết thúc vào hồi 11h00.")] // another day between
    [InlineData("Hội nghị diễn ra trong 02 ngày. Hội nghị khai mạc lúc 14h00.\nHội nghị bế mạc lúc 11h00.")] // a meeting of two days
    [InlineData("Hội nghị khai mạc lúc 14h00.\nHội nghị làm việc trong hai ngày.\nHội nghị bế mạc lúc 11h00.")] // said in words, in a line of its own
    [InlineData("Hội nghị khai mạc lúc 14h00.\nHôm sau, các đại biểu đi thực tế.\nHội nghị bế mạc lúc 11h00.")]
    [InlineData("Cuộc họp bắt đầu lúc 20h00.\nCuộc họp kết thúc lúc 1h00 cùng ngày.")] // an evening run past midnight
    [InlineData("Hội nghị khai mạc lúc 14h00.\nBuổi làm việc kết thúc lúc 11h30.\nBuổi chiều, hội nghị bắt đầu lúc 13h30 và kết thúc lúc 17h00.")] // sessions
    [InlineData("Hội nghị khai mạc lúc 14h00.\n- 7h30 - 8h00: Đón tiếp đại biểu.\n- 8h00 - 9h30: Thảo luận.\nHội nghị bế mạc lúc 11h00.")] // a programme
    [InlineData("Vào hồi 14h00 đến 16h00, Đoàn làm việc với xã.\nCuộc họp kết thúc lúc 11h00 cùng ngày.")] // a range is RL5009's
    [InlineData("Giờ làm việc buổi chiều bắt đầu từ 13h30.\nGiờ làm việc buổi sáng kết thúc lúc 11h30.")] // office hours, no meeting
    [InlineData("- 8h00: Khai mạc hội nghị.\n- 7h30: Bế mạc.")] // a schedule's lines: times before the cues
    public void Stays_silent_on_correct_or_unsure_times(string text)
    {
        Assert.Empty(RuleTester.Lint(text, "RL5032"));
    }
}
