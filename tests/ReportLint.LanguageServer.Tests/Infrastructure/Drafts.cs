namespace ReportLint.LanguageServer.Tests.Infrastructure;

/// <summary>Short drafts written for these tests (not from the corpus).</summary>
public static class Drafts
{
    /// <summary>Two findings of RL4001: the spaces before “,” and “.”.</summary>
    public const string WithSpaces = "Ủy ban nhân dân tỉnh đã ban hành kế hoạch , giao các sở triển khai thực hiện .\n";

    /// <summary>Correct text: nothing to report.</summary>
    public const string Clean = "Hội nghị đã thảo luận, thống nhất các nội dung trọng tâm của năm.\nCác đơn vị báo cáo kết quả trước ngày 15.\n";

    /// <summary>A Markdown draft: the finding in prose counts, the same text in code does not.</summary>
    public const string Markdown = "# Báo cáo\n\nKết quả đạt được , nhiều mặt tiến bộ.\n\n`mã , lệnh`\n\n```\nđoạn mã , bỏ qua\n```\n";

    /// <summary>A paragraph of several sentences, some with findings, repeated to any size.</summary>
    public const string Block =
        "Trong năm qua, Đảng bộ xã đã lãnh đạo thực hiện tốt nhiệm vụ phát triển kinh tế , xã hội.\n" +
        "Công tác xây dựng Đảng được chú trọng ; chất lượng sinh hoạt chi bộ từng bước nâng lên.\n" +
        "Thu nhập bình quân đầu người đạt 62 triệu đồng, tăng 8% so với cùng kỳ.\n" +
        "Các tổ chức đoàn thể tích cực vận động hội viên tham gia phong trào thi đua.\n" +
        "\n";

    public static string Repeat(int minimumChars)
    {
        var builder = new System.Text.StringBuilder(minimumChars + Block.Length);
        while (builder.Length < minimumChars)
        {
            builder.Append(Block);
        }
        return builder.ToString();
    }
}
