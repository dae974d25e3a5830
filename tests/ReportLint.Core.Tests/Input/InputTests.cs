using System.Text;
using ReportLint.Core.Input;
using ReportLint.Core.Syntax;

namespace ReportLint.Core.Tests.Input;

public class InputTests
{
    [Fact]
    public void Utf8_with_and_without_bom_and_utf16_with_bom_decode()
    {
        Assert.Equal("ủy", TextDecoder.Decode("a", Encoding.UTF8.GetBytes("ủy")).Text);
        var (withBom, encoding) = TextDecoder.Decode("a", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ủy")]);
        Assert.Equal("ủy", withBom);
        Assert.True(encoding.HasBom);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("x")], encoding.GetBytes("x"));
        Assert.Equal("ủy", TextDecoder.Decode("a", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ủy")]).Text);
        Assert.Equal("ủy", TextDecoder.Decode("a", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("ủy")]).Text);
    }

    [Fact]
    public void Invalid_utf8_is_a_clear_error()
    {
        var error = Assert.Throws<InputException>(() => TextDecoder.Decode("x.txt", [0x41, 0xC3, 0x28]));
        Assert.Equal("không phải văn bản UTF-8 hợp lệ (byte 0xC3 ở vị trí 1); hãy lưu lại tệp với mã hóa UTF-8", error.Reason.Vi);
    }

    [Fact]
    public void Markdown_prose_excludes_code_urls_and_html()
    {
        const string text = "# Tiêu đề\n\nVăn `mã` và [liên kết](https://a.vn/x).\n\n```\ncode  here\n```\n<div>html</div>\n";
        var prose = MarkdownProse.Extract(text);
        var document = ReportDocument.Create("a.md", new Core.Text.SourceText(text), DocumentKind.Markdown, prose.Excluded);
        var words = document.Paragraphs.SelectMany(p => p.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => p.GetString(t))).ToList();
        Assert.Equal(["Tiêu", "đề", "Văn", "và", "liên", "kết"], words);
    }

    [Fact]
    public void A_Markdown_paragraph_wrapped_over_lines_is_one_paragraph_of_the_tree()
    {
        const string text = "# Tiêu đề\n\nTỷ lệ đạt\n95%, vượt kế hoạch.\n\n- mục một\n  viết tiếp\n- mục hai\n\n> trích\n> dẫn\n";
        var prose = MarkdownProse.Extract(text);
        Assert.Equal([new ParagraphLines(2, 3), new ParagraphLines(5, 6), new ParagraphLines(9, 10)], prose.MultiLine);

        var document = prose.CreateDocument("a.md", new Core.Text.SourceText(text), DocumentKind.Markdown, previous: null);
        Assert.Equal(["# Tiêu đề\n", "\n", "Tỷ lệ đạt\n95%, vượt kế hoạch.\n", "\n", "- mục một\n  viết tiếp\n", "- mục hai\n", "\n", "> trích\n> dẫn\n"],
            document.Paragraphs.Select(p => p.Text));
        Assert.Equal(Enumerable.Range(0, 8), document.Paragraphs.Select(p => p.Index));
        Assert.Equal(text.IndexOf("Tỷ", StringComparison.Ordinal), document.Paragraphs[2].Start);
        Assert.Single(document.Paragraphs[2].Sentences);
        Assert.Empty(MarkdownProse.Extract("Một dòng.\n\nDòng khác.\n").MultiLine);
    }

    [Fact]
    public void A_plain_text_hard_wrapped_at_a_fixed_width_is_read_by_paragraph()
    {
        const string text =
            "BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2025\n" +
            "\n" +
            "Trong năm qua, Ban Thường vụ Huyện ủy đã tập trung lãnh đạo, chỉ đạo các\n" +
            "tổ chức cơ sở đảng triển khai thực hiện nghiêm túc các nghị quyết của\n" +
            "cấp trên. Kết quả đạt được là toàn diện trên các lĩnh vực công tác.\n" +
            "a) Về công tác tổ chức: kiện toàn bộ máy theo hướng tinh gọn, hiệu quả,\n" +
            "phù hợp với tình hình thực tiễn của địa phương trong giai đoạn mới.\n";
        var input = new PlainTextReader().Read("a.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal([new ParagraphLines(2, 4), new ParagraphLines(5, 6)], input.Prose.MultiLine);
        Assert.Equal(4, input.CreateDocument().Paragraphs.Count); // the heading, the blank line, two paragraphs
    }

    [Fact]
    public void A_wrap_by_hand_may_leave_a_line_longer_than_the_others()
    {
        var lines = Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? "Trong năm qua, Ban Thường vụ Huyện đoàn đã tập trung chỉ đạo các cơ sở đoàn thực hiện"
            : "các chương trình, phong trào của tuổi trẻ huyện nhà, đạt nhiều kết quả tích cực.").ToList();
        lines[4] = "Trong năm qua, Ban Thường vụ Huyện đoàn đã tập trung chỉ đạo các cơ sở đoàn thực hiện nghiêm túc, đầy đủ, kịp thời, có hiệu quả thiết thực và";
        var input = new PlainTextReader().Read("a.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => new ParagraphLines(2 * i, 2 * i + 1)), input.Prose.MultiLine);
    }

    [Fact]
    public void A_wrapped_line_may_go_on_with_a_figure_but_a_numbered_item_opens_a_paragraph()
    {
        const string text =
            "Các cấp ủy đã quán triệt, triển khai thực hiện nghiêm túc và kịp thời Chỉ thị số\n" +
            "15-CT/HU ngày 10/3/2021 của Ban Thường vụ Huyện ủy; toàn huyện đã hỗ trợ được\n" +
            "125 hộ dân xây dựng nhà ở kiên cố, vượt kế hoạch đề ra trong năm của địa phương\n" +
            "1. Nhiệm vụ trọng tâm của năm tới là tiếp tục đẩy mạnh công tác tuyên truyền\n" +
            "2 Tổ công tác của huyện sẽ tiếp tục kiểm tra, đôn đốc các xã trong năm tới.\n";
        var input = new PlainTextReader().Read("a.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal([new ParagraphLines(0, 2)], input.Prose.MultiLine);
    }

    [Fact]
    public void A_line_with_a_hanging_indent_goes_on_with_the_item_above()
    {
        const string text = "Thành phần:\n   - Đại biểu khách mời (đại diện Phòng Nội vụ, Công an huyện\n     và Hội Nông dân huyện): 05 đồng chí.\n   - Bí thư các chi đoàn: 12 đồng chí.\n";
        var input = new PlainTextReader().Read("a.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal([new ParagraphLines(1, 2)], input.Prose.MultiLine);
    }

    [Theory]
    [InlineData("Một đoạn văn viết trên một dòng rất dài, như khi soạn trong Word rồi dán sang, không hề bị ngắt giữa chừng vì khổ giấy.\nvà dòng sau.\nDòng ba.\nDòng bốn.\n")]
    [InlineData("Dòng ngắn\nviết thường\nvà ngắn\nnữa\n")]
    public void A_plain_text_written_a_paragraph_per_line_keeps_its_lines(string text) =>
        Assert.Empty(new PlainTextReader().Read("a.txt", Encoding.UTF8.GetBytes(text)).Prose.MultiLine);

    [Fact]
    public void Markdown_suppression_comments_cover_the_next_line_or_a_range()
    {
        const string text = "<!-- reportlint-disable-next-line RL4004 -->\nmột  hai\nba\n<!-- reportlint-disable -->\nbốn\n<!-- reportlint-enable -->\nnăm\n";
        var map = MarkdownProse.Extract(text).Suppressions;
        var line2 = text.IndexOf("một", StringComparison.Ordinal);
        Assert.True(map.IsSuppressed("RL4004", line2 + 3));
        Assert.False(map.IsSuppressed("RL4001", line2 + 3));
        Assert.False(map.IsSuppressed("RL4004", text.IndexOf("ba", StringComparison.Ordinal)));
        Assert.True(map.IsSuppressed("RL3001", text.IndexOf("bốn", StringComparison.Ordinal)));
        Assert.False(map.IsSuppressed("RL3001", text.IndexOf("năm", StringComparison.Ordinal)));
    }

    [Fact]
    public void Docx_body_text_is_read_one_line_per_paragraph()
    {
        var bytes = DocxBuilder.Build(["Báo cáo", "Tỉnh ủy"]);
        var input = new DocxReader().Read("a.docx", bytes);
        Assert.Equal("Báo cáo\nTỉnh ủy", input.Text.Text);
        Assert.Throws<InputException>(() => new DocxReader().Read("b.docx", [1, 2, 3]));
    }
}

/// <summary>Writes the smallest .docx a reader needs (a zip with word/document.xml).</summary>
internal static class DocxBuilder
{
    public static byte[] Build(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("word/document.xml");
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            foreach (var paragraph in paragraphs)
            {
                writer.Write($"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(paragraph)}</w:t></w:r></w:p>");
            }
            writer.Write("</w:body></w:document>");
        }
        return stream.ToArray();
    }
}

public class DocxReaderTests
{
    [Fact]
    public void Run_tabs_and_breaks_are_text_tab_stops_are_not_and_nothing_after_a_w_t_is_skipped()
    {
        var docx = TestDocx.Create(
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\" /></w:tabs></w:pPr>"
            + "<w:r><w:t>Số</w:t><w:tab /><w:t>12</w:t><w:br /><w:t>Hà Nội</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>");
        Assert.Equal("Số\t12\nHà Nội\n ", new DocxReader().Read("a.docx", docx).Text.Text);
    }

    private static string Cell(params string[] paragraphs) => CellWith("", paragraphs);

    private static string CellWith(string properties, params string[] paragraphs) =>
        "<w:tc>" + properties + string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>")) + "</w:tc>";

    private static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    private static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string Read(string body) => new DocxReader().Read("a.docx", TestDocx.Create(body)).Text.Text;

    [Fact]
    public void A_table_is_one_line_per_row_with_its_cells_parted_by_tabs()
    {
        var body = Paragraph("Kết quả:")
            + "<w:tbl><w:tblGrid><w:gridCol /><w:gridCol /><w:gridCol /></w:tblGrid>"
            + Row(Cell("Đơn vị"), Cell("Số hộ"), Cell("Số khẩu"))
            + Row(Cell("Xã Hòa An"), Cell("120"), Cell("480"))
            + "</w:tbl>" + Paragraph("Hết.");
        Assert.Equal("Kết quả:\nĐơn vị\tSố hộ\tSố khẩu\nXã Hòa An\t120\t480\nHết.", Read(body));
    }

    [Fact]
    public void A_cell_s_paragraphs_tabs_and_breaks_stay_on_the_row_s_line_as_vertical_tabs()
    {
        var body = "<w:tbl>" + Row(Cell("Số tiền", "(đồng)"), Cell(""),
            "<w:tc><w:p><w:r><w:t>a</w:t><w:tab /><w:t>b</w:t><w:br /><w:t>c</w:t></w:r></w:p></w:tc>") + "</w:tbl>";
        Assert.Equal("Số tiền\v(đồng)\t\ta\vb\vc", Read(body));
    }

    [Fact]
    public void Merged_and_skipped_grid_columns_read_as_empty_cells_so_every_row_keeps_its_columns()
    {
        var body = "<w:tbl>"
            + Row(Cell("Chỉ tiêu"), CellWith("<w:tcPr><w:gridSpan w:val=\"2\" /></w:tcPr>", "Năm 2025"), Cell("Ghi chú"))
            + Row(CellWith("<w:tcPr><w:vMerge w:val=\"restart\" /></w:tcPr>", "Lúa"), Cell("12"), Cell("15"), Cell(""))
            + Row(CellWith("<w:tcPr><w:vMerge /></w:tcPr>", ""), Cell("13"), Cell("16"), Cell(""))
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\" /><w:gridAfter w:val=\"1\" /></w:trPr>" + Cell("25") + Cell("31") + "</w:tr>"
            + "</w:tbl>";
        Assert.Equal("Chỉ tiêu\tNăm 2025\t\tGhi chú\nLúa\t12\t15\t\n\t13\t16\t\n\t25\t31\t", Read(body));
    }

    [Fact]
    public void Two_tables_that_touch_are_parted_by_an_empty_line_and_a_paragraph_between_tables_adds_none()
    {
        var first = "<w:tbl>" + Row(Cell("Xã"), Cell("Số hộ")) + Row(Cell("Hòa An"), Cell("120")) + "</w:tbl>";
        var second = "<w:tbl>" + Row(Cell("Chỉ tiêu"), Cell("Kế hoạch"), Cell("Thực hiện")) + Row(Cell("Lúa"), Cell("12"), Cell("15")) + "</w:tbl>";
        Assert.Equal("Xã\tSố hộ\nHòa An\t120\n\nChỉ tiêu\tKế hoạch\tThực hiện\nLúa\t12\t15\nHết.", Read(first + second + Paragraph("Hết.")));
        Assert.Equal("Xã\tSố hộ\nHòa An\t120\nGiữa\nChỉ tiêu\tKế hoạch\tThực hiện\nLúa\t12\t15", Read(first + Paragraph("Giữa") + second));
    }

    [Fact]
    public void A_table_holding_a_table_is_read_one_line_per_paragraph()
    {
        var inner = "<w:tbl>" + Row(Cell("Con"), Cell("1")) + "</w:tbl>";
        var body = "<w:tbl>" + Row(Cell("Mục"), "<w:tc>" + Paragraph("Trên") + inner + "</w:tc>") + "</w:tbl>" + Paragraph("Sau");
        Assert.Equal("Mục\nTrên\nCon\n1\nSau", Read(body));
    }
}
