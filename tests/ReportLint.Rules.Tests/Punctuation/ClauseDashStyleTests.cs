using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Punctuation;

public class ClauseDashStyleTests
{
    [Fact]
    public void Reports_the_clause_dash_written_in_the_less_frequent_style()
    {
        const string text = "Các chỉ tiêu chủ yếu – nhất là thu ngân sách – đều vượt kế hoạch.\nSản lượng lúa tăng - trong đó lúa chất lượng cao chiếm phần lớn.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4011"));
        Assert.Equal(text.IndexOf(" - ", StringComparison.Ordinal) + 1, diagnostic.Span.Start);
        Assert.Equal("-", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Dấu gạch giữa câu viết bằng gạch nối “-”, khác kiểu gạch ngang “–” dùng nhiều hơn trong văn bản", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Clause dash written as hyphen “-”, unlike the en dash “–” the document uses most", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace(" - ", " – ", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_closing_dash_counts_with_its_opening()
    {
        const string text = "Thu ngân sách tăng - nhất là thu từ đất - nên vượt dự toán; chi đầu tư – trong đó có vốn đối ứng – đạt 90%; các xã - kể cả xã vùng cao - đều có đường nhựa.";
        var found = RuleTester.Lint(text, "RL4011");
        Assert.Equal(2, found.Count);
        var enDash = text.IndexOf('–');
        Assert.Equal([enDash, text.IndexOf('–', enDash + 1)], found.Select(d => d.Span.Start));
        Assert.All(found, d => Assert.Equal(1, d.Span.Length));
        Assert.Equal("Clause dash written as en dash “–”, unlike the hyphen “-” the document uses most", found[0].GetMessage(MessageLanguage.English));
        Assert.Equal(text.Replace('–', '-'), RuleTester.FixAll(text, false, "RL4011"));
    }

    [Fact]
    public void On_a_tie_the_first_style_written_wins()
    {
        const string text = "Kinh tế tăng trưởng khá – nhất là nông nghiệp. Văn hóa có chuyển biến - đặc biệt là ở vùng cao.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4011"));
        Assert.Equal(text.IndexOf(" - ", StringComparison.Ordinal) + 1, diagnostic.Span.Start);
        Assert.Equal(text.Replace(" - ", " – ", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void An_em_dash_is_a_third_style()
    {
        const string text = "Các xã — nhất là xã biên giới — đều đạt; thu ngân sách – trong đó thu nội địa – tăng; vốn — kể cả vốn vay — đều đủ.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4011"), d => d.Span.Start == text.IndexOf('–'));
        Assert.Equal("Dấu gạch giữa câu viết bằng gạch ngang “–”, khác kiểu gạch dài “—” dùng nhiều hơn trong văn bản", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(2, RuleTester.Lint(text, "RL4011").Count);
    }

    [Fact]
    public void An_office_can_add_clause_words()
    {
        const string text = "Sản xuất tăng – điển hình là cây chè. Dịch vụ tăng - nổi bật là du lịch. Công nghiệp tăng - nổi bật là chế biến.";
        Assert.Empty(RuleTester.Lint(text, "RL4011"));
        var options = RuleTester.Options("""{ "data": { "clauseDashWords": ["nổi bật là"] } }""");
        var diagnostic = Assert.Single(RuleTester.Lint(text, options, "RL4011"));
        Assert.Equal("–", RuleTester.SpanText(text, diagnostic));
    }

    [Fact]
    public void An_office_can_add_words_that_follow_a_closing_dash()
    {
        const string text = "Các xã – nhất là xã vùng cao - hoàn thành kế hoạch; vốn – trong đó vốn vay – đều tăng.";
        Assert.Empty(RuleTester.Lint(text, "RL4011"));
        var options = RuleTester.Options("""{ "data": { "clauseDashClosers": ["hoàn thành"] } }""");
        var diagnostic = Assert.Single(RuleTester.Lint(text, options, "RL4011"));
        Assert.Equal(text.IndexOf(" - ", StringComparison.Ordinal) + 1, diagnostic.Span.Start);
        Assert.Equal(text.Replace(" - ", " – ", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; vốn – trong đó vốn vay – tăng.")] // one style
    [InlineData("Các chỉ tiêu - nhất là thu ngân sách - đều đạt; vốn - trong đó vốn vay - tăng.")]
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; nhiệm kỳ 2020 - 2025.")] // a range
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; phát triển kinh tế - xã hội.")] // a compound: RL4009's
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; tuyến Hà Nội - Hải Phòng thông xe.")] // a pair of names
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt.\n- Trong đó, thu nội địa tăng.")] // a list bullet
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; các cấp: - như trên.")] // after a colon, no phrase ends
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; tổ chức đảng- như vậy.")] // one-sided: RL4005's
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; trường THCS - THPT tăng.")] // not a clause word
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; vốn – kể cả Đảng - chính quyền - đều tăng.")] // pairing a guess
    [InlineData("Các chỉ tiêu – nhất là thu ngân sách – đều đạt; Công ty A - Như Ý.")] // a name, not the clause word
    [InlineData("Sản phẩm tăng – nhất là công nghiệp - xây dựng. Thu ngân sách – trong đó thu nội địa – đều tăng.")] // a compound, not the closing dash
    public void Is_silent_on_one_style_and_on_other_dashes(string text) => Assert.Empty(RuleTester.Lint(text, "RL4011"));

    [Fact]
    public void Leaves_compounds_and_ranges_to_their_own_rules()
    {
        const string text = "Các chỉ tiêu – nhất là thu ngân sách – đều đạt; vốn – trong đó vốn vay – tăng; kinh tế - xã hội và quốc phòng-an ninh.";
        Assert.Empty(RuleTester.Lint(text, "RL4011"));
        Assert.Single(RuleTester.Lint(text, "RL4009"));
    }

    [Fact]
    public void Ignores_markdown_code_and_list_bullets()
    {
        const string text = "Các chỉ tiêu – nhất là thu ngân sách – đều đạt.\n\n- trong đó thu nội địa tăng\n\nLệnh `a - như b` không tính.\n";
        Assert.Empty(RuleTester.LintMarkdown(text, "RL4011"));
    }

    [Fact]
    public void A_configured_en_dash_is_required_even_when_the_document_is_consistent()
    {
        const string text = "Thu ngân sách tăng - nhất là thu từ đất - nên vượt dự toán.";
        var options = RuleTester.Options("""{ "rules": { "RL4011": { "style": "en-dash" } } }""");
        var found = RuleTester.Lint(text, options, "RL4011");
        Assert.Equal(2, found.Count);
        Assert.Equal("Dấu gạch giữa câu viết bằng gạch nối “-”, khác kiểu gạch ngang “–” đã chọn trong cấu hình", found[0].GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Clause dash written as hyphen “-”, unlike the en dash “–” set in the configuration", found[0].GetMessage(MessageLanguage.English));
        Assert.Equal("Thu ngân sách tăng – nhất là thu từ đất – nên vượt dự toán.", Fix(text, found));
        Assert.Empty(RuleTester.Lint("Thu ngân sách tăng – nhất là thu từ đất – nên vượt dự toán.", options, "RL4011"));
    }

    [Fact]
    public void A_configured_hyphen_overrides_the_majority_and_leaves_compounds_alone()
    {
        const string text = "Các chỉ tiêu chủ yếu – nhất là thu ngân sách – đều vượt kế hoạch, kinh tế - xã hội ổn định.";
        var options = RuleTester.Options("""{ "rules": { "RL4011": { "style": "hyphen" } } }""");
        var found = RuleTester.Lint(text, options, "RL4011");
        Assert.Equal("Các chỉ tiêu chủ yếu - nhất là thu ngân sách - đều vượt kế hoạch, kinh tế - xã hội ổn định.", Fix(text, found));
        Assert.Empty(RuleTester.Lint(text, "RL4011")); // by default a consistent document is left alone
    }

    [Fact]
    public void The_majority_setting_is_the_default()
    {
        const string text = "Kinh tế tăng trưởng khá – nhất là nông nghiệp. Văn hóa có chuyển biến - đặc biệt là ở vùng cao.";
        var options = RuleTester.Options("""{ "rules": { "RL4011": { "style": "majority" } } }""");
        Assert.Equal(RuleTester.Lint(text, "RL4011").Select(d => d.Span), RuleTester.Lint(text, options, "RL4011").Select(d => d.Span));
    }

    private static string Fix(string text, IReadOnlyList<Diagnostic> found) =>
        ReportLint.Core.Fixes.FixAllApplier.Apply(text, found.Select(d => d.Fixes[0]).ToList());
}
