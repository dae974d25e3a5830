using ReportLint.Core.Analysis;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Compares the units of a whole and of a part named after `trong đó` by their head noun, so a
/// qualifier after the noun does not hide the link (`5.010 hộ tham gia …, trong đó 875 hộ cận nghèo`).
/// The head is the unit's two syllables when they follow each other in a lexicon word (`chi bộ`,
/// `đảng viên`, `hộ nghèo`), else its first syllable (`hộ` of `hộ cận nghèo`, `xã` of `xã miền núi`).
/// Heads must be equal: a one-syllable head is not matched with a longer word it starts, because
/// the lexicon cannot tell a kind of the noun (`hộ nghèo`) from another noun (`xã viên`, `chi ủy`).
/// (<see cref="Agree"/> keeps the linker's older rule for units as written, where a unit of one
/// syllable, `5.010 hộ,`, agrees with any unit it starts; <see cref="SameHead"/> does not.)
/// </summary>
internal static class UnitHeads
{
    /// <summary>The units agree as written (<see cref="TokenNavigation.UnitsAgree"/>) or share their head noun.</summary>
    public static bool Agree(string? whole, string? part, AnalyzerOptions options) =>
        TokenNavigation.UnitsAgree(whole, part) || SameHead(whole, part, options) // UnitsAgree accepts an unknown unit: both are known here
        || TokenNavigation.UnitsAgree(Bare(whole, options), Bare(part, options));

    // Words that never end a counted noun: what follows the noun (`205 hộ tại 4 xã`, `48 chi bộ của huyện`), not its kind.
    private static readonly string[] NotInUnit =
        ["tại", "ở", "của", "thuộc", "trên", "trong", "với", "và", "hoặc", "có", "được", "đã", "đang", "sẽ", "là", "cho", "theo", "gồm"];

    /// <summary>
    /// The noun alone when the unit's second syllable starts what is said of it (`hộ` of `hộ tại`), unless the two make a
    /// lexicon word (`nhà ở`); else the unit as written.
    /// </summary>
    private static string? Bare(string? unit, AnalyzerOptions options)
    {
        var space = unit?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (space < 0 || !((ReadOnlySpan<string>)NotInUnit).Contains(unit![(space + 1)..]))
        {
            return unit;
        }
        var data = SpellingData.Get(options);
        return data.Lexicon.ContainsPair(data.Validator, unit.AsSpan(0, space), unit.AsSpan(space + 1)) ? unit : unit[..space];
    }

    /// <summary>
    /// Both units are written and share their head noun. Stricter than <see cref="Agree"/>, which lets `đoàn` match
    /// `đoàn viên`: a part over its whole with no percentage to confirm the link needs this (`3 đoàn, trong đó 40 đoàn viên`).
    /// </summary>
    public static bool SameHead(string? whole, string? part, AnalyzerOptions options)
    {
        if (whole is null || part is null)
        {
            return false;
        }
        if (whole == part)
        {
            return true;
        }
        // The lexicon is read only now, so documents without such a pair never build the spelling tables for this rule.
        var data = SpellingData.Get(options);
        return Head(whole, data).SequenceEqual(Head(part, data));
    }

    /// <summary>
    /// The part's unit counts the whole's noun or a kind of it: the same head, or a head of one syllable that starts the
    /// part's (`hộ` covers `hộ nghèo`), a whole named with the generic `dân` counting as its bare noun (`hộ dân`, `người dân`).
    /// Looser than <see cref="SameHead"/>, for a whole stated paragraphs away that no `trong đó` ties to the part; a member
    /// (`xã viên`, `đoàn viên`) is still no kind of its body (`xã`, `đoàn`).
    /// </summary>
    public static bool Covers(string? whole, string? part, AnalyzerOptions options)
    {
        if (whole is null || part is null)
        {
            return false;
        }
        var data = SpellingData.Get(options);
        var wholeHead = Head(whole, data);
        if (wholeHead.EndsWith(" dân", StringComparison.Ordinal))
        {
            wholeHead = wholeHead[..^" dân".Length];
        }
        var partHead = Head(part, data);
        if (partHead.SequenceEqual(wholeHead))
        {
            return true;
        }
        return wholeHead.IndexOf(' ') < 0 && partHead.Length > wholeHead.Length + 1 && partHead.StartsWith(wholeHead)
            && partHead[wholeHead.Length] == ' ' && !partHead[(wholeHead.Length + 1)..].SequenceEqual("viên");
    }

    /// <summary>The unit's head noun (`xã` of `xã thiếu`, `chi bộ` of `chi bộ thôn`): how a message names the unit.</summary>
    /// Two nouns joined by a comma (`tin, bài`, <see cref="BareCounts.JoinedNoun"/>) are named whole.
    public static string HeadOf(string unit, AnalyzerOptions options) =>
        unit.Contains(' ', StringComparison.Ordinal) && !unit.Contains(',', StringComparison.Ordinal) ? Head(unit, SpellingData.Get(options)).ToString() : unit;

    private static ReadOnlySpan<char> Head(string unit, SpellingData data)
    {
        var space = unit.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return unit;
        }
        return data.Lexicon.ContainsPair(data.Validator, unit.AsSpan(0, space), unit.AsSpan(space + 1)) ? unit : unit.AsSpan(0, space);
    }
}
