using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class RareVariantTests
{
    private const string Text =
        "Huyện Bình Sơn có mười xã.\n" +
        "Nhân dân Bình Sơn cần cù.\n" +
        "Đảng bộ Bình Sơn đoàn kết.\n" +
        "Quê hương Bình Sờn đổi mới.\n";

    [Fact]
    public void Reports_the_single_variant_of_a_repeated_pair()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(Text, "RL3011"));
        Assert.Equal("Bình Sờn", RuleTester.SpanText(Text, diagnostic));
        Assert.Equal(Text.IndexOf("Bình Sờn", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("“Bình Sờn” chỉ xuất hiện một lần, trong khi văn bản viết “Bình Sơn” 3 lần", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“Bình Sờn” occurs once while the document writes “Bình Sơn” 3 times", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(ReportSeverity.Info, diagnostic.Severity);
        Assert.Equal(Text.Replace("Bình Sờn", "Bình Sơn"), RuleTester.ApplyFirstFix(Text, diagnostic));
    }

    [Fact]
    public void Is_silent_when_the_variant_is_not_repeated()
    {
        var text = Text.Replace("Đảng bộ Bình Sơn", "Đảng bộ huyện");
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Fact]
    public void Reports_each_single_variant_wherever_it_stands_against_the_frequent_form()
    {
        // The slips come first and are two different variants of the same skeleton.
        var text = "Quê hương Bình Sờn đổi mới.\nXã Bính Sơn có nghề dệt.\n" + Text.Replace("Quê hương Bình Sờn đổi mới.\n", "");

        var diagnostics = RuleTester.Lint(text, "RL3011");

        Assert.Equal(["Bình Sờn", "Bính Sơn"], diagnostics.Select(d => RuleTester.SpanText(text, d)));
        Assert.All(diagnostics, d => Assert.EndsWith("văn bản viết “Bình Sơn” 3 lần", d.GetMessage(MessageLanguage.Vietnamese)));
    }

    [Fact]
    public void Leaves_a_pair_whose_slip_RL3003_reports_with_its_other_neighbour()
    {
        // `thon` is reported once, as `nông thon` (RL3003), not again as `thon mới` against `thôn mới`.
        const string text =
            "Xã đạt chuẩn nông thôn mới năm 2020.\nHuyện có 12 xã nông thôn mới.\nPhong trào nông thôn mới lan rộng.\n" +
            "Tuyến đường nông thon mới được khánh thành.\n";
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
        Assert.Equal("nông thon", RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL3003"))));
    }

    private const string Minorities =
        "Huyện có nhiều đồng bào dân tộc thiểu số sinh sống.\n" +
        "Chính sách cho vùng dân tộc thiểu số được quan tâm.\n" +
        "Tỷ lệ hộ nghèo dân tộc thiểu số giảm nhanh.\n";

    [Fact]
    public void Leaves_a_pair_without_the_word_its_frequent_form_always_follows()
    {
        // `thiểu số` always follows `tộc` (the lexicon's `dân tộc thiểu số`): `thiếu số điện thoại` is another phrase.
        var text = Minorities + "Nhiều hộ còn thiếu số điện thoại liên lạc.\n";
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Fact]
    public void Reports_a_pair_that_keeps_the_word_its_frequent_form_always_follows()
    {
        var text = Minorities + "Học sinh dân tộc thiếu số được hỗ trợ.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3011"));
        Assert.Equal(text.IndexOf("thiếu số", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("“thiếu số” chỉ xuất hiện một lần, trong khi văn bản viết “thiểu số” 3 lần", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("thiếu số", "thiểu số"), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Leaves_a_lexicon_word_next_to_a_frequent_variant()
    {
        // `số liệu` is a word: `thiếu số` straddles it, whatever the document repeats.
        var text = Minorities + "Việc đánh giá còn chung chung, thiếu số liệu cụ thể.\n";
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Fact]
    public void Takes_no_evidence_from_a_repeated_pair_holding_a_function_word()
    {
        // `và phong` repeats only because `phong trào` does; `và phòng, chống` is no slip of it.
        const string text =
            "Xây dựng nông thôn mới và phong trào thi đua.\nKhen thưởng cá nhân và phong trào thanh niên.\n" +
            "Tổng kết hội nghị và phong trào khuyến học.\nĐẩy mạnh giáo dục và phòng, chống tệ nạn xã hội.\n";
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Theory]
    [InlineData("Xã chuyển từ làm thủ công sang dùng máy gặt.\n")]
    [InlineData("Thôn chuyển dần từ làm hộ tới chỉ cách làm cho dân.\n")]
    [InlineData("Cán bộ kèm cặp từ làm mẫu cho đến kiểm tra lại hồ sơ.\n")]
    public void Leaves_the_preposition_that_opens_a_range(string more)
    {
        // `từ … sang/tới/đến`: the preposition, not `tự làm` with a wrong tone.
        var text = SelfHelp + more;
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Fact]
    public void Reports_a_wrong_tone_on_the_frequent_word_when_no_range_follows()
    {
        var text = SelfHelp + "Nhiều hộ đã từ làm hồ sơ, đến nay chưa cần hỗ trợ.\n"; // the clause ends before `đến`
        Assert.Equal("từ làm", RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL3011"))));
    }

    private const string SelfHelp =
        "Người dân tự làm hồ sơ trên cổng dịch vụ công.\nHội viên tự làm sổ theo dõi.\nHọc sinh tự làm thí nghiệm.\n";

    private const string Supervision =
        "Tăng cường giám sát việc thi hành pháp luật.\nHội đồng nhân dân giám sát chặt chẽ.\nCông tác giám sát được đẩy mạnh.\n";

    [Fact]
    public void Reports_a_confusable_initial_against_a_repeated_lexicon_word()
    {
        const string text = "Chi bộ sinh hoạt định kỳ.\nNội dung sinh hoạt được đổi mới.\nChất lượng sinh hoạt chi bộ nâng lên.\n" +
            "Buổi xinh hoạt diễn ra sôi nổi.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3011"));
        Assert.Equal("xinh hoạt", RuleTester.SpanText(text, diagnostic));
        Assert.Equal(text.IndexOf("xinh hoạt", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("“xinh hoạt” chỉ xuất hiện một lần, trong khi văn bản viết “sinh hoạt” 3 lần", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("xinh hoạt", "sinh hoạt"), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Hội viên tham gia giám sát việc sử dụng kinh phí.\n")] // the right form
    [InlineData("Từ 18 tuổi trở lên được tham gia.\nPhong trào trở nên sôi nổi.\nHọc sinh trở nên tự tin.\nĐời sống trở nên khá hơn.\n")] // both words
    [InlineData("Hội viên tham gia giám xát việc sử dụng kinh phí.\n")] // RL3012's finding (a listed confusion)
    [InlineData("Xử lý vi phạm kịp thời.\nViệc xử lý đơn thư được chú trọng.\nCông tác xử lý nợ đọng.\nKết quả sử lý hồ sơ.\n")] // RL3012's finding
    public void Is_silent_on_consonant_variants_that_are_right_or_reported_elsewhere(string more)
    {
        var text = Supervision + more;
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Fact]
    public void Leaves_a_consonant_variant_of_a_repeated_pair_that_is_no_lexicon_word()
    {
        // Names repeat too, but only a lexicon word says the other consonant is a slip (`Lam Sơn`, `Nam Sơn`).
        const string text = "Xã Nam Sơn có ba thôn.\nNhân dân Nam Sơn cần cù.\nĐảng bộ Nam Sơn đoàn kết.\nTrường Lam Sơn được xây mới.\n";
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Fact]
    public void Is_silent_on_the_project_text() =>
        Assert.Empty(RuleTester.Lint(SpellingTestData.Read("report-party-building.txt") + SpellingTestData.Read("news-conference.txt")
            + SpellingTestData.Read("report-socio-economic.txt"), "RL3011"));
}
