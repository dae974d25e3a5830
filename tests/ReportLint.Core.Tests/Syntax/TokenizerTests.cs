using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Syntax;

public class TokenizerTests
{
    private static List<(TokenKind Kind, string Text)> Tokens(string text)
    {
        var syntax = ParagraphSyntax.Parse(text);
        return syntax.Tokens.Select(t => (t.Kind, syntax.GetString(t))).ToList();
    }

    private static (TokenKind Kind, string Text) Single(string text) => Assert.Single(Tokens(text));

    [Theory]
    [InlineData("93.346")]
    [InlineData("19,22%")]
    [InlineData("1/4")]
    [InlineData("25/10/2018")]
    [InlineData("8-2020")]
    [InlineData("2020-2025")]
    [InlineData("10-10-2012")]
    [InlineData("3.751/5.010")]
    public void Vietnamese_numbers_are_one_number_token(string text) => Assert.Equal((TokenKind.Number, text), Single(text));

    [Theory]
    [InlineData("02-NQ/ĐUK")]
    [InlineData("08-QĐi/TW")]
    [InlineData("30/2020/NĐ-CP")]
    [InlineData("123/QĐ-UBND")]
    [InlineData("18/NQ-TW")]
    [InlineData("36-HD/VPTW")]
    public void Document_symbols_are_one_token(string text) => Assert.Equal((TokenKind.DocumentSymbol, text), Single(text));

    [Theory]
    [InlineData("ĐBQH")]
    [InlineData("T.Ư")]
    [InlineData("UVT.Ư")]
    [InlineData("CTr")]
    [InlineData("QĐi")]
    [InlineData("TVTU")]
    [InlineData("KT-XH")]
    [InlineData("UBND")]
    [InlineData("BCH")]
    [InlineData("TW")]
    [InlineData("v.v")]
    [InlineData("KH&CN")]
    [InlineData("GD&ĐT")]
    [InlineData("NN&PTNT")]
    [InlineData("QP&AN")]
    public void Abbreviations_are_one_token(string text) => Assert.Equal((TokenKind.Abbreviation, text), Single(text));

    [Theory]
    [InlineData("XII")]
    [InlineData("XIII")]
    [InlineData("IV")]
    [InlineData("XL")]
    [InlineData("XIIII")]
    public void Roman_numerals_are_recognised(string text) => Assert.Equal((TokenKind.RomanNumeral, text), Single(text));

    [Theory]
    [InlineData("BÁO")]
    [InlineData("NINH")]
    [InlineData("TRONG")]
    [InlineData("Tỉnh")]
    [InlineData("ủy")]
    [InlineData("nghiệp")]
    [InlineData("CC", TokenKind.Abbreviation)]
    [InlineData("COVID-19", TokenKind.Code)]
    [InlineData("8h30", TokenKind.Code)]
    public void Words_and_codes(string text, TokenKind kind = TokenKind.Word) => Assert.Equal((kind, text), Single(text));

    [Theory]
    [InlineData("Vận&Động")]
    [InlineData("NAM&NỮ")] // two upper-case syllables of a heading
    [InlineData("R&d")]
    [InlineData("KH &CN")]
    public void An_ampersand_joins_only_capitals_written_together(string text) =>
        Assert.True(Tokens(text).Count > 1);

    [Fact]
    public void The_first_word_of_a_sentence_is_found_from_any_of_its_tokens()
    {
        var paragraph = ReportDocument.Create("t.txt", new SourceText("- “Trên đây là báo cáo. Hai câu.")).Paragraphs[0];
        string Word(int index) => paragraph.GetString(paragraph.Tokens[index]);
        var lastOfFirst = paragraph.Sentences[0].EndToken - 1;
        Assert.Equal("Trên", Word(paragraph.FirstWordOfSentence(lastOfFirst)));
        Assert.Equal("Trên", Word(paragraph.FirstWordOfSentence(0))); // the bullet belongs to the sentence too
        Assert.Equal("Hai", Word(paragraph.FirstWordOfSentence(paragraph.Tokens.Count - 1)));
        Assert.Equal(-1, paragraph.FirstWordOfSentence(paragraph.Tokens.Count));
    }

    [Fact]
    public void Decomposed_text_stays_one_word_and_is_flagged()
    {
        var decomposed = "Nghị".Normalize(NormalizationForm.FormD);
        var token = Assert.Single(ParagraphSyntax.Parse(decomposed).Tokens);
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal(decomposed.Length, token.Length);
        Assert.True(token.Has(TokenFlags.CombiningMarks));
        Assert.False(Assert.Single(ParagraphSyntax.Parse("Nghị").Tokens).Has(TokenFlags.CombiningMarks));
    }

    [Theory]
    [InlineData("https://tinhuy.gov.vn/tin-tuc?id=1", TokenKind.Url)]
    [InlineData("www.dangcongsan.vn", TokenKind.Url)]
    [InlineData("tinhuy.gov.vn", TokenKind.Url)]
    [InlineData("vanphong@tinhuy.gov.vn", TokenKind.Email)]
    public void Web_addresses(string text, TokenKind kind) => Assert.Equal((kind, text), Single(text));

    [Theory]
    [InlineData("bao-cao_2026.docx")]
    [InlineData("Mau-01.PDF")]
    [InlineData("clip.mp4")]
    [InlineData("RESULT.md")] // an upper-case name before a lower-case extension
    public void File_names_are_one_token(string text) => Assert.Equal((TokenKind.Url, text), Single(text));

    [Fact]
    public void A_bare_extension_is_one_token_after_a_space_a_bracket_or_a_word()
    {
        Assert.Equal(
            [(TokenKind.Word, "dạng"), (TokenKind.Space, " "), (TokenKind.Url, ".doc"), (TokenKind.Space, " "), (TokenKind.Punctuation, "("),
             (TokenKind.Url, ".pdf"), (TokenKind.Punctuation, ")"), (TokenKind.Punctuation, ","), (TokenKind.Space, " "), (TokenKind.Word, "cáo"),
             (TokenKind.Url, ".xlsx"), (TokenKind.Punctuation, ".")],
            Tokens("dạng .doc (.pdf), cáo.xlsx."));
    }

    [Theory]
    [InlineData("tốt.Doc")] // mixed case: a sentence that lost its space
    [InlineData("môn.docs")] // not a known extension
    [InlineData("xong.pdfđ")] // a letter goes on
    public void A_dot_before_other_letters_stays_punctuation(string text) =>
        Assert.Contains((TokenKind.Punctuation, "."), Tokens(text));

    [Fact]
    public void A_url_does_not_swallow_the_closing_punctuation()
    {
        Assert.Equal(
            [(TokenKind.Punctuation, "("), (TokenKind.Url, "https://a.gov.vn/x"), (TokenKind.Punctuation, ")"), (TokenKind.Punctuation, ".")],
            Tokens("(https://a.gov.vn/x)."));
    }

    [Fact]
    public void Missing_space_after_a_full_stop_keeps_the_words_apart()
    {
        Assert.Equal(
            [(TokenKind.Word, "môn"), (TokenKind.Punctuation, "."), (TokenKind.Word, "Vai")],
            Tokens("môn.Vai"));
    }

    [Fact]
    public void Whitespace_kinds_and_punctuation()
    {
        Assert.Equal(
            [
                (TokenKind.Word, "kỳ"), (TokenKind.Space, " "), (TokenKind.NoBreakSpace, "\u00A0"), (TokenKind.Tab, "\t"),
                (TokenKind.Punctuation, "“"), (TokenKind.Word, "mới"), (TokenKind.Punctuation, "”"), (TokenKind.Invisible, "\u200B"),
                (TokenKind.Punctuation, "–"), (TokenKind.Punctuation, "…"), (TokenKind.Punctuation, "./."), (TokenKind.LineBreak, "\r\n"),
            ],
            Tokens("kỳ \u00A0\t“mới”\u200B–…./.\r\n"));
    }

    [Fact]
    public void Dangling_dash_after_a_number_is_punctuation()
    {
        Assert.Equal(
            [(TokenKind.Number, "08"), (TokenKind.Punctuation, "-"), (TokenKind.Space, " "), (TokenKind.Word, "ngày")],
            Tokens("08- ngày"));
    }

    [Fact]
    public void Excluded_ranges_become_markup_tokens()
    {
        var syntax = ParagraphSyntax.Parse("a `code` b", [new TextSpan(2, 6)]);
        Assert.Equal(
            [TokenKind.Word, TokenKind.Space, TokenKind.Markup, TokenKind.Space, TokenKind.Word],
            syntax.Tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Sentences_split_at_terminal_punctuation_followed_by_space()
    {
        var syntax = ParagraphSyntax.Parse("Câu một. Câu hai? Ba.Bốn");
        Assert.Equal(["Câu một. ", "Câu hai? ", "Ba.Bốn"],
            syntax.Sentences.Select(s => syntax.Text.Substring(s.Span.Start, s.Span.Length)));
    }

    [Fact]
    public void A_foreach_over_the_sentences_allocates_nothing()
    {
        // Rules walk the sentences of every paragraph: an enumerator object each time was ≈0.9 MB per MB of text.
        var syntax = ParagraphSyntax.Parse("Câu một. Câu hai? Câu ba.");
        var tokens = 0;
        foreach (var sentence in syntax.Sentences)
        {
            tokens += sentence.TokenCount;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            foreach (var sentence in syntax.Sentences)
            {
                tokens += sentence.TokenCount;
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3, syntax.Sentences.Count);
        Assert.True(tokens > 0);
        // An enumerator per loop (32 bytes at least) would pass 320,000; the counter can move by an 8 KB quantum.
        Assert.True(allocated < 64_000, $"{allocated} bytes for 10,000 loops");
    }

    [Fact]
    public void Tokens_cover_arbitrary_unicode_exactly_in_order_without_overlap()
    {
        var random = new Random(20261122);
        string[] pieces =
        [
            "Nghị quyết", "02-NQ/ĐUK", "93.346", "19,22%", "T.Ư", "UVT.Ư", "ĐBQH", "XIII", "tinhuy.gov.vn", "https://a.vn/b?c=d",
            "a@b.vn", "“", "”", "‘", "’", "(", ")", "...", "./.", "…", " ", "  ", "\u00A0", "\t", "\n", "\r\n", "\r", "\u2028",
            "\u200B", "\u00AD", "e\u0302\u0323", "\u0301", "😀", "\uD800", "\uDC00", "€", "+", "-", "–", "/", ".", ",", "08-", "COVID-19",
        ];
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 25);
            for (var p = 0; p < count; p++)
            {
                if (random.Next(3) == 0)
                {
                    builder.Append((char)random.Next(0, 0x10000));
                }
                else
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }
            }
            AssertCovers(builder.ToString());
        }
    }

    private static void AssertCovers(string text)
    {
        var document = ReportDocument.Create("random.txt", new SourceText(text));
        var position = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            Assert.Equal(position, paragraph.Start);
            var local = 0;
            foreach (var token in paragraph.Tokens)
            {
                Assert.Equal(local, token.Start);
                Assert.True(token.Length > 0, $"empty token in {Escape(text)}");
                local = token.End;
            }
            Assert.Equal(paragraph.Text.Length, local);
            var sentenceEnd = 0;
            foreach (var sentence in paragraph.Sentences)
            {
                Assert.Equal(sentenceEnd, sentence.FirstToken);
                sentenceEnd = sentence.EndToken;
            }
            Assert.Equal(paragraph.Tokens.Count, sentenceEnd);
            position += paragraph.Text.Length;
        }
        Assert.Equal(text.Length, position);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
