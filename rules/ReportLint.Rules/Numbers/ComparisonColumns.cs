using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A percent column comparing two figure columns of its row, for RL5019, when <see cref="RateColumns"/> does not read it
/// as performance over target. Either the heading names both columns, the first over the second: `Dự toán 2027 so với ước
/// thực hiện 2026 (%)`, `So sánh năm 2026 với năm 2025 (%)`, `DT/UTH (%)`; or it only says it compares (`So sánh (%)`,
/// `So với cùng kỳ (%)`) right after the two figure columns it compares: the later (right) over the earlier, unless the
/// heading names the right one as the base (`Năm nay | Năm trước | So với năm trước (%)`); a base it does not name must
/// leave no third figure column to compare with. A name stands for the one column whose heading holds all its words
/// (`ước thực hiện 2026` for `Ước thực hiện năm 2026`; `DT`, `UTH`, `TH`, `KH`, `CK` spelled out), or among several the
/// one holding nothing more; a name that fits two columns (`kế hoạch` over `Kế hoạch tỉnh giao`, `Kế hoạch huyện giao`)
/// or none of those it must compare leaves the rate unread.
/// <see cref="RowFormula"/> then reads the column so only when most rows agree.
/// </summary>
internal sealed partial record ComparisonColumns(int Rate, int Numerator, int Denominator)
{
    // The abbreviations of budget tables: `DT/UTH (%)`, `TH/KH`, `So với CK`.
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dt"] = ["dự", "toán"], ["uth"] = ["ước", "thực", "hiện"], ["ưth"] = ["ước", "thực", "hiện"],
        ["th"] = ["thực", "hiện"], ["kh"] = ["kế", "hoạch"], ["ck"] = ["cùng", "kỳ"],
    };

    /// <summary>The column as a rate of its row: the numerator over the denominator, in percent.</summary>
    public RowFormula Formula(PipeTable table) => new(table, Rate, [Numerator, Denominator], RateColumns.Percent);

    public static IEnumerable<ComparisonColumns> Find(PipeTable table)
    {
        var read = RateColumns.Find(table).Select(c => c.Rate).ToHashSet();
        for (var rate = 1; rate < table.ColumnCount; rate++)
        {
            if (!read.Contains(rate) && Names(table.Heading(rate)) is var (numerator, denominator, compares)
                && Columns(table, rate, numerator, denominator, compares) is (var top, var bottom) && top != bottom)
            {
                yield return new ComparisonColumns(rate, top, bottom);
            }
        }
    }

    /// <summary>
    /// What a percent heading compares: both names (`A so với B`, `So sánh A với B`, `A/B`), the base alone (`So với B`),
    /// or neither (`So sánh`); <c>Compares</c> is false for any other heading, which is none of these.
    /// </summary>
    private static (string? Numerator, string? Denominator, bool Compares) Names(string heading)
    {
        var text = Tail().Replace(heading.Trim(), "");
        var percent = text.Length < heading.Trim().Length;
        var lead = Lead().Match(text);
        percent |= lead.Value.Trim() == "%";
        text = text[lead.Length..];
        if (!percent)
        {
            return (null, null, false);
        }
        var compare = CompareVerb().Match(text);
        text = text[compare.Length..];
        if (compare.Success && text.Length == 0)
        {
            return (null, null, true);
        }
        if (BothNamed().Match(text) is { Success: true } both)
        {
            return (both.Groups["a"].Value, both.Groups["b"].Value, true);
        }
        if (compare.Success && Joined().Match(text) is { Success: true } joined)
        {
            return (joined.Groups["a"].Value, joined.Groups["b"].Value, true);
        }
        if (Slashed().Match(text) is { Success: true } slashed && slashed.Groups["a"].Value.Any(char.IsLetter) == slashed.Groups["b"].Value.Any(char.IsLetter))
        {
            return (slashed.Groups["a"].Value, slashed.Groups["b"].Value, true);
        }
        return BaseOnly().Match(text) is { Success: true } baseOnly ? (null, baseOnly.Groups["b"].Value, true) : (null, null, false);
    }

    /// <summary>The numerator and denominator columns the names give, or the two figure columns right before the rate.</summary>
    private static (int Numerator, int Denominator)? Columns(PipeTable table, int rate, string? numerator, string? denominator, bool compares)
    {
        if (!compares)
        {
            return null;
        }
        var bottom = denominator is null ? None : Resolve(table, rate, denominator);
        if (numerator is not null)
        {
            return Resolve(table, rate, numerator) is var top and >= 0 && bottom >= 0 ? (top, bottom) : null;
        }
        var (left, right) = (rate - 2, rate - 1);
        if (bottom == Ambiguous || left < 0 || !IsFigureColumn(table, left) || !IsFigureColumn(table, right))
        {
            return null;
        }
        if (bottom >= 0)
        {
            // `Năm nay | Năm trước | So với năm trước (%)`; a base named elsewhere (`Kế hoạch` far left) is not these two.
            return bottom == left ? (right, left) : bottom == right ? (left, right) : null;
        }
        // A base left unnamed (`So sánh`, `So với cùng kỳ` over two years): only the two figures since the label or the
        // last percent column; among more (`Dự toán | Cùng kỳ | Thực hiện | So sánh (%)`) the heading does not say which.
        for (var column = left - 1; column >= 0 && !table.Heading(column).Contains('%'); column--)
        {
            if (IsFigureColumn(table, column))
            {
                return null;
            }
        }
        return (right, left);
    }

    private const int None = -1;
    private const int Ambiguous = -2;

    /// <summary>The one figure column whose heading holds every word of <paramref name="name"/>; <see cref="None"/> or <see cref="Ambiguous"/>.</summary>
    private static int Resolve(PipeTable table, int rate, string name)
    {
        var words = Words(name);
        if (words.Count == 0 || words[0] == "tổng")
        {
            return Ambiguous; // `so với tổng số`: a share of the total, RL5018's
        }
        var holding = new List<int>();
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (column != rate && IsFigureColumn(table, column) && words.All(Words(table.Heading(column)).Contains))
            {
                holding.Add(column);
            }
        }
        if (holding.Count > 1)
        {
            holding = holding.FindAll(column => Words(table.Heading(column)).Count == words.Count);
            return holding.Count == 1 ? holding[0] : Ambiguous;
        }
        return holding.Count == 1 ? holding[0] : None;
    }

    /// <summary>The words of a name or heading, lower case, abbreviations spelled out, without units in brackets or `năm` before a year.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match word in Word().Matches(Unit().Replace(text, " ")))
        {
            if (Abbreviations.TryGetValue(word.Value, out var spelled))
            {
                words.AddRange(spelled);
            }
            else
            {
                words.Add(word.Value.ToLowerInvariant());
            }
        }
        words.RemoveAll(w => w == "năm");
        return words;
    }

    private static bool IsFigureColumn(PipeTable table, int column) =>
        !table.Heading(column).Contains('%') && !RowRateColumns.IsNumbering(table.Heading(column)) && ColumnSum.MostlyFigures(table, column);

    [GeneratedRegex(@"\s*(?:\(\s*%\s*\)|%)$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"^(?:t[ỷỉ]\s+lệ(?![\p{L}\p{M}])|%)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^so\s+sánh(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompareVerb();

    [GeneratedRegex(@"^(?<a>\S.*?)\s+so\s+với\s+(?<b>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothNamed();

    [GeneratedRegex(@"^(?<a>\S.*?)\s+(?:với|và)\s+(?<b>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"^(?<a>[^/]*\S)\s*/\s*(?<b>\S[^/]*)$")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^so\s+với\s+(?<b>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BaseOnly();

    [GeneratedRegex(@"[\p{L}\p{M}\d]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Unit();
}
