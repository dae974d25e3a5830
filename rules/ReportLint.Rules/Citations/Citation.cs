using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

public enum CitationForm
{
    /// <summary>`Quy định số 90`: a type word and a number without symbol.</summary>
    Number,
    /// <summary>`Chỉ thị số 05-CT/TW` or a symbol on its own.</summary>
    Symbol,
    /// <summary>`Quy định 08-`: a number and a dash with nothing after it.</summary>
    DanglingDash,
    /// <summary>`Nghị quyết Trung ương 4 (khóa XII)`: named by the plenum that adopted it.</summary>
    Conventional,
}

/// <summary>A date in a citation: `ngày 25/10/2018`, `ngày 25-10-2018`, `ngày 25 tháng 10 năm 2018`.</summary>
/// <param name="Span">The date itself, without `ngày`.</param>
public sealed record CitationDate(TextSpan Span, int Day, int Month, int Year)
{
    /// <summary>No Party or State document predates the Party's founding: an earlier year is a typo.</summary>
    public const int FirstYear = 1930;

    public bool IsValid => Month is >= 1 and <= 12 && Year is >= 1 and <= 9999 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month);

    /// <summary>A real day on which a document could have been issued.</summary>
    public bool IsPlausible => IsValid && Year >= FirstYear;

    public DateOnly? Value => IsPlausible ? new DateOnly(Year, Month, Day) : null;

    /// <summary>`25/10/2018`, `04/08/2017`: the form of the knowledge base and of fixes.</summary>
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="date"/> written the way <paramref name="written"/> is (`05/3/2021`, `5-3-2021`, `05 tháng 3 năm 2021`):
    /// its separators and its padding of day and month, so a fix changes only the wrong part. A day or month written `05`
    /// keeps its zero, one written `5` gets none; `15` or `12` says nothing and follows the other part (padded when neither
    /// tells). The knowledge base's form when the written date has not three runs of digits.
    /// </summary>
    public static string Format(DateOnly date, string written)
    {
        var runs = new List<(int Start, int Length)>(3);
        for (var i = 0; i < written.Length;)
        {
            var start = i;
            while (i < written.Length && char.IsAsciiDigit(written[i]))
            {
                i++;
            }
            if (i > start)
            {
                runs.Add((start, i - start));
            }
            else
            {
                i++;
            }
        }
        if (runs.Count != 3)
        {
            return Format(date);
        }
        bool? Padded((int Start, int Length) run) => run.Length == 1 ? false : written[run.Start] == '0' ? true : null;
        var (day, month) = (Padded(runs[0]), Padded(runs[1]));
        var pad = new[] { day ?? month ?? true, month ?? day ?? true };
        var values = new[] { date.Day, date.Month };
        var result = new System.Text.StringBuilder(written.Length + 2);
        var at = 0;
        for (var k = 0; k < 3; k++)
        {
            result.Append(written, at, runs[k].Start - at);
            result.Append(k == 2 ? date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
                : values[k].ToString(pad[k] ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture));
            at = runs[k].Start + runs[k].Length;
        }
        return result.Append(written, at, written.Length - at).ToString();
    }
}

/// <summary>The body named after `của`, recognized from the issuing bodies of the data.</summary>
public sealed record BodyMention(TextSpan Span, IssuingBody Body);

/// <summary>A Roman numeral after `khóa`: the term of the body or the plenum.</summary>
public sealed record TermMention(TextSpan Span, string Numeral);

/// <summary>
/// One document cited in a paragraph. Spans are relative to the paragraph. A list
/// (`Nghị quyết số 26, 27 của …`) gives one citation per number, sharing the type word; the date,
/// body and term written after the list belong to its last item only.
/// </summary>
public sealed record Citation(CitationForm Form, TextSpan Span)
{
    public DocumentType? Type { get; init; }

    /// <summary>The type word as written; empty for a symbol cited without one.</summary>
    public TextSpan TypeSpan { get; init; }

    /// <summary>`số`, when written.</summary>
    public TextSpan? NumberSign { get; init; }

    /// <summary>A second `số` right after the first (`số số`).</summary>
    public TextSpan? RepeatedNumberSign { get; init; }

    /// <summary>The number or symbol (with the dangling dash for <see cref="CitationForm.DanglingDash"/>).</summary>
    public TextSpan ReferenceSpan { get; init; }

    public int Number { get; init; }

    public CitationSymbol? Symbol { get; init; }

    /// <summary>En or em dashes typed in the symbol where a hyphen belongs (`08–QĐi/TW`).</summary>
    public IReadOnlyList<TextSpan> WrongDashes { get; init; } = [];

    /// <summary>
    /// The mark where spaces split the symbol: `-` for `144 -QĐ/TW`, `/` for `07-CT/ TU`; null when unsplit.
    /// <see cref="Symbol"/> is the text without the spaces.
    /// </summary>
    public char? SpacedMark { get; init; }

    public CitationDate? Date { get; init; }

    /// <summary>
    /// A day without its year opening the clause that issues the document, as news writes it (`Ngày 16/8, Tỉnh ủy ban hành
    /// Kế hoạch số …`): the article's own date gives the year, so the citation is dated. Null when <see cref="Date"/> is set.
    /// </summary>
    public TextSpan? Dateline { get; init; }

    public BodyMention? Body { get; init; }

    public IReadOnlyList<TermMention> Terms { get; init; } = [];

    /// <summary>
    /// The plenum of the Central Committee that adopted the document: of a conventional name (`Trung ương 4`) or of a
    /// symbol's tail (`04-NQ/TW … của Hội nghị lần thứ tư Ban Chấp hành Trung ương`).
    /// </summary>
    public int? Plenum { get; init; }

    /// <summary>Where <see cref="Plenum"/> is written: `4`, or the ordinal `tư` / `mười một`.</summary>
    public TextSpan? PlenumSpan { get; init; }

    /// <summary>For an item of a list with no date of its own, the date written after the list (it may be shared).</summary>
    public CitationDate? ListDate { get; init; }

    /// <summary>True for the second and later items of a list, which share the first item's type word.</summary>
    public bool InList { get; init; }

    /// <summary>The knowledge-base document this citation names, when it can be told.</summary>
    public KnownDocument? Document { get; init; }

    /// <summary>
    /// Keys that identify the document across the draft: its symbol (or the known document's) and its type word
    /// with its number, so `Quy định số 08-QĐi/TW` and a later `Quy định 08` are one document.
    /// </summary>
    public IEnumerable<string> IdentityKeys()
    {
        if (Document is { } known)
        {
            yield return known.Symbol.Key;
        }
        if (Symbol is { Issuer: not null } symbol)
        {
            yield return symbol.Key;
        }
        if (Form != CitationForm.Conventional && Type is { } type)
        {
            yield return $"{type.Word}#{Number}";
        }
        else if (Document is { } document)
        {
            yield return $"{document.Type}#{document.Symbol.NumberValue}";
        }
    }
}
