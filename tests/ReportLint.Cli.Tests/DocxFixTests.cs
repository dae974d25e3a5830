using ReportLint.Cli.Tests.Infrastructure;

namespace ReportLint.Cli.Tests;

public class DocxFixTests
{
    private const string Bold = "<w:r><w:rPr><w:b /></w:rPr><w:t>Báo cáo</w:t></w:r>";
    private const string Italic = "<w:r><w:rPr><w:i /></w:rPr><w:t xml:space=\"preserve\"> thời kỳ</w:t></w:r>";

    [Fact]
    public void Fix_writes_safe_fixes_into_the_docx_and_keeps_the_runs_and_other_entries()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.WriteBytes("bao-cao.docx", DocxFile.Create(
            "<w:p>" + Bold + "<w:r><w:t xml:space=\"preserve\"> kết quả ,</w:t></w:r>" + Italic
            + "<w:r><w:t xml:space=\"preserve\">  mới.</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Học tập</w:t><w:tab /><w:t>( theo kế hoạch).</w:t></w:r></w:p>"));
        var before = DocxFile.Entries(path);

        var result = workspace.Run("check", "bao-cao.docx", "--fix", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"fixesApplied\": 3", result.Stdout);
        Assert.Equal(DocxFile.Document(
            "<w:p>" + Bold + "<w:r><w:t xml:space=\"preserve\"> kết quả,</w:t></w:r>" + Italic
            + "<w:r><w:t xml:space=\"preserve\"> mới.</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Học tập</w:t><w:tab /><w:t>(theo kế hoạch).</w:t></w:r></w:p>"), DocxFile.DocumentXml(path));
        Assert.Equal(before.Where(e => e.Name != DocxFile.DocumentPart), DocxFile.Entries(path).Where(e => e.Name != DocxFile.DocumentPart));
        Assert.Empty(Directory.GetFiles(workspace.Root, "*.tmp"));

        var second = workspace.Run("check", "bao-cao.docx", "--fix");
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("Đã sửa", second.Stdout);
    }

    [Fact]
    public void Findings_and_fixes_in_two_tables_that_touch_point_at_their_own_cells()
    {
        static string Cell(string text) => $"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:tc>";
        static string Body(string first, string second) =>
            "<w:p><w:r><w:t>Kết quả:</w:t></w:r></w:p>"
            + "<w:tbl><w:tr>" + Cell("Nội dung") + Cell("Ghi chú") + "</w:tr><w:tr>" + Cell(first) + Cell("Xong") + "</w:tr></w:tbl>"
            + "<w:tbl><w:tr>" + Cell("Việc") + Cell("Kết quả") + "</w:tr><w:tr>" + Cell(second) + Cell("Tốt") + "</w:tr></w:tbl>"
            + "<w:p><w:r><w:t>Hết.</w:t></w:r></w:p>";
        using var workspace = new TempWorkspace();
        var path = workspace.WriteBytes("bang.docx", DocxFile.Create(Body("In tài liệu ,", "Họp  tổ")));

        // Lines: the paragraph, two rows, the empty line parting the tables, two rows.
        var check = workspace.Run("check", "bang.docx");
        Assert.Contains("bang.docx(3,12): warning RL4001", check.Stdout);
        Assert.Contains("bang.docx(6,4): warning RL4004", check.Stdout);

        var result = workspace.Run("check", "bang.docx", "--fix");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(DocxFile.Document(Body("In tài liệu,", "Họp tổ")), DocxFile.DocumentXml(path));
    }

    [Fact]
    public void Unsafe_fixes_go_into_the_docx_only_with_unsafe_fixes()
    {
        using var workspace = new TempWorkspace();
        var original = DocxFile.Create("<w:p><w:r><w:t>Chấp hành ngiêm túc nghị quyết.</w:t></w:r></w:p>");
        var path = workspace.WriteBytes("a.docx", original);

        var safeOnly = workspace.Run("check", "a.docx", "--fix");
        Assert.Equal(1, safeOnly.ExitCode);
        Assert.Equal(original, File.ReadAllBytes(path));

        var result = workspace.Run("check", "a.docx", "--fix", "--unsafe-fixes");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Đã sửa 1 chỗ.", result.Stdout);
        Assert.Equal(DocxFile.Document("<w:p><w:r><w:t>Chấp hành nghiêm túc nghị quyết.</w:t></w:r></w:p>"), DocxFile.DocumentXml(path));
    }

    [Fact]
    public void Findings_in_a_footnote_and_a_header_are_reported_after_the_body_and_fixed_in_their_parts()
    {
        const string Body = "<w:p><w:r><w:t>Huyện ủy đã lãnh đạo thực hiện</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
            + "<w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t xml:space=\"preserve\"> tốt nhiệm vụ.</w:t></w:r></w:p>";
        static string Footnote(string text) => "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
            + $"<w:r><w:t xml:space=\"preserve\"> {text}</w:t></w:r></w:p></w:footnote>";
        static string Header(string text) => $"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>";
        using var workspace = new TempWorkspace();
        var path = workspace.WriteBytes("chu-thich.docx", DocxFile.CreateWithParts(Body,
            Footnote("Theo Kế hoạch số 12-KH/HU của của Huyện ủy."), Header("Văn phòng Huyện ủy ,")));
        var before = DocxFile.Entries(path);

        // Line 1 the body, line 2 empty, line 3 the footnote (after its mark), line 4 empty, line 5 the header.
        var check = workspace.Run("check", "chu-thich.docx");
        Assert.Contains("chu-thich.docx(3,32): warning RL3010", check.Stdout);
        Assert.Contains("chu-thich.docx(5,19): warning RL4001", check.Stdout);

        var result = workspace.Run("check", "chu-thich.docx", "--fix", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"fixesApplied\": 2", result.Stdout);
        var after = DocxFile.Entries(path);
        Assert.Equal(before.Select(e => e.Name), after.Select(e => e.Name));
        Assert.Equal(before.Where(e => e.Name is not ("word/footnotes.xml" or "word/header1.xml")),
            after.Where(e => e.Name is not ("word/footnotes.xml" or "word/header1.xml")));
        Assert.All(after, e => System.Xml.Linq.XDocument.Parse(e.Content));
        var footnotes = after.Single(e => e.Name == "word/footnotes.xml").Content;
        Assert.Contains(Footnote("Theo Kế hoạch số 12-KH/HU của Huyện ủy."), footnotes.Replace(" />", "/>", StringComparison.Ordinal));
        Assert.Contains("w:type=\"separator\"", footnotes);
        Assert.Contains(Header("Văn phòng Huyện ủy,"), after.Single(e => e.Name == "word/header1.xml").Content.Replace(" />", "/>", StringComparison.Ordinal));

        var again = workspace.Run("check", "chu-thich.docx");
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public void A_corrupted_docx_is_rl9003_exit_2_and_is_not_written()
    {
        using var workspace = new TempWorkspace();
        byte[] corrupted = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFF];
        var path = workspace.WriteBytes("hong.docx", corrupted);

        var result = workspace.Run("check", "hong.docx", "--fix");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("hong.docx(1,1): error RL9003: Không đọc được tệp: không đọc được tệp .docx: ", result.Stderr);
        Assert.Equal(corrupted, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(workspace.Root));
    }
}
