using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// One number of a written calculation with what is written after it up to the next operator: `12 cá nhân`,
/// `702.000 đồng/người`, `1,2 tỷ đồng`, `10%`. <paramref name="Unit"/> is a measure (<see cref="QuantityUnit"/>) or the
/// counted noun (its first two syllables), null for a bare number; <paramref name="Per"/> the noun after `/`.
/// </summary>
internal readonly record struct Operand(int Token, TextSpan Span, decimal Value, int Decimals, bool Percent, QuantityUnit? Unit,
    string? Per, int LastToken)
{
    public bool IsBare => Unit is null && !Percent;

    public bool IsMeasure => Unit is { IsMeasure: true };

    public bool IsNoun => Unit is { IsMeasure: false };
}

/// <summary>
/// A calculation written out in full, operands and operators before `=` and the result after it: `12 cá nhân x 702.000
/// đồng = 8.424.000 đồng`, `7.020.000 đồng + 8.424.000 đồng = 15.444.000 đồng`, `250 - 18 = 232`. Products are `x`, `×`
/// or `*`; sums `+`, differences a dash. Read strictly, since a dash, a plus or an `x` mean other things too:
/// every operator stands between two numbers with the same spacing on both sides (`+1,5` and `-3` are signs), each
/// operand is a number in the Vietnamese convention (dates `12/5`, ranges `2020-2025`, symbols `12-KH/HU` and phone
/// numbers are other tokens or do not parse) followed by at most three words and a `/noun`, the result is a number right
/// after `=`, and the number before the first operator is the first of the expression (a dash or plus starting a line is a
/// bullet, not a minus). A result may also come first, its calculation filling the parenthesis right after it
/// (`1.295.600.000 đồng (1.245.600.000 đồng + 4.750.000.000 đồng − 4.700.000.000 đồng)`). <see cref="CalculationValue"/>
/// then checks the units.
/// </summary>
internal sealed record WrittenCalculation(IReadOnlyList<Operand> Operands, IReadOnlyList<char> Operators, Operand Result)
{
    public const char Plus = '+';
    public const char Minus = '-';
    public const char Times = '×';

    private const int MaxUnitWords = 3;
    private const int MaxPerWords = 2;

    /// <summary>
    /// The calculations of <paramref name="sentence"/>: one for each `=` with at least one operator before it, and one for
    /// each result followed by its calculation in parentheses (`1.295.600.000 đồng (1.245.600.000 đồng + 4.750.000.000 đồng
    /// − 4.700.000.000 đồng)`).
    /// </summary>
    /// <remarks>An `=` or a `)` is looked for before the iterator is created: every sentence passes here, and few have one.</remarks>
    public static IEnumerable<WrittenCalculation> Read(Paragraph paragraph, Sentence sentence) =>
        HasCalculationMark(paragraph, sentence) ? ReadAll(paragraph, sentence) : [];

    private static bool HasCalculationMark(Paragraph paragraph, Sentence sentence)
    {
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            if (IsEquals(paragraph, j) || TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<WrittenCalculation> ReadAll(Paragraph paragraph, Sentence sentence)
    {
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            var calculation = IsEquals(paragraph, j) ? ReadAt(paragraph, sentence, j)
                : TokenNavigation.IsPunctuation(paragraph, j, ')') ? ReadBracketedAt(paragraph, sentence, j) : null;
            if (calculation is not null)
            {
                yield return calculation;
            }
        }
    }

    /// <summary>The text from the first operand to the end of the last one, spaces as written.</summary>
    public string Expression(Paragraph paragraph)
    {
        var start = paragraph.Tokens[Operands[0].Token].Start;
        var end = paragraph.Tokens[Operands[^1].LastToken].End;
        return paragraph.Text[start..end];
    }

    private static WrittenCalculation? ReadAt(Paragraph paragraph, Sentence sentence, int equals)
    {
        var tokens = paragraph.Tokens;
        var resultToken = TokenNavigation.Next(tokens, equals);
        if (resultToken < 0 || resultToken >= sentence.EndToken || ReadResult(paragraph, resultToken) is not { } result)
        {
            return null;
        }
        return Chain(paragraph, sentence, equals) is var (operands, operators, _) ? new(operands, operators, result) : null;
    }

    // Words between a result and the parenthesis of its calculation: the result's unit (`đồng`, `triệu đồng`, `hộ dân`).
    private const int MaxResultWords = 3;

    /// <summary>
    /// The calculation filling the parenthesis closed at <paramref name="close"/>, the result being the figure right before
    /// the parenthesis (`1.295.600.000 đồng (… + … − …)`): nothing else in the parenthesis, nothing but the result's unit between.
    /// </summary>
    private static WrittenCalculation? ReadBracketedAt(Paragraph paragraph, Sentence sentence, int close)
    {
        if (Chain(paragraph, sentence, close) is not var (operands, operators, open) || !TokenNavigation.IsPunctuation(paragraph, open, '('))
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        var k = TokenNavigation.Previous(tokens, open);
        for (var words = 0; words < MaxResultWords && k >= sentence.FirstToken && tokens[k].Kind == TokenKind.Word; words++)
        {
            k = TokenNavigation.Previous(tokens, k);
        }
        if (k < sentence.FirstToken || tokens[k].Kind != TokenKind.Number || ReadResult(paragraph, k) is not { } result
            || TokenNavigation.Next(tokens, result.LastToken) != open)
        {
            return null;
        }
        return new(operands, operators, result);
    }

    /// <summary>
    /// The operands and operators written before <paramref name="end"/> (an `=` or a `)`), back to the first operand, and the
    /// token before it; null for no operator, or a first operand with a sign or after `Km`.
    /// </summary>
    private static (List<Operand> Operands, List<char> Operators, int Before)? Chain(Paragraph paragraph, Sentence sentence, int end)
    {
        var tokens = paragraph.Tokens;
        var operands = new List<Operand>();
        var operators = new List<char>();
        while (true)
        {
            if (OperandBefore(paragraph, sentence, end) is not { } operand)
            {
                return null; // an operator with no number before it: a sign, or not a calculation
            }
            operands.Insert(0, operand);
            var before = TokenNavigation.Previous(tokens, operand.Token);
            if (before < sentence.FirstToken || OperatorAt(paragraph, before) is not { } op || StartsLine(paragraph, before))
            {
                // `Km 3 + 200`: a chainage; `-3 + 5`: the first operand has a sign this reading would drop.
                return operators.Count == 0 || TokenNavigation.IsWord(paragraph, before, "km") || IsSign(paragraph, before, operand.Token)
                    ? null
                    : (operands, operators, before);
            }
            operators.Insert(0, op);
            end = before;
        }
    }

    /// <summary>The operand whose last token is right before <paramref name="end"/> (an operator or `=`).</summary>
    private static Operand? OperandBefore(Paragraph paragraph, Sentence sentence, int end)
    {
        var tokens = paragraph.Tokens;
        var k = TokenNavigation.Previous(tokens, end);
        // Back over the unit (`cá nhân`, `đồng/người`) to the number: a few words and one `/`.
        for (var steps = 0; k >= sentence.FirstToken && steps <= MaxUnitWords + MaxPerWords + 1; steps++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return ReadOperand(paragraph, k) is { } operand && TokenNavigation.Next(tokens, operand.LastToken) == end ? operand : null;
            }
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Code) && !TokenNavigation.IsPunctuation(paragraph, k, '/')
                || OperatorAt(paragraph, k) is not null)
            {
                return null;
            }
            k = TokenNavigation.Previous(tokens, k);
        }
        return null;
    }

    /// <summary>The number at <paramref name="number"/> and its unit, up to the next operator or `=`.</summary>
    private static Operand? ReadOperand(Paragraph paragraph, int number)
    {
        if (Parse(paragraph, number) is not var (value, decimals, percent))
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, number);
        if (next < 0 || Ends(paragraph, next))
        {
            return Make(paragraph, number, value, decimals, percent, null, null, number);
        }
        if (percent)
        {
            return null;
        }
        var last = number;
        QuantityUnit unit;
        if (QuantityUnit.Read(paragraph, number) is { IsMeasure: true } measure)
        {
            unit = measure;
            last = measure.LastToken;
        }
        else if (Words(paragraph, number, MaxUnitWords) is ({ } noun, var nounLast))
        {
            unit = new QuantityUnit(noun, null, 1, nounLast);
            last = nounLast;
        }
        else
        {
            return null;
        }
        string? per = null;
        var slash = TokenNavigation.Next(tokens, last);
        if (TokenNavigation.IsPunctuation(paragraph, slash, '/'))
        {
            // `đồng/người`; `đồng/hộ/tháng` is per two units, which no product here cancels.
            if (Words(paragraph, slash, MaxPerWords) is not ({ } perNoun, var perLast) || TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Next(tokens, perLast), '/'))
            {
                return null;
            }
            per = perNoun;
            last = perLast;
        }
        return Make(paragraph, number, value, decimals, percent, unit, per, last);
    }

    /// <summary>The number right after `=` and the unit written after it; null when a `/noun` follows (a rate, not this sum).</summary>
    private static Operand? ReadResult(Paragraph paragraph, int number)
    {
        if (paragraph.Tokens[number].Kind != TokenKind.Number || Parse(paragraph, number) is not var (value, decimals, percent))
        {
            return null;
        }
        var unit = percent ? null : QuantityUnit.Read(paragraph, number);
        if (unit is { IsMeasure: false } && Words(paragraph, number, 2, open: true) is ({ } noun, var nounLast))
        {
            unit = new QuantityUnit(noun, null, 1, nounLast); // the noun without an `x` or a second noun after it
        }
        else if (unit is { IsMeasure: false })
        {
            unit = null;
        }
        var last = unit?.LastToken ?? number;
        return TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Next(paragraph.Tokens, last), '/')
            ? null
            : Make(paragraph, number, value, decimals, percent, unit, null, last);
    }

    private static Operand Make(Paragraph paragraph, int number, decimal value, int decimals, bool percent, QuantityUnit? unit, string? per, int last) =>
        new(number, paragraph.Tokens[number].Span, value, decimals, percent, unit, per, last);

    /// <summary>`702.000` → 702000; `10%` → 10, percent; null for a date, a range or another convention.</summary>
    private static (decimal Value, int Decimals, bool Percent)? Parse(Paragraph paragraph, int number)
    {
        var text = paragraph.GetText(paragraph.Tokens[number]);
        var percent = text.EndsWith('%');
        return VietnameseNumber.TryParseDecimal(percent ? text[..^1] : text, out var value, out var decimals) ? (value, decimals, percent) : null;
    }

    /// <summary>
    /// The words after <paramref name="index"/>, at most <paramref name="max"/>, the first two of them as the noun. An
    /// operand's words must run up to an operator, `=` or `/`; a result's (<paramref name="open"/>) end at any other token.
    /// </summary>
    private static (string? Noun, int Last) Words(Paragraph paragraph, int index, int max, bool open = false)
    {
        var tokens = paragraph.Tokens;
        var words = new List<string>(max);
        var last = index;
        for (var k = TokenNavigation.Next(tokens, index); k >= 0; k = TokenNavigation.Next(tokens, k))
        {
            if (Ends(paragraph, k) || TokenNavigation.IsPunctuation(paragraph, k, '/') || TokenNavigation.IsPunctuation(paragraph, k, ')'))
            {
                break; // `)` closes a calculation written after its result
            }
            if (tokens[k].Kind != TokenKind.Word || words.Count == max)
            {
                if (open)
                {
                    break;
                }
                return (null, -1);
            }
            words.Add(paragraph.GetString(tokens[k]).ToLowerInvariant());
            last = k;
        }
        return words.Count == 0 ? (null, -1) : (Join(words), last);
    }

    private static string Join(List<string> words) => string.Join(' ', words.Take(2));

    /// <summary>An operator or `=` ends an operand.</summary>
    private static bool Ends(Paragraph paragraph, int index) => IsEquals(paragraph, index) || OperatorAt(paragraph, index) is not null;

    /// <summary>`+`, a dash or `−`, `×`, `*`, or the letter `x` alone, with the same spacing on both sides.</summary>
    private static char? OperatorAt(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (index <= 0 || index + 1 >= tokens.Count || tokens[index].Length != 1 || tokens[index - 1].Kind.IsTrivia() != tokens[index + 1].Kind.IsTrivia())
        {
            return null;
        }
        var c = paragraph.Text[tokens[index].Start];
        return tokens[index].Kind switch
        {
            TokenKind.Symbol when c == '+' => Plus,
            TokenKind.Symbol when c is '×' => Times,
            TokenKind.Symbol when c is '−' => Minus,
            TokenKind.Punctuation when c is '-' or '–' => Minus,
            TokenKind.Punctuation when c == '*' => Times,
            TokenKind.Word when c is 'x' or 'X' => Times,
            _ => null,
        };
    }

    /// <summary>A `+` or dash written against the number after it: `-3`, `+1,5`.</summary>
    private static bool IsSign(Paragraph paragraph, int index, int number) =>
        index >= 0 && index + 1 == number && paragraph.GetText(paragraph.Tokens[index]) is "+" or "-" or "−" or "–";

    private static bool IsEquals(Paragraph paragraph, int index) =>
        paragraph.Tokens[index] is { Kind: TokenKind.Symbol, Length: 1 } token && paragraph.Text[token.Start] == '=';

    /// <summary>Nothing but spaces between the line's start and <paramref name="index"/>: a bullet (`- 5 …`, `+ 3 …`).</summary>
    private static bool StartsLine(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var k = index - 1;
        while (k >= 0 && tokens[k].Kind.IsWhitespace())
        {
            k--;
        }
        return k < 0 || tokens[k].Kind == TokenKind.LineBreak;
    }
}
