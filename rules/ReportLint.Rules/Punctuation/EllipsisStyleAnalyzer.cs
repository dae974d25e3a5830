using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4012: a document writes the ellipsis both as three full stops `...` and as the one character `…`. The form written
/// more often wins; on a tie `...`, what a Vietnamese typist types. Only a lone ellipsis counts: a run of four dots or
/// more (`....`, a dotted line to fill in) and an ellipsis glued to another dot or to `v.v` (`v.v...`) may be meant
/// otherwise, so they are neither counted nor reported.
/// </summary>
public sealed class EllipsisStyleAnalyzer : DiagnosticAnalyzer
{
    private const string ThreeDots = "...";
    private const string OneCharacter = "…";

    public static readonly DiagnosticDescriptor Rule = new("RL4012", "ellipsis-mix",
        new("Dấu ba chấm viết không thống nhất", "Inconsistent ellipsis"),
        new("Dấu ba chấm “{0}” khác kiểu “{1}” dùng nhiều hơn trong văn bản", "The ellipsis “{0}” differs from the form “{1}” the document uses most"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Ellipses? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<Ellipsis>? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (FormOf(paragraph, tokens[i]) is { } form && !IsGlued(paragraph, i))
            {
                (found ??= []).Add(new Ellipsis(tokens[i].Span, form));
            }
        }
        return found is null ? null : new Ellipses(found);
    }

    /// <summary>`...` or `…`; null for any other token, a run of four dots included.</summary>
    private static string? FormOf(Paragraph paragraph, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return null;
        }
        var text = paragraph.GetText(token);
        return text.SequenceEqual(ThreeDots) ? ThreeDots : text.SequenceEqual(OneCharacter) ? OneCharacter : null;
    }

    /// <summary>
    /// Touching another dot (`….`, `……`) or a dotted abbreviation (`v.v...`): the writer may mean an ellipsis and a
    /// full stop, or an idiom, and rewriting the form would be a guess.
    /// </summary>
    private static bool IsGlued(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (index > 0)
        {
            var before = tokens[index - 1];
            var text = paragraph.GetText(before);
            if ((before.Kind == TokenKind.Punctuation && IsDotted(text))
                || (before.Kind == TokenKind.Abbreviation && text.Contains('.')))
            {
                return true;
            }
        }
        return index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Punctuation && IsDotted(paragraph.GetText(tokens[index + 1]));
    }

    private static bool IsDotted(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '.' or '…';

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Ellipses> facts)
    {
        var (dots, characters) = (0, 0);
        foreach (var (_, ellipses) in facts)
        {
            foreach (var ellipsis in ellipses.Items)
            {
                if (ellipsis.Form == ThreeDots)
                {
                    dots++;
                }
                else
                {
                    characters++;
                }
            }
        }
        if (dots == 0 || characters == 0)
        {
            return;
        }
        var preferred = characters > dots ? OneCharacter : ThreeDots;
        foreach (var (paragraph, ellipses) in facts)
        {
            foreach (var ellipsis in ellipses.Items)
            {
                if (ellipsis.Form == preferred)
                {
                    continue;
                }
                var span = paragraph.ToAbsolute(ellipsis.Span);
                context.Report(Rule, span,
                    CodeFix.Replace(span, preferred, FixSafety.Safe, new($"Viết “{preferred}”", $"Write “{preferred}”")),
                    ellipsis.Form, preferred);
            }
        }
    }

    private readonly record struct Ellipsis(TextSpan Span, string Form);

    private sealed record Ellipses(List<Ellipsis> Items);
}
