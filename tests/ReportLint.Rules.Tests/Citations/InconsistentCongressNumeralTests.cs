using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class InconsistentCongressNumeralTests
{
    private const string Majority =
        "BÁO CÁO CHÍNH TRỊ TẠI ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG HÒA BÌNH LẦN THỨ XII, NHIỆM KỲ 2025 - 2030\n" +
        "Đại hội đại biểu Đảng bộ phường Hòa Bình lần thứ XII, nhiệm kỳ 2025 - 2030 họp trong hai ngày.\n";

    [Fact]
    public void The_minority_number_of_a_congress_is_reported_with_the_agreed_number()
    {
        const string text = Majority + "Nghị quyết Đại hội Đảng bộ phường Hòa Bình lần thứ XI, nhiệm kỳ 2025 - 2030 được ban hành.\n";
        var diagnostic = CitationTest.Single(text, "RL2015", "XI", after: "Nghị quyết");
        Assert.Equal("Đại hội Đảng bộ phường Hòa Bình được ghi “lần thứ XII, nhiệm kỳ 2025 - 2030” ở 2 chỗ khác trong văn bản; ở đây là “XI”",
            CitationTest.Vi(diagnostic));
        Assert.Equal("The congress of Đảng bộ phường Hòa Bình is written “lần thứ XII, nhiệm kỳ 2025 - 2030” in 2 other places in the document; here it is “XI”",
            CitationTest.En(diagnostic));
        Assert.Equal(text.Replace("lần thứ XI,", "lần thứ XII,", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void The_minority_term_of_a_congress_is_reported_with_the_agreed_term()
    {
        const string text = Majority + "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Hòa Bình lần thứ XII (nhiệm kỳ 2020-2025).\n";
        var diagnostic = CitationTest.Single(text, "RL2015", "2020-2025");
        Assert.Equal("Đại hội Đảng bộ phường Hòa Bình được ghi “lần thứ XII, nhiệm kỳ 2025 - 2030” ở 2 chỗ khác trong văn bản; ở đây là “2020-2025”",
            CitationTest.Vi(diagnostic));
        Assert.Equal(text.Replace("2020-2025", "2025-2030", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_term_written_elsewhere_with_another_number_gets_no_fix()
    {
        // `lần thứ XII, nhiệm kỳ 2020 - 2025`: the term may be right and the number the slip (XI).
        const string text = Majority + "Kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường Hòa Bình lần thứ XI, nhiệm kỳ 2020 - 2025 là khả quan.\n"
            + "Đại hội Đảng bộ phường Hòa Bình lần thứ XII, nhiệm kỳ 2020 - 2025 đã đề ra nhiều chỉ tiêu.\n";
        var diagnostic = CitationTest.Single(text, "RL2015", "2020 - 2025", after: "khả quan.");
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    // The previous congress, the national congress, the outgoing committee.
    [InlineData(Majority + "Nhiệm kỳ qua, Nghị quyết Đại hội Đảng bộ phường Hòa Bình lần thứ XI, nhiệm kỳ 2020 - 2025 được thực hiện tốt.\n"
        + "Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Ban Chấp hành khóa XI đã lãnh đạo toàn diện.\n")]
    // Without a term or without the body's name, a mention is no evidence.
    [InlineData(Majority + "Đại hội Đảng bộ phường Hòa Bình lần thứ XI đã đề ra ba khâu đột phá.\nĐại hội lần thứ XI, nhiệm kỳ 2025 - 2030 của Đảng bộ cấp trên.\n")]
    // Another body.
    [InlineData(Majority + "Đại hội Đảng bộ phường Tân An lần thứ XI, nhiệm kỳ 2025 - 2030 đã diễn ra.\n")]
    // One mention against one: no majority.
    [InlineData("Đại hội Đảng bộ xã Phú Lộc lần thứ IX, nhiệm kỳ 2025 - 2030.\nĐại hội Đảng bộ xã Phú Lộc lần thứ X, nhiệm kỳ 2025 - 2030.\n")]
    public void Is_silent_on_consistent_and_unrelated_mentions(string text) => Assert.Empty(RuleTester.Lint(text, "RL2015"));

    [Fact]
    public void A_number_repeated_for_the_next_term_is_reported_with_the_next_number()
    {
        const string text = "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Phú Lộc lần thứ XXV, nhiệm kỳ 2020 - 2025;\n"
            + "Chuẩn bị tốt các điều kiện tiến tới Đại hội đại biểu Đảng bộ xã Phú Lộc lần thứ XXV, nhiệm kỳ 2025 - 2030.\n";
        var diagnostic = CitationTest.Single(text, "RL2015", "XXV", after: "tiến tới");
        Assert.Equal("Đại hội Đảng bộ xã Phú Lộc được ghi “lần thứ XXV, nhiệm kỳ 2020 - 2025” ở 1 chỗ khác trong văn bản; ở đây là “XXV”"
            + " cho nhiệm kỳ 2025 - 2030: hai nhiệm kỳ liền nhau không cùng một số, viết “XXVI”", CitationTest.Vi(diagnostic));
        Assert.Equal(text.Replace("XXV, nhiệm kỳ 2025", "XXVI, nhiệm kỳ 2025", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Đại hội Đảng bộ xã Phú Lộc lần thứ XXV, nhiệm kỳ 2020 - 2025 đã thành công.\nĐại hội Đảng bộ xã Phú Lộc lần thứ XXVI, nhiệm kỳ 2025 - 2030.\n")]
    // Terms that do not follow each other say nothing about the numbers.
    [InlineData("Đại hội Đảng bộ xã Phú Lộc lần thứ XXV, nhiệm kỳ 2015 - 2020 đã thành công.\nĐại hội Đảng bộ xã Phú Lộc lần thứ XXV, nhiệm kỳ 2025 - 2030.\n")]
    public void Consecutive_terms_with_consecutive_numbers_are_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL2015"));
}
