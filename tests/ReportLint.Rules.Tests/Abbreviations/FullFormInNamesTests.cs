using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1006 leaves a full form that is part of a longer name, a named document's title or an event's name.</summary>
public class FullFormInNamesTests
{
    [Theory]
    // A longer proper name than the defined one.
    [InlineData("Ban Chấp hành (BCH) Đảng bộ xã họp thường kỳ.\nBCH quán triệt nghị quyết của Ban Chấp hành Trung ương Đảng khóa XIII.\n")]
    // The title of a document to be issued or submitted, named by its type word.
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nHội nghị thông qua dự thảo Nghị quyết phát triển vùng dân tộc thiểu số đến năm 2030.\n")]
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nTờ trình về hỗ trợ nhà ở cho hộ dân tộc thiểu số nghèo đã được gửi.\n")]
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nHuyện triển khai Đề án bảo tồn văn hóa dân tộc thiểu số giai đoạn 2021 - 2025.\n")]
    // An event's name.
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nXã tổ chức Ngày hội văn hóa các dân tộc thiểu số huyện lần thứ ba.\n")]
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nHội thi tìm hiểu pháp luật cho thanh niên dân tộc thiểu số thu hút 300 người.\n")]
    // A named set of criteria or a movement.
    [InlineData("Xã tập trung xây dựng nông thôn mới (NTM) nâng cao.\nXã đạt chuẩn theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025.\n")]
    [InlineData("Xã tập trung xây dựng nông thôn mới (NTM) nâng cao.\nHội viên hưởng ứng Phong trào thi đua chung sức xây dựng nông thôn mới.\n")]
    // Another body with the same head (two words tell `Huyện đoàn` from `Huyện ủy`).
    [InlineData("Ban Thường vụ (BTV) Huyện đoàn đã họp.\nĐồng chí Bí thư báo cáo Ban Thường vụ Huyện ủy kết quả.\n")]
    // The opening words of a longer name defined a few words on.
    [InlineData("Đẩy mạnh đổi mới sáng tạo (ĐMST) trong doanh nghiệp.\nChỉ số đổi mới sáng tạo cấp địa phương (PII) của tỉnh tăng 7 bậc.\n")]
    // The formal name of another body built on the defined field.
    [InlineData("Lực lượng Phòng thủ dân sự (PTDS) được kiện toàn.\nĐề nghị Ban Chỉ đạo Phòng thủ dân sự quốc gia, Bộ Quốc phòng hỗ trợ kinh phí.\n")]
    [InlineData("Lực lượng Phòng thủ dân sự (PTDS) được kiện toàn.\nTỉnh đề nghị Trung tâm Phòng thủ dân sự vùng hỗ trợ.\n")]
    [InlineData("Công tác phòng thủ dân sự (PTDS) được quan tâm.\nĐề nghị Ban Chỉ đạo phòng thủ dân sự quốc gia hỗ trợ kinh phí.\n")]
    // An abbreviation after the name names the body of another level (`T.Ư`, `TW`), as `Trung ương` does.
    [InlineData("Ban Chấp hành (BCH) Đảng bộ xã họp thường kỳ.\nBCH chưa thực hiện đầy đủ các quy định của Ban Chấp hành T.Ư về kiểm tra.\n")]
    [InlineData("Ban Chấp hành (BCH) Đảng bộ xã họp thường kỳ.\nBCH quán triệt các nghị quyết của Ban Chấp hành TW.\n")]
    [InlineData("Ban Chấp hành (BCH) Đảng bộ xã họp thường kỳ.\nBCH quán triệt các nghị quyết của Ban Chấp hành TƯ.\n")]
    [InlineData("Ban Chấp hành (BCH) Đảng bộ xã họp thường kỳ.\nĐồng chí Hà Thị Mai tham gia Ban Chấp hành HND xã.\n")]
    // The head alone after a definition that named its body: maybe another body's (the commune's committee).
    [InlineData("Ban Chấp hành (BCH) Đảng bộ huyện họp.\nĐồng chí Lò Văn Páo được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy xã.\n")]
    // The negation names another category of a rating.
    [InlineData("Kết quả xếp loại:\n- Hoàn thành nhiệm vụ (HTNV): 3 đồng chí;\n- Không hoàn thành nhiệm vụ: không có.\n")]
    // The common noun, all in lower case, of a body the definition named with capitals inside (another station).
    [InlineData("Trạm Y tế (TYT) xã Tân Hòa tiêm chủng đủ liều.\nTYT phối hợp với trạm y tế nơi tạm trú để tiêm bù.\n")]
    // A designation ending in a proper name (a village's title).
    [InlineData("Phát triển du lịch cộng đồng (DLCĐ) gắn với bảo tồn bản sắc.\nBản văn hóa du lịch cộng đồng Nà Khoang được công nhận là điểm DLCĐ.\n")]
    public void A_full_form_inside_a_name_or_title_is_left_alone(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL1006"));

    [Theory]
    [InlineData("Ủy ban nhân dân (UBND) huyện Mường Tè giao chỉ tiêu.\nĐoàn công tác của Ủy ban nhân dân huyện Sìn Hồ sang học tập kinh nghiệm.\n")]
    [InlineData("Hội đồng nhân dân (HĐND) tỉnh Sơn Lâm họp phiên bất thường.\nHội đồng nhân dân thành phố Viêng Chăn gửi thư chúc mừng.\n")]
    public void The_same_kind_of_body_in_another_place_is_left_alone(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL1006"));

    [Theory]
    [InlineData("Ủy ban nhân dân (UBND) huyện Mường Tè giao chỉ tiêu.\nCác xã báo cáo Ủy ban nhân dân huyện Mường Tè trước ngày 15.\n")] // the same place
    [InlineData("Ủy ban nhân dân (UBND) huyện Mường Tè giao chỉ tiêu.\nCác xã báo cáo Ủy ban nhân dân huyện trước ngày 15.\n")] // no place named
    public void The_body_of_the_place_the_definition_named_is_still_reported(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "Ủy ban nhân dân", 1);
        Assert.Equal("“Ủy ban nhân dân” đã được viết tắt là “UBND” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
    }

    [Fact]
    public void The_abbreviation_the_definition_was_followed_by_keeps_the_same_body()
    {
        const string text = "Ban Chấp hành (BCH) ĐU xã họp thường kỳ.\nNghị quyết của Ban Chấp hành ĐU xã được ban hành.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "Ban Chấp hành", 1);
        Assert.Equal("Ban Chấp hành (BCH) ĐU xã họp thường kỳ.\nNghị quyết của BCH ĐU xã được ban hành.\n", Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void The_same_body_with_a_two_word_complement_written_again_is_still_reported()
    {
        const string text = "Ban Thường vụ (BTV) Huyện đoàn đã họp.\nBan Thường vụ Huyện đoàn tiếp thu ý kiến.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "Ban Thường vụ", 1);
    }

    [Fact]
    public void The_same_name_written_again_is_still_reported()
    {
        const string text = "Ban Chấp hành (BCH) Đảng bộ xã họp thường kỳ.\nNghị quyết của Ban Chấp hành Đảng bộ xã được ban hành.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "Ban Chấp hành", 1);
        Assert.Equal("“Ban Chấp hành” đã được viết tắt là “BCH” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
        Assert.Equal("“Ban Chấp hành” was abbreviated as “BCH” on line 1; use the abbreviation", En(diagnostic));
        Assert.Equal("Nghị quyết của BCH Đảng bộ xã được ban hành.", Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
    }

    [Fact]
    public void The_body_the_definition_named_written_again_is_still_reported()
    {
        const string text = "Ban Chỉ đạo Phòng thủ dân sự (PTDS) tỉnh đã họp.\nCác huyện báo cáo Ban Chỉ đạo Phòng thủ dân sự tỉnh kết quả diễn tập.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "Phòng thủ dân sự", 1);
        Assert.Equal("“Phòng thủ dân sự” đã được viết tắt là “PTDS” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
        Assert.Equal("Các huyện báo cáo Ban Chỉ đạo PTDS tỉnh kết quả diễn tập.", Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
    }

    [Theory]
    [InlineData("Lực lượng Phòng thủ dân sự (PTDS) được kiện toàn.\nCác ban chỉ đạo Phòng thủ dân sự cấp huyện đã họp.\n")] // not a head: lower case
    [InlineData("Lực lượng Phòng thủ dân sự (PTDS) được kiện toàn.\nBan Chỉ đạo, Phòng thủ dân sự các cấp đã họp.\n")]       // punctuation between
    [InlineData("Lực lượng Phòng thủ dân sự (PTDS) được kiện toàn.\nVăn phòng Phòng thủ dân sự tỉnh đã họp.\n")]             // not a field body head
    public void A_full_form_without_a_field_body_head_right_before_it_is_still_reported(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "Phòng thủ dân sự", 1);
    }

    [Theory]
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nKế hoạch hỗ trợ đồng bào dân tộc thiểu số được triển khai.\n")] // a type word opening the sentence
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nXã tổ chức ngày hội cho đồng bào dân tộc thiểu số.\n")]     // a common noun, not a name
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nXã phát động phong trào giúp đỡ đồng bào dân tộc thiểu số.\n")] // a movement, not its name
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nGiải quyết việc làm cho lao động dân tộc thiểu số là trọng tâm.\n")] // a verb opening the sentence
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nĐề án đã hoàn thành; hộ dân tộc thiểu số được hỗ trợ.\n")] // the clause after the title
    [InlineData("Đồng bào dân tộc thiểu số (DTTS) tin tưởng.\nHỗ trợ hộ dân tộc thiểu số vùng sâu, vùng xa (ĐBKK) được chú trọng.\n")] // a comma before the parentheses
    public void The_full_form_in_running_text_is_still_reported(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "dân tộc thiểu số", 1);
    }
}
