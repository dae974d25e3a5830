using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class WeekdayMismatchTests
{
    [Fact]
    public void Reports_a_weekday_that_does_not_match_the_date()
    {
        const string text = "Sáng thứ Hai, ngày 15/10/2019, hội nghị khai mạc.";
        var diagnostic = Findings.Single(text, "RL5005", "thứ Hai");
        Assert.Equal("Ngày 15/10/2019 là thứ Ba, không phải thứ Hai", Findings.Vi(diagnostic));
        Assert.Equal("15/10/2019 was a Tuesday, not a Monday", Findings.En(diagnostic));
        Assert.Equal("Sáng thứ Ba, ngày 15/10/2019, hội nghị khai mạc.", Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Hội nghị họp vào Chủ nhật, ngày 15/6/2020.", "Chủ nhật", "thứ Hai")]
    [InlineData("Hội nghị họp vào thứ Hai, ngày 14/6/2020.", "thứ Hai", "Chủ nhật")]
    [InlineData("Hội nghị diễn ra vào thứ 3 (ngày 16/10/2019) tại Hà Nội.", "thứ 3", "thứ 4")]
    [InlineData("Hội nghị họp ngày 15/10/2019 (thứ Hai) tại Hà Nội.", "thứ Hai", "thứ Ba")]
    [InlineData("Thứ hai, ngày 15 tháng 10 năm 2019, hội nghị khai mạc.", "Thứ hai", "Thứ ba")]
    [InlineData("Phiên bế mạc vào 10h30 thứ Sáu, ngày 18/10/2025.", "thứ Sáu", "thứ Bảy")]
    [InlineData("Đoàn xuất phát lúc 7h thứ Hai (14/6/2020).", "thứ Hai", "Chủ nhật")]
    [InlineData("Báo cáo gửi trước thứ Hai, ngày 15/10/2024.", "thứ Hai", "thứ Ba")] // a deadline
    [InlineData("Hội chợ mở vào thứ Bảy, ngày 17/5/2025 và Chủ nhật, ngày 14/6/2025.", "Chủ nhật", "thứ Bảy")] // the second pair
    [InlineData("Đại hội bế mạc thứ Năm, ngày 14/8/2020 tại hội trường tỉnh.", "thứ Năm", "thứ Sáu")] // a capitalised weekday after a verb
    [InlineData("Hội nghị họp thứ Năm, ngày 09/10/2026.", "thứ Năm", "thứ Sáu")] // `họp` the verb, not `kỳ họp`
    [InlineData("Hội nghị khai mạc thứ Hai ngày 15/10/2019.", "thứ Hai", "thứ Ba")]
    public void Reports_every_weekday_form(string text, string span, string fix)
    {
        var diagnostic = Findings.Single(text, "RL5005", span);
        Assert.Equal(text.Replace(span, fix, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Pairs_listed_weekdays_with_listed_dates_in_order()
    {
        const string text = "Hội diễn tổ chức trong hai ngày 19 và 20/3/2026 (thứ Năm và thứ Bảy).";
        var diagnostic = Findings.Single(text, "RL5005", "thứ Bảy");
        Assert.Equal("Ngày 20/3/2026 là thứ Sáu, không phải thứ Bảy", Findings.Vi(diagnostic));
        Assert.Equal("20/3/2026 was a Friday, not a Saturday", Findings.En(diagnostic));
        Assert.Equal(text.Replace("thứ Bảy", "thứ Sáu", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        const string first = "Hội diễn tổ chức trong hai ngày 19 và 20/3/2026 (thứ Tư và thứ Sáu).";
        Assert.Equal("Ngày 19/3/2026 là thứ Năm, không phải thứ Tư", Findings.Vi(Findings.Single(first, "RL5005", "thứ Tư")));
    }

    [Theory]
    [InlineData("Giải đấu diễn ra trong ba ngày 12, 13 và 14/6/2025 (thứ Năm, thứ Sáu và Chủ nhật).", "Chủ nhật", "thứ Bảy")]
    [InlineData("Giải đấu diễn ra vào thứ Năm và thứ Bảy, ngày 12 và 13/6/2025.", "thứ Bảy", "thứ Sáu")]
    [InlineData("Giải đấu diễn ra các ngày 12/6/2025 và 13/6/2025 (thứ Tư và thứ Sáu).", "thứ Tư", "thứ Năm")]
    public void Pairs_every_form_of_listed_weekdays_and_dates(string text, string span, string fix)
    {
        var diagnostic = Findings.Single(text, "RL5005", span);
        Assert.Equal(text.Replace(span, fix, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Hội diễn tổ chức trong hai ngày 19 và 20/3/2026 (thứ Năm và thứ Sáu).")]
    [InlineData("Hội diễn tổ chức trong hai ngày 19, 20/3/2026 (thứ Năm, thứ Sáu).")]
    [InlineData("Giải đấu diễn ra trong ba ngày 12, 13 và 14/6/2025 (thứ Năm, thứ Sáu và thứ Bảy).")]
    [InlineData("Giải đấu diễn ra vào thứ Năm và thứ Sáu, ngày 12 và 13/6/2025.")]
    [InlineData("Giải đấu diễn ra các ngày 12/6/2025 và 13/6/2025 (thứ Năm và thứ Sáu).")]
    [InlineData("Hội diễn tổ chức trong hai ngày 19 và 20/3/2026 (thứ Năm).")] // one weekday for two dates: which one is unclear
    [InlineData("Hội diễn tổ chức trong ba ngày 19, 20 và 21/3/2026 (thứ Năm và thứ Sáu).")] // lists of different lengths
    [InlineData("Câu lạc bộ sinh hoạt vào thứ Ba và thứ Năm hằng tuần.")] // no date
    [InlineData("Lần thứ nhất và thứ hai, ngày 12 và 13/6/2025, đều đạt.")] // ordinals
    public void Is_silent_when_listed_weekdays_match_their_dates_or_cannot_be_paired(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5005"));

    [Fact]
    public void A_date_without_its_year_is_read_in_the_drafts_year()
    {
        const string text = "HUYỆN ỦY MƯỜNG LA\nMường La, ngày 20 tháng 7 năm 2025\nChiều thứ Hai (15/7), Ban Thường vụ Huyện ủy họp.\n";
        var diagnostic = Findings.Single(text, "RL5005", "thứ Hai");
        Assert.Equal("Ngày 15/7 (năm 2025, năm của văn bản) là thứ Ba, không phải thứ Hai", Findings.Vi(diagnostic));
        Assert.Equal("15/7 (2025, the draft's year) was a Tuesday, not a Monday", Findings.En(diagnostic));
        Assert.Equal(text.Replace("thứ Hai", "thứ Ba", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Without_a_date_line_a_weekday_dated_in_full_and_right_gives_the_year()
    {
        const string text = "Sáng thứ Bảy, ngày 14/3/2026, tỉnh khánh thành trường mới.\nTrước đó, chiều thứ Tư (13/3), nhà trường họp phụ huynh.\n";
        var diagnostic = Findings.Single(text, "RL5005", "thứ Tư");
        Assert.Equal("Ngày 13/3 (năm 2026, năm của văn bản) là thứ Sáu, không phải thứ Tư", Findings.Vi(diagnostic));
        // A wrong full date is no anchor: only it is reported, nothing tells the year of `(13/3)`.
        const string wrong = "Sáng thứ Hai, ngày 14/3/2026, khánh thành trường.\nChiều thứ Tư (13/3), họp phụ huynh.\n";
        Findings.Single(wrong, "RL5005", "thứ Hai");
    }

    [Theory]
    [InlineData("Sáng thứ Bảy, ngày 14/3/2026, tỉnh khánh thành trường.\nChiều thứ Sáu (13/3), nhà trường họp phụ huynh.\n")]
    [InlineData("Mường La, ngày 20 tháng 7 năm 2025\nChiều thứ Ba (15/7), sáng thứ Tư, ngày 16/7 và ngày 18/7 (thứ Sáu) đoàn làm việc.\n")]
    [InlineData("Mường La, ngày 10 tháng 01 năm 2026\nSáng thứ Hai (29/12), đoàn công tác về xã.\n")] // last year's December
    [InlineData("Chiều thứ Hai (15/7), Ban Thường vụ Huyện ủy họp.\n")] // no draft date: no year to read it in
    public void Is_silent_on_dates_without_a_year_that_fit_or_cannot_be_placed(string text) => Assert.Empty(RuleTester.Lint(text, "RL5005"));

    [Theory]
    [InlineData("Sáng thứ Ba, ngày 15/10/2019, hội nghị khai mạc.")]
    [InlineData("Hội nghị họp vào Chủ nhật, ngày 14/6/2020.")]
    [InlineData("Thứ Bảy, ngày 29/02/2020, hội nghị khai mạc.")] // leap day
    [InlineData("Hội nghị lần thứ hai, ngày 15/10/2019, đã thành công.")] // ordinal
    [InlineData("Kỳ họp thứ năm, ngày 20/11/2020, bế mạc.")]
    [InlineData("Thứ Hai tuần sau, đoàn sẽ làm việc.")] // no date
    [InlineData("Phiên bế mạc vào 10h30 thứ Bảy, ngày 18/10/2025.")]
    [InlineData("Đại hội bế mạc thứ Sáu, ngày 14/8/2020 tại hội trường tỉnh.")]
    [InlineData("Hội nghị lần thứ Hai, ngày 15/10/2019, đã thành công.")] // a capitalised ordinal after a counting noun
    [InlineData("Kỳ họp thứ Năm, ngày 20/11/2020, bế mạc.")]
    [InlineData("Tại phiên họp thứ Năm, ngày 20/11/2020, Hội đồng đã biểu quyết.")] // `phiên họp` counts sessions
    [InlineData("Đội đạt giải thứ Hai trong năm 2019.")] // no date after it
    [InlineData("Đoàn xếp thứ hai, ngày 15/10/2019 nhận giải.")] // lower case after a verb: an ordinal
    public void Is_silent_on_matching_weekdays_and_ordinals(string text) => Assert.Empty(RuleTester.Lint(text, "RL5005"));
}
