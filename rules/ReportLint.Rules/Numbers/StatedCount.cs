using System.Globalization;

namespace ReportLint.Rules.Numbers;

/// <summary>A small count as drafts write it (`3`, `03`, `ba`), read and written back in the same style.</summary>
internal static class StatedCount
{
    // The number words up to `mười`, each at its value.
    private static readonly string[] Words = [.. VietnameseNumber.DigitWords, "mười"];

    // Words before a number that make it a name (`thôn 3 xã Tân Hòa`, `Quận 3`, `lớp 9`, `nhóm 2`, `đợt 3`, `giai đoạn 2`,
    // `khu vực 1`) or an ordinal, not a count.
    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "số", "thứ", "lần", "khóa", "khoá", "lớp", "tổ", "đội", "khu", "lô", "phòng", "ngõ", "ngách", "hẻm", "kiệt", "đường",
        "quận", "phường", "thôn", "xóm", "khóm", "bản", "ấp", "buôn", "làng", "xã", "huyện", "tỉnh", "điểm", "khoản", "điều",
        "quý", "mục", "phần", "chương", "phụ", "lục", "biểu", "bảng", "nhóm", "đợt", "đoạn", "vực",
    };

    /// <summary>Two or more, in digits (at most two) or a word up to `mười`.</summary>
    public static bool TryRead(ReadOnlySpan<char> value, out int count)
    {
        if (char.IsAsciiDigit(value[0]))
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 2 && value.Length <= 2;
        }
        for (count = 2; count < Words.Length; count++)
        {
            if (value.Equals(Words[count], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="word"/> makes a number right after it a name or a rank (`lớp 9`, `tổ 5`).</summary>
    public static bool IsNamingWord(string word) => NamingWords.Contains(word);

    /// <summary>True when the word before <paramref name="index"/> makes the number there a name or a rank.</summary>
    public static bool FollowsNamingWord(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }
        return end > begin && NamingWords.Contains(text[begin..end]);
    }

    /// <summary>The count written like the draft wrote it: `03` → `04`, `ba` → `bốn`, `Ba` → `Bốn`.</summary>
    public static string Write(string written, int count)
    {
        if (char.IsAsciiDigit(written[0]))
        {
            var digits = count.ToString(CultureInfo.InvariantCulture);
            return written.Length == 2 && written[0] == '0' && count < 10 ? "0" + digits : digits;
        }
        if (count >= Words.Length)
        {
            return count.ToString(CultureInfo.InvariantCulture);
        }
        var word = Words[count];
        return char.IsUpper(written[0]) ? char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..] : word;
    }
}
