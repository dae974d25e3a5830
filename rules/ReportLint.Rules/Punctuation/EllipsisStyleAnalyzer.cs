using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4012: a document writes the ellipsis both as three full stops `...` and as the one character `…`. The form written
/// more often wins; on a tie `...`, what a Vietnamese typist types. The `style` option sets one form for every document
/// instead (an office's house style), and then every ellipsis in the other form is reported, mixed or not. Only a lone
/// ellipsis counts: a run of four dots or more (`....`, a dotted line to fill in), an ellipsis glued to another dot or
/// to `v.v` (`v.v...`), and a blank left to fill in (<see cref="FillInBlank"/>: `ngày … tháng … năm`) may be meant
/// otherwise, so they are neither counted nor reported.
/// </summary>
public sealed class EllipsisStyleAnalyzer : DiagnosticAnalyzer
{
    private const string ThreeDots = EllipsisTokens.ThreeDots;
    private const string OneCharacter = EllipsisTokens.OneCharacter;

    public static readonly DiagnosticDescriptor Rule = new("RL4012", "ellipsis-mix",
        new("Dấu ba chấm viết không thống nhất", "Inconsistent ellipsis"),
        new("Dấu ba chấm “{0}” khác kiểu “{1}” {2}", "The ellipsis “{0}” differs from the form “{1}” {2}"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe)
    {
        Options =
        [
            RuleOption.Choice("style", "majority",
                new("Kiểu dấu ba chấm: majority (kiểu dùng nhiều hơn trong văn bản; nếu bằng nhau, ...), three-dots (luôn viết ...) hoặc character (luôn viết …)",
                    "Ellipsis form: majority (the form the document uses most; on a tie, ...), three-dots (always ...) or character (always …)"),
                "majority", "three-dots", "character"),
        ],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Ellipses? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<Ellipsis>? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (EllipsisTokens.FormOf(paragraph, tokens[i]) is { } form && !EllipsisTokens.IsGlued(paragraph, i) && !FillInBlank.IsBlank(paragraph, i))
            {
                (found ??= []).Add(new Ellipsis(tokens[i].Span, form));
            }
        }
        return found is null ? null : new Ellipses(found);
    }

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
        // A configured form is the office's rule for every document; the majority only settles a mix.
        (string? preferred, LocalizedText reason) = context.Options.GetString(Rule, "style") switch
        {
            "three-dots" => (ThreeDots, StyleReasons.Configured),
            "character" => (OneCharacter, StyleReasons.Configured),
            _ when dots == 0 || characters == 0 => ((string?)null, StyleReasons.Majority),
            _ => (characters > dots ? OneCharacter : ThreeDots, StyleReasons.Majority),
        };
        if (preferred is null)
        {
            return;
        }
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
                    ellipsis.Form, preferred, reason);
            }
        }
    }

    private readonly record struct Ellipsis(TextSpan Span, string Form);

    private sealed record Ellipses(List<Ellipsis> Items);
}
