using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4003: a space is needed after `, . ; : ! ? ) ] ”` before a word (`chuyên môn.Vai`). Numbers
/// (`19,22%`), domains, abbreviations (`T.Ư`, `v.v`) and symbols are single tokens, so never seen here; the initials
/// of a name are written without a space by custom (`C.Mác`, `Ph.Ăngghen`, `V.I.Lênin`), and so are references to an
/// item of an outline (`mục III.2.a`); file names (`bao-cao.docx`) are single tokens.
/// </summary>
public sealed class MissingSpaceAfterPunctuationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4003", "missing-space-after-punctuation",
        new("Thiếu khoảng trắng sau dấu câu", "Missing space after punctuation"),
        new("Thiếu khoảng trắng sau dấu “{0}”", "Missing space after “{0}”"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Punctuation);

    private static void Analyze(TokenAnalysisContext context)
    {
        var token = context.Token;
        if (token.Length != 1 || context.Text[0] is not (',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '”'))
        {
            return;
        }
        if (context.Peek(1) is not { } next || next.Kind is not (TokenKind.Word or TokenKind.Abbreviation)
            || context.Peek(-1) is not { } previous || !PunctuationTokens.EndsPhrase(context.Paragraph, previous))
        {
            return;
        }
        if (context.Text[0] == '.' && next.Has(TokenFlags.Capitalized) && Abbreviations.Byline.AreNameInitials(context.Paragraph.GetText(previous))
            && (context.Peek(-2) is not { } before || before.Kind.IsTrivia() || before.Kind == TokenKind.Punctuation))
        {
            return; // `C.Mác`, `Ph.Ăngghen`, `V.I.Lênin`: the initials of a name, written without a space by custom
        }
        if (context.Text[0] == '.' && IsOutlineReference(context.Paragraph, previous, next))
        {
            return; // `mục III.2.a`, `Điều 5.3.a`: a reference to an item of an outline, one unit
        }
        context.Report(Rule, token.Span, CodeFix.Insert(token.End, " ", FixSafety.Safe, new("Thêm khoảng trắng", "Insert a space")),
            context.Text.ToString());
    }

    /// <summary>A number or roman numeral, the dot, and one lower-case item letter (`2.a`, `III.1.b`): no sentence starts so.</summary>
    private static bool IsOutlineReference(Paragraph paragraph, Token previous, Token next) =>
        previous.Kind is TokenKind.Number or TokenKind.RomanNumeral && next.Kind == TokenKind.Word && next.Length == 1
        && !next.Has(TokenFlags.Capitalized);
}
