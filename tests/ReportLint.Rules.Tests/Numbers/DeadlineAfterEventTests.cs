using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class DeadlineAfterEventTests
{
    [Fact]
    public void Reports_a_registration_deadline_after_the_event()
    {
        const string text = "Hội nghị tập huấn nghiệp vụ công tác dân vận được tổ chức vào ngày 09/10/2025 tại Hội trường UBND huyện.\n\n"
            + "Đề nghị các đơn vị đăng ký danh sách đại biểu về Ban Dân vận trước ngày 14/10/2025.";
        var diagnostic = Findings.Single(text, "RL5023", "trước ngày 14/10/2025");
        Assert.Equal("Hạn “trước ngày 14/10/2025” muộn hơn ngày tổ chức (09/10/2025)", Findings.Vi(diagnostic));
        Assert.Equal("The deadline “trước ngày 14/10/2025” is after the event (09/10/2025)", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("1. Thời gian: 14h00, thứ Năm, ngày 06/11/2025.\n\n2. Đề nghị các chi bộ gửi bài tham luận trước 17h00 ngày 10/11/2025.",
        "trước 17h00 ngày 10/11/2025")]
    [InlineData("Thời gian tổ chức: ngày 21/3/2026.\n\nCác xã xác nhận tham dự chậm nhất ngày 25/3/2026.", "chậm nhất ngày 25/3/2026")]
    [InlineData("Lễ kỷ niệm diễn ra vào sáng ngày 03/02/2026. Đề nghị các cơ quan đăng ký đại biểu trước ngày 05/02.", "trước ngày 05/02")]
    [InlineData("I. Thời gian: 01 buổi, bắt đầu lúc 13h30, thứ Ba, ngày 07/4/2026.\n\nII. Đề nghị các chi bộ gửi danh sách đại biểu trước thứ Năm, ngày 09/4/2026.",
        "trước thứ Năm, ngày 09/4/2026")]
    [InlineData("1. Thời gian: 02 ngày, từ thứ Bảy, ngày 12/9/2026 đến Chủ nhật, ngày 13/9/2026.\n\n- Thời hạn đăng ký: các trường gửi hồ sơ về Phòng Giáo dục trước 16h00 ngày 18/9/2026.",
        "trước 16h00 ngày 18/9/2026")] // after the last day
    public void Reads_the_forms_of_notices(string text, string span) => Findings.Single(text, "RL5023", span);

    [Theory]
    [InlineData("Đại hội Hội Nông dân xã khai mạc lúc 7h30 ngày 14/5/2026.\n\n- Các chi hội gửi hồ sơ đề nghị bổ sung đại biểu (nếu có) chậm nhất ngày 18/5/2026.",
        "chậm nhất ngày 18/5/2026")]
    [InlineData("Đại hội Hội Nông dân xã khai mạc lúc 7h30 ngày 14/5/2026.\n\n- Các chi hội gửi danh sách trích ngang đại biểu về Văn phòng trước ngày 16/5/2026.",
        "trước ngày 16/5/2026")]
    [InlineData("Đại hội Hội Nông dân xã khai mạc lúc 7h30 ngày 14/5/2026.\n\n- Đề nghị thay thế đại biểu gửi về Thường trực chậm nhất ngày 15/5/2026.",
        "chậm nhất ngày 15/5/2026")]
    public void Reads_papers_about_the_delegates(string text, string span)
    {
        var diagnostic = Findings.Single(text, "RL5023", span);
        Assert.Equal($"Hạn “{span}” muộn hơn ngày tổ chức (14/5/2026)", Findings.Vi(diagnostic));
        Assert.Equal($"The deadline “{span}” is after the event (14/5/2026)", Findings.En(diagnostic));
    }

    [Theory]
    [InlineData("- Các chi hội gửi hồ sơ đề nghị bổ sung đại biểu chậm nhất ngày 10/5/2026.")] // in time
    [InlineData("- Các chi hội gửi biên bản và danh sách đại biểu dự đại hội cấp trên chậm nhất ngày 20/5/2026.")] // minutes: after
    [InlineData("- Các chi hội gửi hồ sơ, danh sách đại biểu trúng cử chậm nhất ngày 20/5/2026.")] // those elected: after
    [InlineData("- Các chi hội gửi hồ sơ thi đua, khen thưởng của cán bộ, hội viên và đại biểu chậm nhất ngày 20/5/2026.")] // the list breaks before đại biểu
    [InlineData("- Các chi hội gửi hồ sơ đề nghị khen thưởng cá nhân có thành tích xuất sắc trong nhiệm kỳ qua và đại biểu chậm nhất ngày 20/5/2026.")] // too far
    public void Is_silent_on_papers_in_time_or_sent_after(string line) =>
        Assert.Empty(RuleTester.Lint("Đại hội Hội Nông dân xã khai mạc lúc 7h30 ngày 14/5/2026.\n\n" + line, "RL5023"));

    [Theory]
    [InlineData("Hội nghị được tổ chức vào ngày 12/11/2025.\n\nĐề nghị các đơn vị đăng ký danh sách đại biểu trước ngày 05/11/2025.")]
    [InlineData("Hội nghị được tổ chức vào ngày 12/11/2025.\n\nĐề nghị các đơn vị gửi báo cáo kết quả học tập trước ngày 20/11/2025.")] // results come after
    [InlineData("Hội nghị sơ kết được tổ chức vào ngày 12/11/2025.\n\nĐề nghị các đơn vị gửi tham luận dự Hội thảo khoa học trước ngày 20/11/2025.")] // another event
    [InlineData("Hội nghị giao ban được tổ chức vào ngày 12/11/2025.\n\nHội nghị tổng kết được tổ chức vào ngày 28/11/2025.\n\nĐề nghị gửi tham luận trước ngày 20/11/2025.")] // may be for the later one
    [InlineData("Thời gian: từ ngày 01/11/2025 đến ngày 30/11/2025.\n\nĐề nghị các đơn vị đăng ký danh sách đại biểu trước ngày 10/11/2025.")] // a period, not a day
    [InlineData("Hội nghị khai mạc ngày 28/12.\n\nĐề nghị các đơn vị gửi tham luận trước ngày 02/01/2026.")] // no year: may be the next
    [InlineData("Đề nghị các đơn vị đăng ký danh sách đại biểu trước ngày 20/11/2025.")] // no event dated
    [InlineData("Thời gian: 03 ngày, từ ngày 10/11/2025 đến ngày 12/11/2025.\n\nThời hạn đăng ký thi đấu các môn: trước ngày 11/11/2025.")] // while it runs
    [InlineData("Thời gian: 01 buổi, từ 7h30 đến 11h00, thứ Sáu, ngày 14/11/2025.\n\nĐề nghị gửi tham luận trước ngày 10/11/2025.")]
    [InlineData("Nghỉ lễ ngày 02/9/2025 theo quy định.\n\nĐề nghị các đơn vị đăng ký danh sách đại biểu trước ngày 05/9/2025.")] // a holiday
    public void Is_silent_on_deadlines_in_time_and_on_other_requests(string text) => Assert.Empty(RuleTester.Lint(text, "RL5023"));

    [Theory]
    [InlineData("Giai đoạn 3 (tháng 01/2027): tổng duyệt chương trình biểu diễn.", "tháng 01/2027")]
    [InlineData("- Từ ngày 20/12/2026 đến ngày 23/12/2026: các đội tập luyện tại nhà văn hóa.", "ngày 20/12/2026")]
    [InlineData("| Bước 2 | Tháng 01/2027 | Chuẩn bị sân khấu, âm thanh |", "Tháng 01/2027")]
    public void Reports_a_preparation_phase_after_the_event(string phase, string span)
    {
        var text = "Hội diễn văn nghệ quần chúng của huyện được tổ chức vào ngày 18/12/2026.\n\n" + phase;
        var diagnostic = Findings.Single(text, "RL5023", span);
        Assert.Equal($"Giai đoạn chuẩn bị “{span}” muộn hơn ngày tổ chức (18/12/2026)", Findings.Vi(diagnostic));
        Assert.Equal($"The preparation phase “{span}” is after the event (18/12/2026)", Findings.En(diagnostic));
    }

    [Theory]
    [InlineData("Giai đoạn 2 (tháng 12/2026): tổng duyệt chương trình biểu diễn.")] // starts before the event
    [InlineData("Giai đoạn 3 (tháng 01/2027): tổng kết, khen thưởng các đội.")] // a follow-up
    [InlineData("Giai đoạn 3 (tháng 01/2027): rút kinh nghiệm, chuẩn bị cho năm sau.")] // a follow-up
    [InlineData("Giai đoạn 3 (tháng 01/2027): in ấn tài liệu tuyên truyền.")] // no preparation work
    [InlineData("Các đội tiếp tục tập luyện trong tháng 01/2027 để tham gia cấp tỉnh.")] // no phase line
    public void Is_silent_on_phases_in_time_and_on_follow_ups(string phase) =>
        Assert.Empty(RuleTester.Lint("Hội diễn văn nghệ quần chúng của huyện được tổ chức vào ngày 18/12/2026.\n\n" + phase, "RL5023"));
}
