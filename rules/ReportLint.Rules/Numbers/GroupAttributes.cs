using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Which attribute of a person or a place a list item names: sex, age, ethnicity, religion, a membership, an education level… Parts
/// named by one attribute split the people (`nam`, `nữ`; `đại học`, `thạc sĩ`); parts named by different attributes count
/// the same people more than once (`nữ 84 đồng chí, đoàn viên 132 đồng chí, người dân tộc thiểu số 41 đồng chí`), so
/// their sum means nothing. Each organisation is its own attribute: a party member may be a youth-union member too.
/// Communes and villages are classed so as well: by terrain, hardship and the rural standard they have met.
/// </summary>
internal static class GroupAttributes
{
    private readonly record struct Entry(string[] Syllables, string Attribute, bool Weak);

    // A weak word names its attribute only when no other word of the label names one: `cao cấp` is a level of political
    // theory in `cao cấp lý luận chính trị`; a member's noun is the counted noun itself in `đảng viên nữ`.
    private static readonly Entry[] Entries = Build(
        ("sex", false, ["nam", "nữ", "phụ nữ"]),
        ("age", false, ["tuổi", "trẻ", "cao tuổi"]),
        ("age", true, ["thanh niên"]),
        ("ethnicity", false, ["dân tộc", "thiểu số", "người kinh"]),
        ("religion", false, ["đạo", "tôn giáo", "công giáo", "phật giáo", "tin lành", "giáo dân", "phật tử", "tín đồ", "chức sắc"]),
        ("youth union", true, ["đoàn viên"]),
        ("association", true, ["hội viên"]),
        ("trade union", false, ["công đoàn", "công đoàn viên"]),
        ("veteran", false, ["cựu chiến binh", "cựu quân nhân", "thương binh", "bệnh binh"]),
        ("party", true, ["đảng viên"]),
        ("party", false, ["quần chúng"]),
        ("party status", false, ["dự bị", "chính thức", "kết nạp"]),
        ("party badge", false, ["huy hiệu"]),
        ("theory", false, ["lý luận", "lí luận", "chính trị"]),
        ("education", false, ["trình độ", "đại học", "cao đẳng", "thạc sĩ", "tiến sĩ", "cử nhân", "kỹ sư", "kĩ sư", "chuyên môn", "phổ thông"]),
        ("education", true, ["trung cấp", "sơ cấp", "cao cấp"]),
        // Places are classed the same way: a commune in the mountains may be one of the poorest too, and one that has met
        // the advanced rural standard has met the standard (`30 xã miền núi, 20 xã đặc biệt khó khăn`).
        ("terrain", false, ["miền núi", "vùng cao", "vùng sâu", "vùng xa", "biên giới", "ven biển", "bãi ngang", "hải đảo", "đồng bằng", "trung du"]),
        ("hardship", false, ["khó khăn"]),
        // The higher standards first: `nông thôn mới nâng cao` names the advanced one, not the plain one it starts with.
        ("advanced standard", false, ["nông thôn mới nâng cao", "nâng cao"]),
        ("model standard", false, ["nông thôn mới kiểu mẫu", "kiểu mẫu"]),
        ("rural standard", false, ["nông thôn mới"]));

    /// <summary>
    /// True when the labels name more than one attribute, or name one while another label names none (`nữ 70 đồng chí,
    /// cán bộ hưu trí 20 đồng chí`: an unknown label may cut across too). Labels naming no attribute (`mầm non`,
    /// `tiểu học`) are left to the caller.
    /// </summary>
    public static bool Overlap(Paragraph paragraph, IReadOnlyList<IReadOnlyList<int>> labels)
    {
        string? first = null;
        var unnamed = false;
        foreach (var label in labels)
        {
            var attribute = Of(paragraph, label);
            if (attribute is null)
            {
                unnamed = true;
            }
            else if (first is null)
            {
                first = attribute;
            }
            else if (first != attribute)
            {
                return true;
            }
        }
        return first is not null && unnamed;
    }

    /// <summary>The words (token indexes, in order) name an attribute of people: `nữ`, `người dân tộc thiểu số`.</summary>
    public static bool Names(Paragraph paragraph, IReadOnlyList<int> words) => Of(paragraph, words) is not null;

    /// <summary>The attribute the words (token indexes, in order) name, or null.</summary>
    private static string? Of(Paragraph paragraph, IReadOnlyList<int> words)
    {
        string? weak = null;
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var entry in Entries)
            {
                if (Matches(paragraph, words, i, entry.Syllables))
                {
                    if (!entry.Weak)
                    {
                        return entry.Attribute;
                    }
                    weak ??= entry.Attribute;
                }
            }
        }
        return weak;
    }

    private static bool Matches(Paragraph paragraph, IReadOnlyList<int> words, int at, string[] syllables)
    {
        if (at + syllables.Length > words.Count)
        {
            return false;
        }
        for (var k = 0; k < syllables.Length; k++)
        {
            if (!TokenNavigation.IsWord(paragraph, words[at + k], syllables[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static Entry[] Build(params (string Attribute, bool Weak, string[] Phrases)[] groups) =>
        groups.SelectMany(g => g.Phrases.Select(p => new Entry(p.Split(' '), g.Attribute, g.Weak))).ToArray();
}
