using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A figure restated in words right after it, as Tờ trình, Quyết định and contracts write sums of money:
/// `1.221.000.000 đồng (Bằng chữ: Một tỷ, hai trăm hai mươi mốt triệu đồng)`, `45 phiếu (viết bằng chữ: bốn mươi lăm
/// phiếu)`, `…đồng, bằng chữ: … đồng chẵn./.`. Only the `bằng chữ` form is read (a bare `(Chín mươi sáu triệu đồng)` may
/// be anything), only for money in đồng and counted nouns, and only when every word up to the remark's end is the number
/// (<see cref="VietnameseNumber.TryParseWords"/>), the figure's unit, `chẵn` or `Việt Nam`: anything else is left alone.
/// The remark may also open the next line, restating the one figure that ends the line before (<see cref="OnOwnLine"/>).
/// </summary>
/// <param name="Figure">The figure the words restate.</param>
/// <param name="Words">The words, from the first number word to the last word of the unit.</param>
/// <param name="Value">What the words say, in the figure's base unit (đồng for money).</param>
/// <param name="End">The remark's last token: its `)`, or its last word.</param>
internal sealed record AmountInWords(Figure Figure, TextSpan Words, decimal Value, int End)
{
    /// <summary>The figure's value in the unit the words count: đồng for money, the noun otherwise.</summary>
    public decimal FigureValue => Figure.Unit.IsMeasure ? Figure.Base : Figure.Value;

    public bool Matches => Value == FigureValue;

    public static IEnumerable<AmountInWords> Read(Paragraph paragraph)
    {
        if (!paragraph.Text.Contains("chữ", StringComparison.OrdinalIgnoreCase))
        {
            yield break; // no `bằng chữ` in the paragraph: spare reading a figure at every number
        }
        var tokens = paragraph.Tokens;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Kind == TokenKind.Number && !BreakdownReader.IsPercent(paragraph, j)
                && BreakdownReader.Read(paragraph, j) is { } figure && After(paragraph, figure) is { } words)
            {
                yield return words;
            }
        }
    }

    /// <summary>The `bằng chữ` remark right after <paramref name="figure"/>'s unit, or null.</summary>
    public static AmountInWords? After(Paragraph paragraph, Figure figure)
    {
        if (figure.Unit.IsMeasure && figure.Unit.Dimension != "đồng")
        {
            return null; // areas, masses… are not spelled out in words
        }
        return Remark(paragraph, figure, TokenNavigation.Next(paragraph.Tokens, figure.Unit.LastToken));
    }

    /// <summary>
    /// A line (paragraph) that opens with the remark, `(Bằng chữ: …)` or `Bằng chữ: …`, restating the figure that ends the
    /// line before it (<see cref="LineEndFigure"/>); null when it is no such remark. The result's spans lie in two paragraphs.
    /// </summary>
    public static AmountInWords? OnOwnLine(Paragraph paragraph, Figure figure)
    {
        if (figure.Unit.IsMeasure && figure.Unit.Dimension != "đồng")
        {
            return null;
        }
        var first = TokenNavigation.Next(paragraph.Tokens, -1);
        return first >= 0 && (TokenNavigation.IsPunctuation(paragraph, first, '(') || paragraph.Tokens[first].Kind == TokenKind.Word)
            ? Remark(paragraph, figure, first) : null;
    }

    /// <summary>The paragraph may open with a remark in words: it starts with `(` or a word and says `chữ` (cheap to test on every line).</summary>
    public static bool MayOpenLine(Paragraph paragraph)
    {
        var text = paragraph.Text.AsSpan().TrimStart();
        return text.Length > 0 && (text[0] == '(' || char.IsLetter(text[0])) && text.Contains("chữ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The one figure of a line that ends with it (`Tổng cộng: 45.500.000 đồng`, maybe with a final `.`, `;` or `:`), or
    /// null when the line has no figure, several, or more after its figure: which amount the next line spells is then unclear.
    /// </summary>
    public static Figure? LineEndFigure(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        Figure? found = null;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Kind == TokenKind.Number && !BreakdownReader.IsPercent(paragraph, j) && !BreakdownReader.IsAfterNotQuantity(paragraph, j))
            {
                if (found is not null || BreakdownReader.Read(paragraph, j) is not { } figure)
                {
                    return null;
                }
                found = figure;
            }
        }
        if (found is not { } last)
        {
            return null;
        }
        var after = TokenNavigation.Next(tokens, last.Unit.LastToken);
        return after < 0 || (paragraph.GetText(tokens[after]) is "." or ";" or ":" && TokenNavigation.Next(tokens, after) < 0) ? last : null;
    }

    /// <summary>The `bằng chữ` remark from <paramref name="j"/>, restating <paramref name="figure"/>, or null.</summary>
    private static AmountInWords? Remark(Paragraph paragraph, Figure figure, int j)
    {
        var tokens = paragraph.Tokens;
        var open = TokenNavigation.IsPunctuation(paragraph, j, '(');
        if (open || TokenNavigation.IsPunctuation(paragraph, j, ','))
        {
            j = TokenNavigation.Next(tokens, j);
        }
        if (TokenNavigation.IsWordIn(paragraph, j, ["viết", "ghi"]))
        {
            j = TokenNavigation.Next(tokens, j);
        }
        else if (TokenNavigation.MatchWords(paragraph, j, ["số", "tiền"]) is var money and >= 0)
        {
            j = TokenNavigation.Next(tokens, money);
        }
        if (TokenNavigation.MatchWords(paragraph, j, ["bằng", "chữ"]) is not (var cue and >= 0))
        {
            return null;
        }
        j = TokenNavigation.Next(tokens, cue);
        if (TokenNavigation.IsPunctuation(paragraph, j, ':'))
        {
            j = TokenNavigation.Next(tokens, j);
        }
        var words = new List<string>();
        var at = new List<int>();
        for (; j >= 0; j = TokenNavigation.Next(tokens, j))
        {
            if (tokens[j].Kind == TokenKind.Word)
            {
                words.Add(paragraph.GetString(tokens[j]).ToLowerInvariant());
            }
            else if (TokenNavigation.IsPunctuation(paragraph, j, ','))
            {
                words.Add(",");
            }
            else
            {
                break;
            }
            at.Add(j);
        }
        if (!VietnameseNumber.TryParseWords(words, out var value, out var used) || !IsUnit(words, used, figure.Unit))
        {
            return null;
        }
        var end = j < 0 ? at[^1] : Close(paragraph, j, open);
        return end < 0 ? null : new AmountInWords(figure, TextSpan.FromBounds(tokens[at[0]].Start, tokens[at[^1]].End), value, end);
    }

    /// <summary>The words after the number are the figure's unit (`đồng`, `đồng Việt Nam`, `phiếu`), then maybe `chẵn`, or none.</summary>
    private static bool IsUnit(List<string> words, int used, QuantityUnit unit)
    {
        var tail = words.Skip(used).ToArray();
        var written = tail is [.. var before, "chẵn"] ? before : tail;
        if (written.Length == 0)
        {
            return true;
        }
        if (unit.IsMeasure)
        {
            return written is ["đồng"] or ["đồng", "việt", "nam"];
        }
        var noun = unit.Text.Split(' ');
        return written.SequenceEqual(noun) || written.SequenceEqual(noun[..1]);
    }

    /// <summary>
    /// The remark's last token when <paramref name="stop"/> (the first token after the words) ends it: its `)` (after a
    /// `./.` if any) in brackets, else the last word before a `.` or `;`; -1 when something else follows the words.
    /// </summary>
    private static int Close(Paragraph paragraph, int stop, bool open)
    {
        var tokens = paragraph.Tokens;
        if (!open)
        {
            return tokens[stop].Kind is TokenKind.Punctuation or TokenKind.Symbol && paragraph.GetText(tokens[stop]) is ";" or "." or "./."
                ? TokenNavigation.Previous(tokens, stop)
                : -1;
        }
        for (var j = stop; j >= 0; j = TokenNavigation.Next(tokens, j))
        {
            if (TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                return j;
            }
            if (tokens[j].Kind is not (TokenKind.Punctuation or TokenKind.Symbol) || paragraph.GetText(tokens[j]).ContainsAnyExcept("./"))
            {
                return -1;
            }
        }
        return -1;
    }
}
