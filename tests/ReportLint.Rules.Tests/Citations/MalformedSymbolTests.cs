using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class MalformedSymbolTests
{
    [Fact]
    public void Dangling_dash_is_completed_from_the_knowledge_base()
    {
        const string text = "Ban Thường vụ đã chuyển Quy định 08- ngày 25/10/2018 của Ban Chấp hành Trung ương thành chương trình hành động.";
        var diagnostic = CitationTest.Single(text, "RL2001", "08-");
        Assert.Equal("Số, ký hiệu “08-” sai dạng: thiếu ký hiệu loại văn bản và cơ quan ban hành sau dấu gạch nối", CitationTest.Vi(diagnostic));
        Assert.Equal("The document symbol “08-” is malformed: the type and issuer codes after the dash are missing", CitationTest.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Ban Thường vụ đã chuyển Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương thành chương trình hành động.",
            RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_legal_document_s_State_symbol_without_its_year_takes_the_year_of_its_date()
    {
        const string text = "Thực hiện Nghị định số 33/NĐ-CP ngày 10/6/2023 của Chính phủ về cán bộ, công chức cấp xã.";
        var diagnostic = CitationTest.Single(text, "RL2001", "33/NĐ-CP");
        Assert.Equal("Số, ký hiệu “33/NĐ-CP” sai dạng: thiếu năm ban hành, viết “33/2023/NĐ-CP”", CitationTest.Vi(diagnostic));
        Assert.Equal("The document symbol “33/NĐ-CP” is malformed: the year of issue is missing: write “33/2023/NĐ-CP”", CitationTest.En(diagnostic));
        Assert.Equal(text.Replace("33/NĐ-CP", "33/2023/NĐ-CP", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Thực hiện Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ.")]
    [InlineData("Thực hiện Nghị định số 33/NĐ-CP của Chính phủ.")] // no date to take the year from
    [InlineData("Thực hiện Nghị định số 64/CP ngày 27/9/1993 của Chính phủ.")] // laid out otherwise then
    [InlineData("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.")] // not always a legal document
    [InlineData("Căn cứ Quyết định số 1234/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh.")]
    public void A_State_symbol_with_its_year_or_of_another_type_is_not_reported(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL2001"));

    [Fact]
    public void Dangling_dash_of_a_type_whose_draft_writes_two_codes_has_no_fix()
    {
        const string text = "Thực hiện Quy định số 03-QĐi/TU và Quy định số 05-QĐ/TU về nêu gương.\nCác chi bộ quán triệt Quy định số 12- của Ban Thường vụ Tỉnh ủy.";
        var diagnostic = CitationTest.Single(text, "RL2001", "12-");
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Dangling_dash_of_an_unknown_document_without_its_issuer_has_no_fix()
    {
        const string text = "Các chi bộ quán triệt Nghị quyết số 15- về chuyển đổi số.";
        var diagnostic = CitationTest.Single(text, "RL2001", "15-");
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Các chi bộ quán triệt Nghị quyết số 15- của Huyện ủy về chuyển đổi số.", "15-", "15-NQ/HU")]
    [InlineData("Thực hiện Kết luận số 86- ngày 12/3/2024 của Ban Thường vụ Huyện ủy, các chi bộ triển khai.", "86-", "86-KL/HU")]
    [InlineData("Thực hiện Chỉ thị số 07- ngày 02/01/2025 của Ban Thường vụ Tỉnh ủy.", "07-", "07-CT/TU")]
    [InlineData("Thực hiện Kế hoạch 45- ngày 12/3/2023 của Ban Thường vụ Đảng ủy xã.", "45-", "45-KH/ĐU")] // cut short without số
    [InlineData("Thực hiện Kết luận số 15- ngày 10/4/2026 của Ban Thường vụ Đảng ủy xã.", "15-", "15-KL/ĐU")]
    [InlineData("Các chi bộ thực hiện Quy định số 12- ngày 05/6/2021 của Ban Thường vụ Huyện ủy về tiếp dân.", "12-", "12-QĐ/HU")] // the usual code of a Quy định
    [InlineData("Thực hiện Quy định số 03-QĐi/TU ngày 02/3/2020 về nêu gương.\nCác chi bộ quán triệt Quy định số 12- của Ban Thường vụ Tỉnh ủy.", "12-", "12-QĐi/TU")] // the draft's own code
    public void Dangling_dash_of_an_unknown_document_is_completed_from_its_type_and_party_issuer(string text, string written, string symbol)
    {
        var diagnostic = CitationTest.Single(text, "RL2001", written);
        Assert.Equal(text.Replace(written, symbol, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Dangling_dash_is_completed_from_the_drafts_own_full_citation_of_that_document()
    {
        const string text = "Căn cứ Kế hoạch số 45-KH/CCB ngày 12/01/2026 của Hội Cựu chiến binh huyện.\n"
            + "Triển khai Kế hoạch số 45- ngày 12/01/2026, các cấp hội phát động thi đua.\n";
        var diagnostic = CitationTest.Single(text, "RL2001", "45-", "Triển khai");
        Assert.Equal(text.Replace("45- ", "45-KH/CCB ", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
        // Another date, or two full citations of the number that disagree: no document to copy from.
        Assert.Empty(CitationTest.Single(text.Replace("45- ngày 12/01/2026", "45- ngày 20/02/2026", StringComparison.Ordinal), "RL2001", "45-", "Triển khai").Fixes);
        const string two = "Căn cứ Kế hoạch số 45-KH/CCB và Kế hoạch số 45-KH/HU năm 2026.\nTriển khai Kế hoạch số 45-, các cấp hội phát động thi đua.\n";
        Assert.Empty(CitationTest.Single(two, "RL2001", "45-", "Triển khai").Fixes);
    }

    [Theory]
    [InlineData("HUYỆN ỦY AN PHÚ\nỦY BAN KIỂM TRA\nSố 21-BC/UBKTHU\nCác chi bộ tiếp tục thực hiện Hướng dẫn số 03- ngày 14/02/2026 của Ủy ban Kiểm tra Huyện ủy về giám sát.\n")] // the draft's own symbol
    [InlineData("Ủy ban Kiểm tra Huyện ủy ban hành Kế hoạch số 04-KH/UBKTHU ngày 10/01/2026.\nCác chi bộ thực hiện Hướng dẫn số 03- của UBKT Huyện ủy về giám sát.\n")]
    public void Dangling_dash_is_completed_from_the_named_unit_when_the_draft_writes_its_code(string text)
    {
        var diagnostic = CitationTest.Single(text, "RL2001", "03-");
        Assert.Equal("Số, ký hiệu “03-” sai dạng: thiếu ký hiệu loại văn bản và cơ quan ban hành sau dấu gạch nối", CitationTest.Vi(diagnostic));
        Assert.Equal(FixSafety.Unsafe, Assert.Single(diagnostic.Fixes).Safety);
        Assert.Equal(text.Replace("03-", "03-HD/UBKTHU", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Các chi bộ tiếp tục thực hiện Hướng dẫn số 03- ngày 14/02/2026 của Ủy ban Kiểm tra Huyện ủy về giám sát.")] // the code is nowhere in the draft
    [InlineData("Ban Tổ chức Tỉnh ủy ban hành Kế hoạch số 04-KH/BTCTU.\nCác chi bộ thực hiện Hướng dẫn số 03- của Ủy ban Kiểm tra Huyện ủy.\n")] // another unit's code
    [InlineData("Kế hoạch số 04-KH/UBKTTU của Ủy ban Kiểm tra Tỉnh ủy.\nCác chi bộ thực hiện Hướng dẫn số 03- của Ủy ban Kiểm tra Huyện ủy.\n")] // another level
    [InlineData("Kế hoạch số 04-KH/UBKTHU.\nCác chi bộ thực hiện Hướng dẫn số 03- của Ủy ban nhân dân huyện.\n")] // not a Party unit
    public void Dangling_dash_is_not_completed_with_an_issuer_code_the_draft_does_not_write(string text) =>
        Assert.Empty(CitationTest.Single(text, "RL2001", "03-").Fixes);

    [Fact]
    public void Dangling_dash_of_a_state_document_gets_no_party_symbol()
    {
        const string text = "Thực hiện Quyết định số 15- ngày 12/3/2024 của Thủ tướng Chính phủ.";
        Assert.Empty(CitationTest.Single(text, "RL2001", "15-").Fixes);
    }

    [Fact]
    public void Dangling_en_dash()
    {
        const string text = "Các chi ủy rà soát theo Quy định số 90– của Bộ Chính trị.";
        var diagnostic = CitationTest.Single(text, "RL2001", "90–");
        Assert.Equal("Các chi ủy rà soát theo Quy định số 90-QĐ/TW của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Symbol_without_issuer_is_reported_and_completed()
    {
        const string text = "Triển khai Quy định số 08-QĐi ngày 25/10/2018 về trách nhiệm nêu gương.";
        var diagnostic = CitationTest.Single(text, "RL2001", "08-QĐi");
        Assert.Equal("Số, ký hiệu “08-QĐi” sai dạng: thiếu ký hiệu cơ quan ban hành sau dấu “/”", CitationTest.Vi(diagnostic));
        Assert.Equal("Triển khai Quy định số 08-QĐi/TW ngày 25/10/2018 về trách nhiệm nêu gương.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Việc quy hoạch chưa đúng Quyết định số 215-QĐ/ ngày 12/3/2019 của Ban Thường vụ Huyện ủy về phân cấp cán bộ.", "215-QĐ/HU")]
    [InlineData("Việc quy hoạch chưa đúng Quyết định số 215-QĐ/ ngày 12/3/2019 của BTV Huyện ủy về phân cấp cán bộ.", "215-QĐ/HU")]
    [InlineData("Việc quy hoạch chưa đúng Quyết định số 215-QĐ ngày 12/3/2019 của Ban Thường vụ Huyện ủy về phân cấp cán bộ.", "215-QĐ/HU")]
    [InlineData("Triển khai Quy định số 08-QĐi/ ngày 25/10/2018 về trách nhiệm nêu gương.", "08-QĐi/TW")] // the knowledge base
    public void Symbol_without_issuer_is_completed_from_the_named_issuer(string text, string symbol)
    {
        var written = symbol[..symbol.IndexOf('/', StringComparison.Ordinal)];
        var diagnostic = CitationTest.Single(text, "RL2001", written);
        Assert.Equal("Số, ký hiệu “" + written + "” sai dạng: thiếu ký hiệu cơ quan ban hành sau dấu “/”", CitationTest.Vi(diagnostic));
        var fixedText = RuleTester.ApplyFirstFix(text, diagnostic);
        Assert.Equal(text.Replace(written + "/ ", symbol + " ", StringComparison.Ordinal).Replace(written + " ", symbol + " ", StringComparison.Ordinal), fixedText);
    }

    [Fact]
    public void Symbol_without_issuer_is_completed_from_the_drafts_own_full_citation()
    {
        const string text = "Căn cứ Kế hoạch số 45-KH/CCB ngày 12/01/2026 của Hội Cựu chiến binh huyện.\nThực hiện Kế hoạch số 45-KH/ ngày 12/01/2026, các chi hội họp.\n";
        var diagnostic = CitationTest.Single(text, "RL2001", "45-KH", after: "\n");
        Assert.Equal(text.Replace("45-KH/ ngày", "45-KH/CCB ngày", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Symbol_without_issuer_and_nothing_to_complete_it_has_no_fix()
    {
        const string text = "Các chi bộ thực hiện Quyết định số 215-QĐ/ về quy hoạch cán bộ.";
        Assert.Empty(CitationTest.Single(text, "RL2001", "215-QĐ").Fixes);
    }

    [Fact]
    public void En_dash_in_a_symbol_is_replaced_safely()
    {
        const string text = "Cấp ủy quán triệt Quy định số 205–QĐ/TW của Bộ Chính trị.";
        var diagnostic = CitationTest.Single(text, "RL2001", "–");
        Assert.Equal("Số, ký hiệu “205–QĐ/TW” sai dạng: trong số, ký hiệu dùng dấu gạch nối “-”, không dùng dấu gạch ngang", CitationTest.Vi(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Cấp ủy quán triệt Quy định số 205-QĐ/TW của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void En_dash_symbol_is_still_read_as_the_document()
    {
        // Read as 05-CT/TW, the wrong issuer is caught too, and no "incomplete citation" is reported.
        var found = RuleTester.Lint("Thực hiện Chỉ thị số 05–CT/TW ngày 15/5/2016 của Ban Chấp hành Trung ương.").Where(d => d.Id.StartsWith("RL2")).Select(d => d.Id);
        Assert.Equal(["RL2001", "RL2009"], found);
    }

    [Theory]
    [InlineData("Quy định số 144 -QĐ/TW ngày 09/5/2024 của Bộ Chính trị.", "144 -QĐ/TW")]
    [InlineData("Quy định số 144- QĐ/TW ngày 09/5/2024 của Bộ Chính trị.", "144- QĐ/TW")]
    [InlineData("Quy định số 144 – QĐ/TW ngày 09/5/2024 của Bộ Chính trị.", "144 – QĐ/TW")]
    public void Spaces_around_the_dash_of_a_symbol_are_removed_safely(string text, string written)
    {
        var diagnostic = CitationTest.Single(text, "RL2001", written);
        Assert.Equal($"Số, ký hiệu “{written}” sai dạng: không có khoảng trắng quanh dấu gạch nối", CitationTest.Vi(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
        // Read as the symbol: a complete citation of the known document, so nothing else in the family.
        Assert.Equal(["RL2001"], RuleTester.Lint(text).Where(d => d.Id.StartsWith("RL2", StringComparison.Ordinal)).Select(d => d.Id));
    }

    [Theory]
    [InlineData("Thông tư số 342/2016/TT- BTC ngày 30/12/2016 của Bộ Tài chính.", "342/2016/TT- BTC", "342/2016/TT-BTC", "dấu gạch nối")]
    [InlineData("Quyết định số 25/QĐ- UBND ngày 05/01/2026 của UBND tỉnh.", "25/QĐ- UBND", "25/QĐ-UBND", "dấu gạch nối")]
    [InlineData("Chỉ thị số 07-CT/ TU ngày 10/3/2026 của Ban Thường vụ Tỉnh ủy.", "07-CT/ TU", "07-CT/TU", "dấu “/”")]
    [InlineData("Quyết định số 25 /QĐ-UBND ngày 05/01/2026 của UBND tỉnh.", "25 /QĐ-UBND", "25/QĐ-UBND", "dấu “/”")]
    public void A_space_inside_the_codes_of_a_symbol_is_removed_safely(string text, string written, string right, string mark)
    {
        var diagnostic = CitationTest.Single(text, "RL2001", written);
        Assert.Equal($"Số, ký hiệu “{written}” sai dạng: không có khoảng trắng quanh {mark}", CitationTest.Vi(diagnostic));
        Assert.Equal(text.Replace(written, right, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL1001")); // the codes are the symbol's, not abbreviations to define
    }

    [Theory]
    [InlineData("Giai đoạn 2021-2025/ UBND tỉnh chỉ đạo sát sao.")]
    [InlineData("Tỷ lệ 45/ 50 xã đạt chuẩn.")]
    [InlineData("Quyết định số 12/QĐ-UBND - UBND tỉnh ban hành kèm theo.")]
    [InlineData("Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.")]
    [InlineData("Giai đoạn 2020 - 2025, nhiệm kỳ 2020 -2025 và năm 2021- 2022.")]
    [InlineData("Số 15 - HS là mã hồ sơ.")]
    [InlineData("Kế hoạch 2021- 2025 đã được thông qua.")]
    [InlineData("Nghị quyết số 12 giai đoạn 2020- 2025 được ban hành.")]
    [InlineData("Quyết định 15- 20 ngày là thời hạn xử lý.")]
    [InlineData("Học sinh lớp 12-A1 tham gia hội thi.")]
    [InlineData("Kế hoạch 5- 10 năm tới được xây dựng; thực hiện kế hoạch 45- ngày.")] // a range; a type word in lower case
    [InlineData("Giai đoạn 2020–2025 và năm 2021 – 2022.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2001"));
}
