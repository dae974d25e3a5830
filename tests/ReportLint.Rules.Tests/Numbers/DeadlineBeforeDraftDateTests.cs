using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class DeadlineBeforeDraftDateTests
{
    private const string Header = "ĐẢNG BỘ XÃ AN PHÚ\n\nSố 21-KH/ĐU\n\nAn Phú, ngày 18 tháng 3 năm 2027\n\nKẾ HOẠCH\n\n";

    [Fact]
    public void Reports_a_deadline_that_has_passed_when_the_draft_is_signed()
    {
        const string text = Header + "2. Các chi bộ gửi báo cáo sơ kết về Văn phòng Đảng ủy trước ngày 12/3/2027.";
        var diagnostic = Findings.Single(text, "RL5027", "trước ngày 12/3/2027");
        Assert.Equal("Hạn “trước ngày 12/3/2027” sớm hơn ngày của chính văn bản (18 tháng 3 năm 2027): khi ban hành, hạn đã qua",
            Findings.Vi(diagnostic));
        Assert.Equal("The deadline “trước ngày 12/3/2027” is before the draft's own date (18 tháng 3 năm 2027): it has passed when the draft is issued",
            Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("- Ban Tuyên giáo hoàn thành tài liệu sinh hoạt chậm nhất ngày 02/3/2027.", "chậm nhất ngày 02/3/2027")]
    [InlineData("Đề nghị các đoàn thể nộp danh sách về Thường trực trước 16h00 ngày 15/3/2027.", "trước 16h00 ngày 15/3/2027")]
    [InlineData("Các chi bộ đăng ký chỉ tiêu thi đua chậm nhất là ngày 10/3.", "chậm nhất là ngày 10/3")] // the draft's year
    [InlineData("Đảng ủy viên phụ trách góp ý dự thảo trước thứ Hai, ngày 08/3/2027.", "trước thứ Hai, ngày 08/3/2027")]
    public void Reads_the_forms_of_requests(string line, string span) => Findings.Single(Header + line, "RL5027", span);

    [Theory]
    [InlineData("2. Các chi bộ gửi báo cáo sơ kết về Văn phòng Đảng ủy trước ngày 25/3/2027.")] // in time
    [InlineData("2. Các chi bộ gửi báo cáo sơ kết về Văn phòng Đảng ủy trước ngày 18/3/2027.")] // the same day
    [InlineData("Các chi bộ đã gửi báo cáo sơ kết về Văn phòng Đảng ủy trước ngày 12/3/2027.")] // done, reported
    [InlineData("Thực hiện Công văn số 45-CV/ĐU ngày 02/3/2027 của Đảng ủy, các chi bộ gửi báo cáo trước ngày 30/3/2027.")] // a citation
    [InlineData("Ngày 10/3/2027, Ban Chỉ đạo họp và thống nhất nội dung kế hoạch.")] // an event the plan tells
    [InlineData("Các chi bộ tổng hợp số đảng viên được kết nạp tính đến trước ngày 01/3/2027.")] // a count up to a day
    [InlineData("Các chi bộ gửi báo cáo tình hình trước ngày 05/01 năm sau.")] // no year and far before: another year
    [InlineData("Kết quả thi đua được công bố trước ngày 10/3/2027.")] // no request
    [InlineData("Các chi bộ gửi báo cáo trước ngày 29/2.")] // no such day in the draft's year: RL5004's finding, not a crash
    public void Is_silent_on_deadlines_in_time_and_on_past_deeds(string line) => Assert.Empty(RuleTester.Lint(Header + line, "RL5027"));

    [Fact]
    public void Is_silent_without_the_drafts_date() =>
        Assert.Empty(RuleTester.Lint("KẾ HOẠCH\n\nCác chi bộ gửi báo cáo sơ kết về Văn phòng Đảng ủy trước ngày 12/3/2027.", "RL5027"));

    [Fact]
    public void Is_silent_on_a_late_december_plan_asking_for_january()
    {
        const string text = "Tân Lập, ngày 28 tháng 12 năm 2027\n\nKẾ HOẠCH\n\nCác chi bộ gửi báo cáo tình hình trước ngày 10/01.";
        Assert.Empty(RuleTester.Lint(text, "RL5027"));
    }
}
