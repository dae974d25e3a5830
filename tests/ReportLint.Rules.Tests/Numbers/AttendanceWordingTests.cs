using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// Those present written in running words (`có 34 đại biểu dự họp`, `Dự hội nghị có 27/30 đảng viên`), as the rules
/// that take the number present read them: RL5024's votes on a motion and RL5011's present and absent.
/// </summary>
public class AttendanceWordingTests
{
    private const string Vote = "Kết quả biểu quyết: tán thành 30, không tán thành 2, không biểu quyết 1.\n";

    [Theory]
    [InlineData("Cuộc họp có 34 đại biểu dự họp.\n", "34")]
    [InlineData("Phiên họp thứ hai có 34/36 đại biểu tham dự, đạt 94,44%.\n", "34")]
    [InlineData("Kỳ họp có **34/36 đại biểu** HĐND huyện tham dự; 02 đại biểu vắng mặt có lý do.\n", "34")]
    [InlineData("Đúng 8 giờ, có 34/36 thành viên có mặt.\n", "34")]
    [InlineData("Tham dự kỳ họp có 34/36 đại biểu được triệu tập.\n", "34")]
    [InlineData("Dự hội nghị có 34/40 đồng chí (đạt 85%), vắng 6 đồng chí.\n", "34")]
    [InlineData("Dự Đại hội có 34 đại biểu chính thức, thay mặt cho 410 đảng viên.\n", "34")]
    [InlineData("- Số đại biểu có mặt: 34 đại biểu.\n", "34")]
    public void Rl5024_checks_a_vote_against_those_present_in_running_words(string attendance, string present)
    {
        var diagnostic = Single(attendance + Vote, "RL5024", "tán thành 30, không tán thành 2, không biểu quyết 1");
        Assert.Equal($"Số biểu quyết tán thành, không tán thành, không biểu quyết cộng lại được 33 (30 + 2 + 1), khác số người có mặt ({present})", Vi(diagnostic));
        Assert.Equal($"The votes for, against and neither add up to 33 (30 + 2 + 1), not the {present} present", En(diagnostic));
    }

    [Theory]
    [InlineData("Cuộc họp có 33 đại biểu dự họp.\n")] // adds up
    [InlineData("Nghị quyết được 34/34 đại biểu dự họp tán thành.\n")] // those approving, not those present
    [InlineData("Biên bản được 34/34 đồng chí có mặt nhất trí thông qua.\n")]
    [InlineData("Huyện cử 34 đồng chí tham dự lớp bồi dưỡng nghiệp vụ.\n")] // those sent to something else
    [InlineData("Cuộc họp có 34 đại biểu được mời tham dự.\n")] // those invited
    [InlineData("Hội nghị chỉ hợp lệ khi có 34 đại biểu tham dự.\n")] // a rule, not a count
    [InlineData("Chương trình thu hút hơn 34 đại biểu tham dự.\n")] // approximate
    [InlineData("Dự hội nghị có 3 đồng chí lãnh đạo huyện.\n")] // guests, no total
    public void Rl5024_is_silent_when_the_words_do_not_count_those_present(string attendance) =>
        Assert.Empty(RuleTester.Lint(attendance + Vote, "RL5024"));

    [Theory]
    [InlineData("Dự hội nghị có 27/30 đảng viên (đạt 90%), vắng 2 đồng chí có lý do.\n", "30", "27", "2")]
    [InlineData("Kỳ họp có 27/30 đại biểu tham dự, đạt 90%; 02 đại biểu vắng mặt có lý do.\n", "30", "27", "02")]
    [InlineData("Đến giờ khai mạc, có 27/30 đồng chí có mặt. 4 đồng chí vắng mặt có lý do.\n", "30", "27", "4")]
    public void Rl5011_adds_up_those_present_in_running_words_and_the_absent(string text, string total, string present, string absent)
    {
        var diagnostic = Single(text, "RL5011", total);
        Assert.Equal([present, absent], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Dự hội nghị có 27/30 đảng viên (đạt 90%), vắng 3 đồng chí có lý do.\n")]
    [InlineData("Kỳ họp có 27/30 đại biểu tham dự; 03 đại biểu vắng mặt có lý do.\n")]
    [InlineData("Có 27/30 đồng chí có mặt; 2 đồng chí vắng có lý do, 1 đồng chí vắng không lý do.\n")] // two absent counts: not read
    public void Rl5011_is_silent_on_right_attendance_in_running_words(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
