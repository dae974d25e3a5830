using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class InvalidSyllableTests
{
    [Fact]
    public void Reports_a_dropped_final_with_the_lexicon_word_first()
    {
        const string text = "Hội nghị đã bầu cấ ủy viên khóa mới.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal(16, diagnostic.Span.Start);
        Assert.Equal(2, diagnostic.Span.Length);
        Assert.Equal("“cấ” không phải là âm tiết tiếng Việt hợp lệ; có phải “cấp”?", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“cấ” is not a valid Vietnamese syllable; did you mean “cấp”?", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Hội nghị đã bầu cấp ủy viên khóa mới.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_name_syllable_in_lower_case_is_offered_its_capital_first()
    {
        const string text = "Đồng chí nguyễn Văn Hùng phát biểu.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal("nguyễn", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“nguyễn” không phải là âm tiết tiếng Việt hợp lệ; nếu là tên riêng, viết hoa “Nguyễn”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“nguyễn” is not a valid Vietnamese syllable; if it is a name, capitalize it: “Nguyễn”", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal("Đồng chí Nguyễn Văn Hùng phát biểu.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text.Replace("nguyễn", "Nguyễn", StringComparison.Ordinal), "RL3001"));
    }

    [Fact]
    public void A_suggestion_that_joins_a_stray_piece_replaces_both_pieces()
    {
        // A heading in capitals is left to RL3001 (RL3013 reads capitals as abbreviations), but its fix must not leave `H`.
        const string text = "KẾ HOẠC H CÔNG TÁC NĂM 2025";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3013"));
        Assert.Equal("RL3001", diagnostic.Id);
        Assert.Equal("HOẠC", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("KẾ HOẠCH CÔNG TÁC NĂM 2025", RuleTester.ApplyFirstFix(text, diagnostic));
        // Another suggestion replaces the word alone.
        var other = diagnostic.Fixes.Single(f => f.Title.Vi.Contains("HOẶC", StringComparison.Ordinal));
        Assert.Equal("KẾ HOẶC H CÔNG TÁC NĂM 2025", FixAllApplier.Apply(text, [other]));
    }

    [Fact]
    public void A_piece_of_a_word_split_within_a_line_is_left_to_RL3013()
    {
        const string text = "Ban Tuyên giáo đã đẩy mạnh công tác tuyên truyề n về nghị quyết.";
        Assert.Empty(RuleTester.Lint(text, "RL3001"));
    }

    [Theory]
    [InlineData("Các đơn vị đã thưc hiện tốt.", "thưc", "thực")]
    [InlineData("Tổ chức tâp huấn cho cán bộ.", "tâp", "tập")]
    [InlineData("Kết qủa thực hiện nhiệm vụ.", "qủa", "quả")]
    [InlineData("Giá trị sản xuất tăng môt phần.", "môt", "một")]
    [InlineData("Đánh gía kết quả năm qua.", "gía", "giá")]
    [InlineData("Tăng cường công tác kiểm tra, giám sát cuả cấp ủy.", "cuả", "của")]
    [InlineData("Công tác xây dựngg đảng được chú trọng.", "dựngg", "dựng")]
    [InlineData("Đây là công vieejc quan trọng.", "vieejc", "việc")]
    [InlineData("Đây là công vie6c5 quan trọng.", "vie6c5", "việc")]
    [InlineData("Ban Nghieem túc kiểm điểm.", "Nghieem", "Nghiêm")]
    [InlineData("Cacs đơn vị đã họp.", "Cacs", "Các")]
    [InlineData("Ủy ban nhân dân Thàn Phố đã họp.", "Thàn", "Thành")]
    [InlineData("Ban Thườg vụ Huyện ủy họp.", "Thườg", "Thường")]
    [InlineData("Các đồng chí đã thuc hiện nghiêm túc.", "thuc", "thực")]
    [InlineData("BÁO CÁO KẾT QỦA CÔNG TÁC", "QỦA", "QUẢ")]
    public void Reports_typos_with_the_intended_word_first(string text, string typo, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal(typo, RuleTester.SpanText(text, diagnostic));
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII về COVID-19 và Internet.")]
    [InlineData("Đảng ủy Khối hoà hợp, khoá họp, thuỷ lợi, hòa bình, khóa học, thủy sản, quý báu, ủy ban.")]
    [InlineData("Các cán bộ làm việc online qua Zalo, email và Facebook.")]
    [InlineData("Ông Nguyễn Văn A, đại biểu tỉnh Đắk Lắk, phát biểu.")]
    [InlineData("UBND, HĐND, ĐBQH, TVTU, T.Ư, KT-XH, v.v. được viết tắt.")]
    [InlineData("Nghị quyết số 02-NQ/ĐUK ngày 10/10/2012, Nghị định 30/2020/NĐ-CP.")]
    [InlineData("Tỷ lệ học sinh dùng smartphone, tivi, video, game online đạt 95%.")]
    [InlineData("Đường kính 20 cm, diện tích 5 ha, công suất 10 kW, nặng 3 kg.")]
    [InlineData("Ông Lê Văn Sỹ, bà H'Hen Niê ở xã Ea Súp, tỉnh Bắc Kạn.")]
    [InlineData("Hội nghị APEC, WTO, ASEAN; đoàn đi Mát-xcơ-va, Oa-sinh-tơn và Pa-ri.")]
    [InlineData("Tiêm vắc-xin, đi ô-tô, nghe ra-đi-ô, dùng in-tơ-nét.")]
    [InlineData("Dự án “Internet of Things” và chương trình “Smart city” của tỉnh.")]
    [InlineData("Người dân đi xe bus, đổ gas, dùng mix.")]
    [InlineData("Khuya, khuỷu tay, ngoằn ngoèo, ngoặc đơn, quyết tâm, giặc giã, gìn giữ, giếng nước.")]
    [InlineData("Năm Giáp Tý, xã Y Tý, chờ một tý.")]
    [InlineData("Huyện Đăk Glei, xã Ea Yông, thôn Đrăng và huyện Krông Ana.")]
    [InlineData("Nông sản được bán trên sàn Voso, Postmart và Shopee.")]
    [InlineData("Đồng chí Hoàng Văn Páo, xã Sín Thầu, huyện Nậm Pồ, tỉnh Phông Xa Lỳ và nước Úc.")]
    [InlineData("Tuyến đường Đăk Rơ Ông - Ngọk Tem (huyện Ngọk Hrê); đồng chí Y Brăk Êban, bà Nay Y Blơng.")] // r/l clusters, final k
    [InlineData("NGỌK HRÊ, NGÀY 15 THÁNG 9 NĂM 2025")] // a name in a heading
    [InlineData("Đồng chí H'Zuăn Mlô, đồng chí Y Jôn Êban; các xã Ea Kuêh, Cư Pui.")] // f/j/w/z, final h
    [InlineData("Bà H'Yâm Niê và ông K’Nia tham gia tổ hòa giải.")] // after a one-letter prefix and apostrophe
    [InlineData("Anh A Hyưt thổi khèn, chị Y Bhin múa; tiếng đàn goong vang lên ở xã Ea Kmăt, buôn Mnông.")] // A/Y prefixes, clusters
    [InlineData("Chị Sùng Thị Mỷ và anh Lò Văn Pấng đã thoát nghèo.")] // a given name after Thị/Văn
    [InlineData("đ) Dự phòng chưa phân bổ; theo điểm đ khoản 2 Điều 5.")] // a letter for itself
    [InlineData("Chủ nghĩa Mác - Lênin; Hiệp định Giơnevơ năm 1954.")] // transliterated names
    [InlineData("Hỗ trợ 3 start-up, các start-up công nghệ; đo hàm lượng ôxy hòa tan.")] // foreign compounds, loanwords
    [InlineData("Phát huy vai trò nòng cốt của đoàn viên.")]
    [InlineData("Giải trình tự gen của vi rút; liệu pháp gen.")] // a loanword, no forgotten h
    [InlineData("Vùng đất đỏ bazan trồng cà phê; bón phân nitơ, khử trùng nước bằng clo; hàng muồng đen ven đường.")] // loanwords; `muồng` is a syllable
    [InlineData("Treo băng rôn, pa nô, áp phích và khẩu hiệu tuyên truyền.")] // loanwords of campaigns
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL3001", "RL3002"));

    [Theory]
    [InlineData("Đồng chí làm việc tại Hà Nộivà các tỉnh.", "Nộivà", "RL3002")] // glued to a common word: not a name
    [InlineData("Các đồng chí tham gia đầy đủ, thưc hiện tốt; huyện Ngọk Hrê.", "thưc", "RL3001")]
    [InlineData("Hỗ trợ khởi nghiệp đổi mới sáng tạo, tạo thêm vịêc làm.", "vịêc", "RL3001")]
    public void Still_reports_slips_beside_the_names(string text, string word, string id)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal((id, text.IndexOf(word, StringComparison.Ordinal), word.Length), (diagnostic.Id, diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void A_very_long_run_of_letters_is_handled_quickly()
    {
        var text = "Đoạn " + string.Concat(Enumerable.Repeat("việcđảng", 2000)) + " hết.";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal("RL3001", diagnostic.Id);
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void The_document_vocabulary_breaks_ties_between_candidates()
    {
        const string typo = "Điều đó là thưc.";
        Assert.Equal("thực", RuleTester.Lint(typo, "RL3001").Single().Fixes[0].Edits[0].NewText);

        var text = "Nâng cao nhận thức, kiến thức, ý thức; đổi mới hình thức, phương thức; công nhận chính thức.\n" + typo;
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal(text.Length - 5, diagnostic.Span.Start);
        Assert.Equal("thức", diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void A_neighbours_lexicon_pair_outweighs_how_often_the_document_uses_another_candidate()
    {
        var text = string.Concat(Enumerable.Repeat("Hoàn thành nhiệm vụ nhiệm kỳ, bổ nhiệm, miễn nhiệm đúng trách nhiệm. ", 3))
            + "\nCác chi bộ chỉ đạo ngiêm túc việc rà soát.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal(text.IndexOf("ngiêm", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("nghiêm", diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Kết qủa thực hiện nhiệm vụ.", "qủa", new[] { "quả" })] // only the tone's place
    [InlineData("Các đơn vị đã thưc hiện tốt.", "thưc", new[] { "thực", "thức" })] // only the tone: the other tones stay
    public void A_plainly_meant_first_suggestion_keeps_few_others(string text, string word, string[] expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal(text.IndexOf(word, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(word.Length, diagnostic.Span.Length);
        Assert.Equal(expected, diagnostic.Fixes.Select(f => Assert.Single(f.Edits).NewText));
    }

    [Fact]
    public void Mark_only_slips_drop_letter_edits_when_the_document_writes_the_first()
    {
        const string text = "Trưởng thôn họp dân.\nĐồng chí trưởng thôn phát biểu.\nĐiểm truong thôn Bản Mo.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal(text.IndexOf("truong", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(["trưởng", "trương", "truông", "trường"], diagnostic.Fixes.Select(f => f.Edits[0].NewText));
    }

    [Theory]
    [InlineData("Điểm truong thôn Bản Mo.\n", new[] { "trưởng", "trương", "trong", "truông", "trường" })] // the document does not write `trưởng`
    [InlineData("Các cấ ủy đảng.\n", new[] { "cấp", "cấc", "cấm", "cấn", "cất" })] // a letter is missing
    public void Other_slips_keep_all_their_suggestions(string text, string[] expected) =>
        Assert.Equal(expected, Assert.Single(RuleTester.Lint(text, "RL3001")).Fixes.Select(f => f.Edits[0].NewText));

    [Theory]
    [InlineData("Công trình đã được ngiệm thu đúng hạn.", "ngiệm", "nghiệm")]
    [InlineData("Các chi bộ ngiêm túc thực hiện.", "ngiêm", "nghiêm")]
    public void A_forgotten_h_of_ngh_is_the_first_suggestion(string text, string word, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal(text.IndexOf(word, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void The_workspace_word_list_silences_a_word()
    {
        const string text = "Chương trình Tâp huấn năm nay.";
        Assert.Single(RuleTester.Lint(text, "RL3001"));
        var options = RuleTester.Options("""{ "words": ["tâp"] }""");
        Assert.Empty(RuleTester.Lint(text, options, "RL3001"));
    }

    [Theory]
    [InlineData("Đẩy mạnh công tác tuyêng truyền trong nhân dân.", "tuyêng", "tuyên")] // `tu` + `yêng` splits, but uyê is one syllable's vowels
    [InlineData("Cán bộ chuyêng trách của xã.", "chuyêng", "chuyên")]
    [InlineData("Vận động quyêng góp ủng hộ.", "quyêng", "quyên")]
    [InlineData("Ngồi bêng cạnh nhau.", "bêng", "bên")]
    [InlineData("Đi tơng các xã.", "tơng", "tăng")]
    public void A_final_the_vowels_never_take_is_one_misspelt_syllable(string text, string word, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal(("RL3001", text.IndexOf(word, StringComparison.Ordinal), word.Length), (diagnostic.Id, diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal($"“{word}” không phải là âm tiết tiếng Việt hợp lệ; có phải “{expected}”?", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void One_run_of_vowels_no_syllable_holds_is_two_syllables_run_together()
    {
        const string text = "Chúng tôi đã gặp ngườiấy ở xã.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal(("RL3002", "ngườiấy"), (diagnostic.Id, RuleTester.SpanText(text, diagnostic)));
        Assert.Equal("Chúng tôi đã gặp người ấy ở xã.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Tuyên truyền, quyên góp, chuyên trách, nguyên nhân; đàn yểng hót bên cạnh người ấy.")]
    [InlineData("Phương hướng, tương đương, khuyên răn, khuynh hướng, luyện tập, chuyện trò.")]
    public void Is_silent_on_the_rimes_the_new_reading_touches(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL3001", "RL3002"));

    [Fact]
    public void Reports_merged_syllables_with_the_split()
    {
        const string text = "Một số đơn vị vẫncòn chậm.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal("RL3002", diagnostic.Id);
        Assert.Equal(14, diagnostic.Span.Start);
        Assert.Equal(6, diagnostic.Span.Length);
        Assert.Equal("“vẫncòn” là hai âm tiết viết liền; có phải “vẫn còn”?", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Một số đơn vị vẫn còn chậm.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Lực lượng côngan xã đã vào cuộc.", "côngan", "công an")]
    [InlineData("Một số nơi vẫncònnhiều khó khăn.", "vẫncònnhiều", "vẫn còn nhiều")]
    [InlineData("Hội nghị THÀNHCÔNG tốt đẹp.", "THÀNHCÔNG", "THÀNH CÔNG")]
    public void Splits_two_or_three_merged_syllables(string text, string merged, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal("RL3002", diagnostic.Id);
        Assert.Equal(merged, RuleTester.SpanText(text, diagnostic));
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void The_corpus_typos_are_found_with_the_right_first_suggestion()
    {
        var ninhBinh = Corpus.NinhBinh;
        var typo = Assert.Single(RuleTester.Lint(ninhBinh, "RL3001"));
        Assert.Equal("cấ", RuleTester.SpanText(ninhBinh, typo));
        Assert.Equal("cấp", typo.Fixes[0].Edits[0].NewText);

        var khoi = Corpus.Khoi;
        var merged = Assert.Single(RuleTester.Lint(khoi, "RL3002"));
        Assert.Equal("vẫncòn", RuleTester.SpanText(khoi, merged));
        Assert.Equal("vẫn còn", merged.Fixes[0].Edits[0].NewText);
    }
}
