using System.Text;
using ReportLint.Core.Input;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Syntax;

/// <summary>
/// ReportDocument.Create with a previous version: untouched paragraphs are reused by position, and
/// the result is always the document a fresh parse gives.
/// </summary>
public class IncrementalDocumentTests
{
    private const string Draft =
        "Trong năm qua, Đảng bộ xã đã lãnh đạo thực hiện tốt nhiệm vụ.\n" +
        "Thu nhập bình quân đầu người đạt 62 triệu đồng, tăng 8%.\n" +
        "\n" +
        "Hội nghị đã thảo luận , thống nhất các nội dung trọng tâm .\n" +
        "Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ.\n" +
        "Các tổ chức đoàn thể tích cực vận động hội viên.\n";

    private static ReportDocument Parse(string text, ReportDocument? previous = null) =>
        ReportDocument.Create("draft.txt", new SourceText(text), previous: previous);

    private static string Edit(string text, int start, int length, string insert) =>
        string.Concat(text.AsSpan(0, start), insert, text.AsSpan(start + length));

    private static ReportDocument ParseMarkdown(string text, ReportDocument? previous = null) =>
        MarkdownProse.Extract(text).CreateDocument("draft.md", new SourceText(text), DocumentKind.Markdown, previous);

    /// <summary>Texts, indexes, starts, tokens and sentences of every paragraph.</summary>
    private static void AssertSameAsFreshParse(ReportDocument incremental)
    {
        var fresh = incremental.Kind == DocumentKind.Markdown ? ParseMarkdown(incremental.Text.Text) : Parse(incremental.Text.Text);
        Assert.Equal(fresh.Paragraphs.Count, incremental.Paragraphs.Count);
        for (var i = 0; i < fresh.Paragraphs.Count; i++)
        {
            var expected = fresh.Paragraphs[i];
            var actual = incremental.Paragraphs[i];
            Assert.Equal(expected.Text, actual.Text);
            Assert.Equal(expected.Index, actual.Index);
            Assert.Equal(expected.Start, actual.Start);
            Assert.Equal(expected.Tokens.ToArray(), actual.Tokens.ToArray());
            Assert.Equal(expected.Sentences, actual.Sentences);
        }
    }

    private static int LineStart(string text, int line)
    {
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }
        return offset;
    }

    [Fact]
    public void Paragraphs_before_the_edit_are_the_same_objects_and_those_after_it_the_same_syntax()
    {
        var before = Parse(Draft);
        var at = LineStart(Draft, 3) + 5;
        var after = Parse(Edit(Draft, at, 0, "x"), before);

        for (var i = 0; i < 3; i++)
        {
            Assert.Same(before.Paragraphs[i], after.Paragraphs[i]);
        }
        Assert.NotSame(before.Paragraphs[3].Syntax, after.Paragraphs[3].Syntax);
        for (var i = 4; i < before.Paragraphs.Count; i++)
        {
            Assert.Same(before.Paragraphs[i].Syntax, after.Paragraphs[i].Syntax);
            Assert.Equal(before.Paragraphs[i].Start + 1, after.Paragraphs[i].Start);
        }
        AssertSameAsFreshParse(after);
    }

    [Fact]
    public void A_replacement_of_the_same_length_keeps_every_other_paragraph_object()
    {
        var before = Parse(Draft);
        var at = LineStart(Draft, 1) + 3;
        var after = Parse(Edit(Draft, at, 1, "X"), before);

        Assert.Equal(
            Enumerable.Range(0, before.Paragraphs.Count).Where(i => i != 1),
            Enumerable.Range(0, before.Paragraphs.Count).Where(i => ReferenceEquals(before.Paragraphs[i], after.Paragraphs[i])));
        AssertSameAsFreshParse(after);
    }

    [Fact]
    public void Offsets_after_an_edit_that_adds_lines_move_by_its_length()
    {
        var before = Parse(Draft);
        const string inserted = "Dòng mới thứ nhất.\nDòng mới thứ hai.\n";
        var after = Parse(Edit(Draft, LineStart(Draft, 2), 0, inserted), before);

        Assert.Equal(before.Paragraphs.Count + 2, after.Paragraphs.Count);
        for (var i = 2; i < before.Paragraphs.Count; i++)
        {
            var moved = after.Paragraphs[i + 2];
            Assert.Same(before.Paragraphs[i].Syntax, moved.Syntax);
            Assert.Equal(i + 2, moved.Index);
            Assert.Equal(before.Paragraphs[i].Start + inserted.Length, moved.Start);
        }
        AssertSameAsFreshParse(after);
    }

    [Fact]
    public void Offsets_after_an_edit_that_removes_lines_move_back_by_its_length()
    {
        var before = Parse(Draft);
        var from = LineStart(Draft, 1);
        var removed = LineStart(Draft, 3) - from;
        var after = Parse(Edit(Draft, from, removed, ""), before);

        Assert.Equal(before.Paragraphs.Count - 2, after.Paragraphs.Count);
        Assert.Same(before.Paragraphs[0], after.Paragraphs[0]);
        for (var i = 3; i < before.Paragraphs.Count; i++)
        {
            var moved = after.Paragraphs[i - 2];
            Assert.Same(before.Paragraphs[i].Syntax, moved.Syntax);
            Assert.Equal(i - 2, moved.Index);
            Assert.Equal(before.Paragraphs[i].Start - removed, moved.Start);
        }
        AssertSameAsFreshParse(after);
    }

    public static TheoryData<string, int, int, string> Edits => new()
    {
        { "start", 0, 0, "Ngày 5, " },
        { "start, first line removed", 0, LineStart(Draft, 1), "" },
        { "middle", LineStart(Draft, 3) + 20, 3, "và" },
        { "end", Draft.Length, 0, "Dòng cuối không có dấu xuống dòng" },
        { "end, last line break removed", Draft.Length - 1, 1, "" },
        { "join two lines", LineStart(Draft, 1) - 1, 1, " " },
        { "split a line", LineStart(Draft, 4) + 10, 0, "\n" },
        { "split with CRLF", LineStart(Draft, 4) + 10, 0, "\r\n" },
        { "CR before an LF (one break instead of two)", LineStart(Draft, 2), 0, "\r" },
        { "Unicode line separator", LineStart(Draft, 1) + 4, 0, "\u2028" },
        { "everything replaced", 0, Draft.Length, "Một đoạn khác.\n" },
        { "everything removed", 0, Draft.Length, "" },
        { "no change", 10, 0, "" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_gives_the_document_a_fresh_parse_gives(string name, int start, int length, string insert)
    {
        Assert.NotEmpty(name);
        var after = Parse(Edit(Draft, start, length, insert), Parse(Draft));
        AssertSameAsFreshParse(after);
    }

    [Fact]
    public void Removing_the_LF_of_a_CRLF_keeps_the_line_break_and_the_document_right()
    {
        var text = Draft.Replace("\n", "\r\n", StringComparison.Ordinal);
        var before = Parse(text);
        var lf = LineStart(text, 2) - 1;
        var after = Parse(Edit(text, lf, 1, ""), before);

        Assert.Same(before.Paragraphs[0], after.Paragraphs[0]);
        AssertSameAsFreshParse(after);
    }

    [Fact]
    public void Lines_that_moved_are_still_reused_by_their_text()
    {
        var before = Parse("Dòng một.\nDòng hai.\n");
        var after = Parse("Dòng hai.\nDòng một.\n", before);

        Assert.Same(before.Paragraphs[1].Syntax, after.Paragraphs[0].Syntax);
        Assert.Same(before.Paragraphs[0].Syntax, after.Paragraphs[1].Syntax);
        AssertSameAsFreshParse(after);
    }

    [Fact]
    public void Paragraphs_with_exclusions_are_parsed_again()
    {
        const string text = "Văn bản `mã` ở đây.\nDòng thường.\n";
        var excluded = new[] { new TextSpan(8, 4) };
        var before = ReportDocument.Create("a.md", new SourceText(text), DocumentKind.Markdown, excluded);
        var after = ReportDocument.Create("a.md", new SourceText(text), DocumentKind.Markdown, excluded, previous: before);
        var plain = ReportDocument.Create("a.md", new SourceText(text), DocumentKind.Markdown, previous: before);

        Assert.NotSame(before.Paragraphs[0].Syntax, after.Paragraphs[0].Syntax);
        Assert.Same(before.Paragraphs[1], after.Paragraphs[1]);
        Assert.False(plain.Paragraphs[0].Syntax.HasExclusions);
        Assert.Equal(ParagraphSyntax.Parse(plain.Paragraphs[0].Text).Tokens.ToArray(), plain.Paragraphs[0].Tokens.ToArray());
    }

    [Fact]
    public void Random_edits_always_give_the_document_a_fresh_parse_gives()
    {
        var random = new Random(20261130);
        string[] pieces = ["a", "đ", " ", ",", ".", "\n", "\r\n", "\r", "\n\n", "Nghị định 30/2020/NĐ-CP", "\u2028", "ối"];
        var text = Draft;
        var document = Parse(text);
        for (var i = 0; i < 2_000; i++)
        {
            var start = random.Next(text.Length + 1);
            var length = random.Next(Math.Min(8, text.Length - start) + 1);
            var insert = new StringBuilder();
            for (var n = random.Next(3); n > 0; n--)
            {
                insert.Append(pieces[random.Next(pieces.Length)]);
            }
            text = Edit(text, start, length, insert.ToString());
            if (text.Length < 40)
            {
                text += Draft;
            }
            document = Parse(text, document);
            AssertSameAsFreshParse(document);
        }
    }

    [Fact]
    public void Random_edits_of_wrapped_Markdown_give_the_document_a_fresh_parse_gives()
    {
        const string markdown = "# Báo cáo\n\nToàn huyện có 312/450 chi bộ\nđạt 69,33%, vượt kế hoạch.\nCăn cứ Nghị định số\n30/2020/NĐ-CP của Chính phủ.\n\n- Mục một\n  viết tiếp.\n";
        var random = new Random(20261130);
        string[] pieces = ["a", " ", ".", "\n", "\n\n", "- ", "> ", "**", "`", "ối"];
        var text = markdown;
        var document = ParseMarkdown(text);
        for (var i = 0; i < 1_000; i++)
        {
            var start = random.Next(text.Length + 1);
            var length = random.Next(Math.Min(6, text.Length - start) + 1);
            text = Edit(text, start, length, pieces[random.Next(pieces.Length)]);
            if (text.Length < 40)
            {
                text += markdown;
            }
            document = ParseMarkdown(text, document);
            AssertSameAsFreshParse(document);
        }
    }
}
