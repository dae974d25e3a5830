using System.Text.Json;
using ReportLint.Cli.Tests.Infrastructure;

namespace ReportLint.Cli.Tests;

/// <summary>`check` on a .docx says which part a finding is in: a footnote or endnote by its number in Word, the header, the footer.</summary>
public class DocxPartLabelTests
{
    private static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static string Reference(string element, int id) => $"<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:{element}Reference w:id=\"{id}\"/></w:r>";

    private static string Note(string element, int id, string text) =>
        $"<w:{element} w:id=\"{id}\"><w:p><w:r><w:{element}Ref/></w:r>" + Run(" " + text) + $"</w:p></w:{element}>";

    private static string Paragraph(string text) => "<w:p>" + Run(text) + "</w:p>";

    // The body refers to footnote id 2 first: Word shows it as 1 and footnote id 1 as 2.
    private const string Body = "<w:p>" + "<w:r><w:t>Hội nghị đã quán triệt kế hoạch của Huyện ủy</w:t></w:r>" + "FOOTNOTE2" + "<w:r><w:t>.</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">Tỷ lệ hộ dùng nước sạch đạt  97%</w:t></w:r>FOOTNOTE1<w:r><w:t>.</w:t></w:r>ENDNOTE1</w:p>";

    private static byte[] Document(string footnote1, string footnote2, string endnote, string header, string footer) =>
        DocxFile.CreateWithNotesHeaderAndFooter(
            Body.Replace("FOOTNOTE2", Reference("footnote", 2), StringComparison.Ordinal)
                .Replace("FOOTNOTE1", Reference("footnote", 1), StringComparison.Ordinal)
                .Replace("ENDNOTE1", Reference("endnote", 1), StringComparison.Ordinal),
            Note("footnote", 1, footnote1) + Note("footnote", 2, footnote2), Note("endnote", 1, endnote), Paragraph(header), Paragraph(footer));

    private static byte[] Defective() => Document("Số liệu do Trung tâm  Y tế huyện cung cấp.", "Kế hoạch được triển khai  đến các chi bộ.",
        "Xem báo cáo  chuyên đề.", "Văn phòng  Huyện ủy", "Lưu hành  nội bộ");

    private static readonly string[] VietnameseLines =
    [
        "bao-cao.docx(2,28): warning RL4004: 2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một",
        "bao-cao.docx(4,26): warning RL4004: [chú thích 1] 2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một",
        "bao-cao.docx(6,22): warning RL4004: [chú thích 2] 2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một",
        "bao-cao.docx(8,13): warning RL4004: [chú thích cuối i] 2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một",
        "bao-cao.docx(10,10): warning RL4004: [đầu trang] 2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một",
        "bao-cao.docx(12,9): warning RL4004: [chân trang] 2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một",
    ];

    [Fact]
    public void Text_output_labels_each_part_and_leaves_the_body_unlabelled()
    {
        // Lines: 1-2 the body, then each story after an empty line: footnote id 2 (Word's 1, referred to first),
        // footnote id 1 (Word's 2), the endnote, the header, the footer.
        using var workspace = new TempWorkspace();
        workspace.WriteBytes("bao-cao.docx", Defective());

        var result = workspace.Run("check", "bao-cao.docx");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal(VietnameseLines, lines[..6]);
        Assert.StartsWith("Đã kiểm tra 1 tệp: 0 lỗi, 6 cảnh báo, 0 gợi ý (", lines[6]);
    }

    [Fact]
    public void English_text_output_uses_english_labels()
    {
        using var workspace = new TempWorkspace();
        workspace.WriteBytes("bao-cao.docx", Defective());

        var lines = workspace.Run("check", "bao-cao.docx", "--lang", "en").Stdout.Split('\n');

        Assert.Equal(
        [
            "bao-cao.docx(2,28): warning RL4004: 2 spaces in a row between words; use one",
            "bao-cao.docx(4,26): warning RL4004: [footnote 1] 2 spaces in a row between words; use one",
            "bao-cao.docx(6,22): warning RL4004: [footnote 2] 2 spaces in a row between words; use one",
            "bao-cao.docx(8,13): warning RL4004: [endnote i] 2 spaces in a row between words; use one",
            "bao-cao.docx(10,10): warning RL4004: [header] 2 spaces in a row between words; use one",
            "bao-cao.docx(12,9): warning RL4004: [footer] 2 spaces in a row between words; use one",
        ], lines[..6]);
    }

    [Fact]
    public void Github_annotations_carry_the_label_before_the_message()
    {
        using var workspace = new TempWorkspace();
        workspace.WriteBytes("bao-cao.docx", Defective());

        var lines = workspace.Run("check", "bao-cao.docx", "--format", "github").Stdout.Split('\n');

        const string Title = "title=RL4004 multiple-spaces::";
        const string Message = "2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một";
        Assert.Equal(
        [
            $"::warning file=bao-cao.docx,line=2,col=28,endLine=2,endColumn=30,{Title}{Message}",
            $"::warning file=bao-cao.docx,line=4,col=26,endLine=4,endColumn=28,{Title}[chú thích 1] {Message}",
            $"::warning file=bao-cao.docx,line=6,col=22,endLine=6,endColumn=24,{Title}[chú thích 2] {Message}",
            $"::warning file=bao-cao.docx,line=8,col=13,endLine=8,endColumn=15,{Title}[chú thích cuối i] {Message}",
            $"::warning file=bao-cao.docx,line=10,col=10,endLine=10,endColumn=12,{Title}[đầu trang] {Message}",
            $"::warning file=bao-cao.docx,line=12,col=9,endLine=12,endColumn=11,{Title}[chân trang] {Message}",
        ], lines[..6]);
    }

    [Fact]
    public void Json_gives_the_part_of_each_finding_outside_the_body()
    {
        using var workspace = new TempWorkspace();
        workspace.WriteBytes("bao-cao.docx", Defective());

        using var json = JsonDocument.Parse(workspace.Run("check", "bao-cao.docx", "--format", "json").Stdout);

        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(
        [
            (2, "-"),
            (4, """{"kind":"footnote","number":1,"mark":"1"}"""),
            (6, """{"kind":"footnote","number":2,"mark":"2"}"""),
            (8, """{"kind":"endnote","number":1,"mark":"i"}"""),
            (10, """{"kind":"header"}"""),
            (12, """{"kind":"footer"}"""),
        ], diagnostics.Select(d => (d.GetProperty("line").GetInt32(), d.TryGetProperty("part", out var part) ? JsonSerializer.Serialize(part) : "-")));
        Assert.All(diagnostics, d => Assert.Equal("2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một", d.GetProperty("message").GetString()));
    }

    [Fact]
    public void Sarif_results_outside_the_body_have_a_logical_location_of_kind_element()
    {
        using var workspace = new TempWorkspace();
        workspace.WriteBytes("bao-cao.docx", Defective());

        using var sarif = JsonDocument.Parse(workspace.Run("check", "bao-cao.docx", "--format", "sarif").Stdout);

        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(
        [
            (2, "-"),
            (4, """[{"name":"footnote 1","kind":"element"}]"""),
            (6, """[{"name":"footnote 2","kind":"element"}]"""),
            (8, """[{"name":"endnote i","kind":"element"}]"""),
            (10, """[{"name":"header","kind":"element"}]"""),
            (12, """[{"name":"footer","kind":"element"}]"""),
        ], results.Select(r => Assert.Single(r.GetProperty("locations").EnumerateArray().ToList())).Select(l => (
            l.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
            l.TryGetProperty("logicalLocations", out var logical) ? JsonSerializer.Serialize(logical) : "-")));
        Assert.All(results, r => Assert.Equal("2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một", r.GetProperty("message").GetProperty("text").GetString()));
    }

    [Fact]
    public void Fixes_in_a_footnote_and_the_header_go_into_their_parts_and_what_is_left_keeps_its_label_and_position()
    {
        // Footnote id 2 (Word's 1) has a doubled space before a misspelling that has no safe fix.
        using var workspace = new TempWorkspace();
        var path = workspace.WriteBytes("bao-cao.docx", Document("Số liệu do Trung tâm Y tế huyện cung cấp.",
            "Kế hoạch được triển khai  ngiêm túc đến các chi bộ.", "Xem báo cáo chuyên đề.", "Văn phòng  Huyện ủy", "Lưu hành nội bộ"));
        var before = DocxFile.Entries(path);

        var result = workspace.Run("check", "bao-cao.docx", "--fix");

        // The body's, the footnote's and the header's doubled spaces are fixed; the misspelling moves one column left.
        var lines = result.Stdout.Split('\n');
        Assert.Equal("bao-cao.docx(4,27): warning RL3001: [chú thích 1] “ngiêm” không phải là âm tiết tiếng Việt hợp lệ; có phải “nghiêm”?", lines[0]);
        Assert.EndsWith(" Đã sửa 3 chỗ.", lines[1]);
        var after = DocxFile.Entries(path);
        var expected = DocxFile.Entries(workspace.WriteBytes("expected.docx", Document("Số liệu do Trung tâm Y tế huyện cung cấp.",
            "Kế hoạch được triển khai ngiêm túc đến các chi bộ.", "Xem báo cáo chuyên đề.", "Văn phòng Huyện ủy", "Lưu hành nội bộ")));
        Assert.Equal(before.Select(e => e.Name), after.Select(e => e.Name));
        string[] changed = [DocxFile.DocumentPart, "word/footnotes.xml", "word/header1.xml"];
        Assert.Equal(before.Where(e => !changed.Contains(e.Name)), after.Where(e => !changed.Contains(e.Name)));
        // The body's doubled space is part of the shared body: the expected document has it mended by hand.
        Assert.Equal(expected.Where(e => changed.Contains(e.Name)).Select(e => (e.Name, AsWritten(e.Content).Replace("đạt  97%", "đạt 97%", StringComparison.Ordinal))),
            after.Where(e => changed.Contains(e.Name)).Select(e => (e.Name, e.Content)));

        var json = workspace.Run("check", "bao-cao.docx", "--format", "json").Stdout;
        using var report = JsonDocument.Parse(json);
        var left = Assert.Single(report.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal(("RL3001", 4, 27, """{"kind":"footnote","number":1,"mark":"1"}"""), (left.GetProperty("ruleId").GetString(), left.GetProperty("line").GetInt32(),
            left.GetProperty("column").GetInt32(), JsonSerializer.Serialize(left.GetProperty("part"))));
    }

    /// <summary>A part as DocxWriter writes it back: XmlWriter's declaration and empty elements.</summary>
    private static string AsWritten(string xml) =>
        xml.Replace("encoding=\"UTF-8\"", "encoding=\"utf-8\"", StringComparison.Ordinal).Replace("/>", " />", StringComparison.Ordinal);
}
