using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The unit written after a number. A measure (money, area, mass, length, volume) carries its dimension and a factor to
/// a base unit, so `800 triệu đồng` and `1,2 tỷ đồng` add up; anything else is a counted noun (`xã`, `chi bộ thôn`).
/// </summary>
/// <param name="Text">The unit as written, lower case: `tỷ đồng`, `ha`, or the one or two syllables of a noun.</param>
/// <param name="Dimension">The measure's dimension; null for a counted noun.</param>
/// <param name="Factor">How many base units one unit is (`tỷ đồng`: 10⁹ đồng); 1 for a counted noun.</param>
/// <param name="LastToken">The unit's last token.</param>
internal readonly record struct QuantityUnit(string Text, string? Dimension, decimal Factor, int LastToken)
{
    public bool IsMeasure => Dimension is not null;

    /// <summary>A sum of money: `triệu đồng`, `USD`.</summary>
    public bool IsMoney => Dimension is "đồng" or "usd";

    private static readonly Dictionary<string, (string Dimension, decimal Factor)> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["đồng"] = ("đồng", 1), ["usd"] = ("usd", 1),
        ["m2"] = ("area", 1), ["m²"] = ("area", 1), ["ha"] = ("area", 10_000), ["km2"] = ("area", 1_000_000), ["km²"] = ("area", 1_000_000),
        ["kg"] = ("mass", 1), ["tạ"] = ("mass", 100), ["tấn"] = ("mass", 1_000),
        ["m"] = ("length", 1), ["km"] = ("length", 1_000),
        ["lít"] = ("volume", 1), ["m3"] = ("volume", 1_000), ["m³"] = ("volume", 1_000),
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nghìn"] = 1_000, ["ngàn"] = 1_000, ["triệu"] = 1_000_000, ["tỷ"] = 1_000_000_000, ["tỉ"] = 1_000_000_000,
    };

    // `5 đồng chí`, `đồng bào`: `đồng` right after a number is money unless one of these follows.
    private static readonly string[] NotMoneyAfterDong = ["chí", "bào", "hồ", "đội", "nghiệp", "thời", "minh", "ruộng", "bằng", "tâm", "lòng"];

    // Who is counted: `người` and `đồng chí` count the same people as these nouns (`1.236 giáo viên, trong đó: mầm non 312 người`).
    private static readonly string[] PersonNouns =
        ["đảng viên", "giáo viên", "học sinh", "sinh viên", "hội viên", "đoàn viên", "lao động", "cán bộ", "công chức", "viên chức",
         "công nhân", "nhân viên", "chiến sĩ", "học viên", "thí sinh", "cử tri", "đại biểu", "bác sĩ", "y sĩ", "bệnh nhân", "thanh niên"];

    private static readonly string[] People = ["người", "đồng chí"];

    /// <summary>The unit after the number at <paramref name="index"/>; null when no word, measure or known symbol follows.</summary>
    public static QuantityUnit? Read(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var first = TokenNavigation.Next(tokens, index);
        if (first < 0)
        {
            return null;
        }
        var scale = 1m;
        var measure = first;
        if (tokens[first].Kind == TokenKind.Word && Scales.TryGetValue(paragraph.GetString(tokens[first]), out var factor))
        {
            scale = factor;
            measure = TokenNavigation.Next(tokens, first);
        }
        if (Measure(paragraph, measure) is { } found)
        {
            var text = scale == 1 ? found.Text : paragraph.GetString(tokens[first]).ToLowerInvariant() + " " + found.Text;
            return new QuantityUnit(text, found.Dimension, scale * found.Factor, found.Last);
        }
        if (scale != 1 || tokens[first].Kind != TokenKind.Word)
        {
            return null; // `32 tỷ` alone, `52 HTX`: not a unit this rule can compare
        }
        var unit = TokenNavigation.UnitAfter(paragraph, index)!;
        return new QuantityUnit(unit, null, 1, unit.Contains(' ') ? first + 2 : first);
    }

    /// <summary>
    /// A scale word with no unit after it, closing the phrase (`(khoảng 3,86 tỷ)`): a sum of money whose `đồng` is left
    /// to the figure beside it. Its dimension is <see cref="BareScale"/>.
    /// </summary>
    public static QuantityUnit? ReadBareScale(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var scale = TokenNavigation.Next(tokens, index);
        if (scale < 0 || tokens[scale].Kind != TokenKind.Word || !Scales.TryGetValue(paragraph.GetString(tokens[scale]), out var factor))
        {
            return null;
        }
        var after = TokenNavigation.Next(tokens, scale);
        return after < 0 || tokens[after].Kind == TokenKind.Punctuation
            ? new QuantityUnit(paragraph.GetString(tokens[scale]).ToLowerInvariant(), BareScale, factor, scale)
            : null;
    }

    /// <summary>
    /// A scale word after the number and a counted noun after it (`4,15 triệu lượt khách`, `12 nghìn hộ`): the scale's factor and
    /// token; null for a measure (`1,2 tỷ đồng`), a bare scale or no scale.
    /// </summary>
    public static (decimal Factor, int Token)? CountScale(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var scale = TokenNavigation.Next(tokens, index);
        if (scale < 0 || tokens[scale].Kind != TokenKind.Word || !Scales.TryGetValue(paragraph.GetString(tokens[scale]), out var factor))
        {
            return null;
        }
        var noun = TokenNavigation.Next(tokens, scale);
        return noun >= 0 && tokens[noun].Kind == TokenKind.Word && Measure(paragraph, noun) is null ? (factor, scale) : null;
    }

    /// <summary>The dimension of a bare scale word (`tỷ`), which measures money beside a sum in `đồng` or `USD`.</summary>
    public const string BareScale = "scale";

    /// <summary>A measure word or symbol at <paramref name="index"/>: `ha`, `m2`, `m²`, `USD`, `đồng` (not `đồng chí`).</summary>
    private static (string Text, string Dimension, decimal Factor, int Last)? Measure(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (index < 0 || tokens[index].Kind is not (TokenKind.Word or TokenKind.Code or TokenKind.Abbreviation))
        {
            return null;
        }
        var text = paragraph.GetString(tokens[index]);
        var last = index;
        // `²` is a digit to Unicode (No), which the tokenizer leaves as Other.
        if (index + 1 < tokens.Count && tokens[index + 1].Kind is TokenKind.Symbol or TokenKind.Other && paragraph.GetText(tokens[index + 1]) is "²" or "³")
        {
            last = index + 1;
            text += paragraph.GetString(tokens[last]);
        }
        if (!Measures.TryGetValue(text, out var measure))
        {
            return null;
        }
        if (measure.Dimension == "đồng" && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, last), NotMoneyAfterDong))
        {
            return null;
        }
        return (text.ToLowerInvariant() == "usd" ? "USD" : text.ToLowerInvariant(), measure.Dimension, measure.Factor, last);
    }

    /// <summary>
    /// The two units measure or count the same thing: the same dimension, or counted nouns with the same head
    /// (<see cref="UnitHeads.SameHead"/>), or `người`/`đồng chí` beside a noun for people.
    /// </summary>
    public static bool Agree(QuantityUnit whole, QuantityUnit part, AnalyzerOptions options)
    {
        if (whole.IsMeasure || part.IsMeasure)
        {
            return whole.Dimension == part.Dimension;
        }
        if (UnitHeads.SameHead(whole.Text, part.Text, options))
        {
            return true;
        }
        return CountSamePeople(whole.Text, part.Text, options);
    }

    /// <summary>One unit is `người` or `đồng chí` and the other counts people too (`186 đảng viên`, `70 đồng chí`).</summary>
    public static bool CountSamePeople(string? whole, string? part, AnalyzerOptions options) =>
        whole is not null && part is not null
        && ((IsIn(whole, People, options) && IsPerson(part, options)) || (IsIn(part, People, options) && IsPerson(whole, options)));

    /// <summary>
    /// The part counts the men or the women of a whole of people: `120 đoàn viên, gồm 70 nam …, 50 nữ`. Only the bare
    /// word after the count: `nam` and `nữ` name no other thing counted.
    /// </summary>
    public static bool CountBySex(string? whole, string? part, AnalyzerOptions options) =>
        whole is not null && part is ("nam" or "nữ") && IsPerson(whole, options);

    /// <summary>The counted noun counts people: `người`, `đồng chí`, `đảng viên`, `giáo viên`…</summary>
    public static bool IsPerson(string unit, AnalyzerOptions options) => IsIn(unit, People, options) || IsIn(unit, PersonNouns, options);

    private static bool IsIn(string unit, string[] heads, AnalyzerOptions options)
    {
        foreach (var head in heads)
        {
            if (UnitHeads.SameHead(unit, head, options))
            {
                return true;
            }
        }
        return false;
    }
}
