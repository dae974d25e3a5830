namespace ReportLint.Rules.Tests.Citations;

/// <summary>A draft written for this project whose citations are all correct: every citation rule stays silent.</summary>
public class CorrectDraftTests
{
    private const string Draft = """
        BÁO CÁO SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG ĐẦU NĂM

        Thực hiện Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương (khóa XII) và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày 12/01/2022 để triển khai.
        Mỗi chi bộ gắn việc quán triệt Nghị quyết Trung ương 4 (khóa XII) với Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; các mô hình làm theo Bác được đăng ký theo Chỉ thị số 05-CT/TW và sơ kết mỗi quý.
        Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương được quán triệt; Quy định 08 được cụ thể hóa ở từng chi bộ.
        Công tác cán bộ bám sát Quy định số 105-QĐ/TW ngày 19/12/2017, Quy định số 90-QĐ/TW ngày 04/8/2017 và Quy định số 98-QĐ/TW ngày 07/10/2017 của Bộ Chính trị; Nghị quyết số 26-NQ/TW ngày 19/5/2018 về xây dựng đội ngũ cán bộ các cấp.
        Bộ máy các cơ quan được sắp xếp từng bước theo Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII, không để gián đoạn công việc.
        Văn bản của Đảng trình bày theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng; văn bản hành chính theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ và Quyết định số 1234/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân huyện.
        Công văn số 125/UBND-VX đã được trả lời; Luật số 52/2019/QH14 được phổ biến tới cán bộ, công chức.
        Khâu chuẩn bị nhân sự đại hội bám theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.
        Kế hoạch 5 năm 2021 - 2025 và Chương trình hành động của Huyện ủy khóa XXV được triển khai./.
        """;

    [Fact]
    public void Produces_nothing() => CitationTest.Silent(Draft);

    [Fact]
    public void Produces_nothing_with_the_style_rule_on() =>
        CitationTest.Silent(Draft.Replace("Quy định 08 được", "Quy định số 08 được", StringComparison.Ordinal),
            Infrastructure.RuleTester.Options("""{ "rules": { "RL2011": { "when": "always" } } }"""));
}
