namespace ReportLint.Core.Diagnostics;

/// <summary>Rule families; the first digit of a rule id.</summary>
public enum RuleFamily
{
    Abbreviations = 1,
    Citations = 2,
    Spelling = 3,
    Punctuation = 4,
    Numbers = 5,
    Names = 6,
    Engine = 9,
}

public static class RuleFamilyExtensions
{
    public static LocalizedText DisplayName(this RuleFamily family) => family switch
    {
        RuleFamily.Abbreviations => new("Chữ viết tắt", "Abbreviations"),
        RuleFamily.Citations => new("Trích dẫn văn bản", "Citations"),
        RuleFamily.Spelling => new("Chính tả", "Spelling"),
        RuleFamily.Punctuation => new("Dấu câu và khoảng trắng", "Punctuation and spacing"),
        RuleFamily.Numbers => new("Số liệu và ngày tháng", "Numbers and dates"),
        RuleFamily.Names => new("Tên riêng và viết hoa", "Names and capitalization"),
        _ => new("Bộ máy kiểm tra", "Engine"),
    };
}
