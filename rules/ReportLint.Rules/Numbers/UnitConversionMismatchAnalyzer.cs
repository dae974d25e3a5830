using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5017: a measure restated in another unit that is not the same amount: `0,96 ha (9.060 m²)` is 9.600 m²;
/// `38.650 triệu đồng (khoảng 3,86 tỷ đồng)` is 38,65 tỷ. Only a restatement is read: the second figure opens the
/// parentheses after the first (`(khoảng …)`, `(tương đương …)`) and closes them, or follows `, tương đương` / `, tức`;
/// a few words may come between when the parenthesis opens with `tương đương` or `tức`.
/// Either figure may be the rounded one (`1,46 ha (14.570 m²)`); after `khoảng`, `gần`, `hơn`… a tenth apart passes.
/// </summary>
public sealed class UnitConversionMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5017", "unit-conversion-mismatch",
        new("Số liệu quy đổi sang đơn vị khác không khớp", "Converted figure does not match"),
        new("{0} là {1}, không phải {2}", "{0} is {1}, not {2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    // Words between the first figure and its restatement; the approximate ones allow a looser match.
    private static readonly string[] Restating = ["tương", "đương", "với", "bằng", "tức", "là", "khoảng", "gần", "hơn", "trên", "dưới", "xấp", "xỉ", "ước", "tính", "chừng"];
    private static readonly string[] Approximate = ["khoảng", "gần", "hơn", "trên", "dưới", "xỉ", "ước", "chừng"];
    private static readonly string[] RestatingAfterComma = ["tương", "tức"];

    // After `khoảng`, `gần`, `hơn`… a figure this far from the exact one is still a fair approximation.
    private const decimal ApproximateTolerance = 0.1m;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var text = paragraph.Text;
        if (!text.Contains('(') && !text.Contains("tương đương", StringComparison.Ordinal) && !text.Contains(", tức", StringComparison.Ordinal))
        {
            return;
        }
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && Restatement(paragraph, i) is { } pair)
            {
                Check(context, pair);
            }
        }
    }

    private readonly record struct Figure(int Token, decimal Value, int Decimals, QuantityUnit Unit);

    private readonly record struct Restated(Figure First, Figure Second, bool Approximate);

    private static Restated? Restatement(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (Read(paragraph, index) is not { } first)
        {
            return null;
        }
        var next = TokenNavigation.Next(tokens, first.Unit.LastToken);
        if (!TokenNavigation.IsPunctuation(paragraph, next, '(') && ParenthesesAfterWords(paragraph, next) is { } later)
        {
            next = later; // `12.800 m² mặt đường bị sạt lở (tương đương 1,28 ha)`: an explicit restatement may close a phrase
        }
        var inParentheses = TokenNavigation.IsPunctuation(paragraph, next, '(');
        if (!inParentheses && !(TokenNavigation.IsPunctuation(paragraph, next, ',')
            && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, next), RestatingAfterComma)))
        {
            return null;
        }
        var approximate = false;
        next = TokenNavigation.Next(tokens, next);
        for (var words = 0; words < 4 && TokenNavigation.IsWordIn(paragraph, next, Restating); words++)
        {
            approximate |= TokenNavigation.IsWordIn(paragraph, next, Approximate);
            next = TokenNavigation.Next(tokens, next);
        }
        if (next < 0 || tokens[next].Kind != TokenKind.Number || Read(paragraph, next) is not { } second
            || !Comparable(first.Unit, second.Unit)
            || (inParentheses && !TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Next(tokens, second.Unit.LastToken), ')')))
        {
            return null;
        }
        return new Restated(first, second, approximate);
    }

    /// <summary>
    /// The `(` after a few words and commas that opens with `tương đương` or `tức`, which say the figure in it restates
    /// the one before the words; null otherwise.
    /// </summary>
    private static int? ParenthesesAfterWords(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        for (var count = 0; index >= 0 && count < MaxWordsBeforeRestatement; count++, index = TokenNavigation.Next(tokens, index))
        {
            if (TokenNavigation.IsPunctuation(paragraph, index, '('))
            {
                return TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, index), RestatingAfterComma) ? index : null;
            }
            if (tokens[index].Kind != TokenKind.Word && !TokenNavigation.IsPunctuation(paragraph, index, ','))
            {
                return null;
            }
        }
        return null;
    }

    private const int MaxWordsBeforeRestatement = 14;

    /// <summary>A plain figure (`9.060`, `0,96`; not `1/2`, not a range) and the measure after it.</summary>
    private static Figure? Read(Paragraph paragraph, int index)
    {
        if (!VietnameseNumber.TryParseDecimal(paragraph.GetText(paragraph.Tokens[index]), out var value, out var decimals) || value == 0)
        {
            return null;
        }
        var unit = QuantityUnit.Read(paragraph, index) ?? QuantityUnit.ReadBareScale(paragraph, index);
        return unit is { Dimension: not null } measure ? new Figure(index, value, decimals, measure) : null;
    }

    /// <summary>The same dimension in different units; a bare `tỷ` beside a sum of money counts that money.</summary>
    private static bool Comparable(QuantityUnit first, QuantityUnit second)
    {
        if (first.Factor == second.Factor)
        {
            return false;
        }
        if (first.Dimension == second.Dimension)
        {
            return true;
        }
        return IsMoney(first) && second.Dimension == QuantityUnit.BareScale || IsMoney(second) && first.Dimension == QuantityUnit.BareScale;
    }

    private static bool IsMoney(QuantityUnit unit) => unit.Dimension is "đồng" or "usd";

    private static void Check(ParagraphAnalysisContext context, Restated pair)
    {
        var (first, second) = (pair.First, pair.Second);
        var converted = first.Value * first.Unit.Factor / second.Unit.Factor;
        var back = second.Value * second.Unit.Factor / first.Unit.Factor;
        if (VietnameseNumber.Written(converted, second.Value, second.Decimals) || VietnameseNumber.Written(back, first.Value, first.Decimals)
            || (pair.Approximate && Math.Abs(second.Value - converted) <= converted * ApproximateTolerance))
        {
            return;
        }
        var paragraph = context.Paragraph;
        var token = paragraph.Tokens[second.Token];
        var amount = VietnameseNumber.FormatGrouped(converted, DecimalsFor(converted, second.Decimals));
        context.Report(Rule, token.Span, CodeFix.Replace(token.Span, amount, FixSafety.Unsafe),
            Quantity(paragraph, first.Token, first.Unit), $"{amount} {second.Unit.Text}", Quantity(paragraph, second.Token, second.Unit));
    }

    // `9.200 triệu đồng (92 tỷ đồng)` is 9,2 tỷ: the figure written to whole units would read 9.
    private const int MaxDecimals = 3;

    /// <summary>The decimals the converted figure needs to be written exactly, at least as many as the figure it replaces.</summary>
    private static int DecimalsFor(decimal value, int written)
    {
        var decimals = written;
        while (decimals < MaxDecimals && Math.Round(value, decimals) != value)
        {
            decimals++;
        }
        return decimals;
    }

    private static string Quantity(Paragraph paragraph, int index, QuantityUnit unit) =>
        $"{paragraph.GetString(paragraph.Tokens[index])} {unit.Text}";
}
