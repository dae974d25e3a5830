using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4005: a dash between two words is spaced on both sides or on neither (`quốc phòng - an ninh`,
/// `quốc phòng-an ninh`), never on one (`quốc phòng- an ninh`). A range of years (`2021- 2025`) is fixed to the way the
/// document writes its other ranges (`2023-2024` or `2023 - 2024`), so the fix makes no mix of styles.
/// </summary>
public sealed class DashSpacingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4005", "dash-spacing",
        new("Khoảng trắng quanh dấu gạch ngang không cân đối", "Unbalanced spacing around a dash"),
        new("Dấu “{0}” có khoảng trắng ở một bên; viết “{1}”", "The “{0}” is spaced on one side only; write “{1}”"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterTokenAction(Analyze, TokenKind.Punctuation);
        context.RegisterDocumentAction(CollectYearRanges, ReportYearRanges);
    }

    private static void Analyze(TokenAnalysisContext context)
    {
        var dash = context.Token;
        if (dash.Length != 1 || context.Text[0] is not ('-' or '–' or '—'))
        {
            return;
        }
        var spaceBefore = context.Peek(-1) is { } b && b.Kind.IsWhitespace();
        // The wrap of a paragraph read over several lines spaces the dash too (`quốc phòng-⏎an ninh`), with
        // the indentation Markdown excludes after it.
        var spaceAfter = context.Peek(1) is { } a && (a.Kind.IsWhitespace() || a.Kind == TokenKind.LineBreak);
        var rightAt = !spaceAfter ? 1 : context.Peek(2) is { Kind: TokenKind.Markup } ? 3 : 2;
        if (spaceBefore == spaceAfter
            || context.Peek(spaceBefore ? -2 : -1) is not { } left || !IsWordSide(left)
            || context.Peek(rightAt) is not { } right || !IsWordSide(right))
        {
            return;
        }
        // `Quy định 08- ngày…` is a truncated document symbol: the citation rules own it. A range of years is read
        // with the document's other ranges (below).
        if (left.Kind == TokenKind.Number && (right.Kind != TokenKind.Number
            || YearRange.TryRead(context.Paragraph, context.TokenIndex - (spaceBefore ? 2 : 1), out _)))
        {
            return;
        }
        var mark = context.Text.ToString();
        var fix = spaceBefore
            ? CodeFix.Insert(dash.End, " ", FixSafety.Safe, new("Thêm khoảng trắng sau dấu gạch", "Space the dash on both sides"))
            : CodeFix.Insert(dash.Start, " ", FixSafety.Safe, new("Thêm khoảng trắng trước dấu gạch", "Space the dash on both sides"));
        context.Report(Rule, dash.Span, fix, mark, $" {mark} ");
    }

    private sealed record YearRanges(List<YearRange> Items);

    private static YearRanges? CollectYearRanges(ParagraphFactsContext context) =>
        YearRange.ReadAll(context.Paragraph) is { } ranges ? new YearRanges(ranges) : null;

    /// <summary>Each lopsided range of years, fixed to the separator the document's other ranges use most (`-`, ` - `).</summary>
    private static void ReportYearRanges(DocumentAnalysisContext context, DocumentFacts<YearRanges> facts)
    {
        var vote = new StyleVote();
        foreach (var (_, ranges) in facts)
        {
            YearRange.VoteSeparators(ranges.Items, vote);
        }
        var preferred = vote.MostWritten;
        foreach (var (paragraph, ranges) in facts)
        {
            foreach (var range in ranges.Items)
            {
                if (!range.IsLopsided)
                {
                    continue;
                }
                var mark = range.Separator.Trim();
                var separator = preferred ?? $" {mark} "; // no other range: spaced on both sides
                var dashStart = range.SeparatorSpan.Start + range.Separator.IndexOf(mark, StringComparison.Ordinal);
                var fix = CodeFix.Replace(paragraph.ToAbsolute(range.SeparatorSpan), separator, FixSafety.Safe,
                    new($"Viết “{range.Start}{separator}{range.End}”", $"Write “{range.Start}{separator}{range.End}”"));
                context.Report(Rule, paragraph.ToAbsolute(new TextSpan(dashStart, mark.Length)), fix, mark, separator);
            }
        }
    }

    private static bool IsWordSide(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral or TokenKind.Number or TokenKind.Code;
}
