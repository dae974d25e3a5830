using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6001: the name of a body written with the wrong capitals (`Ban thường vụ Huyện ủy`). A phrase
/// counts as a name when a word after its first is capitalized, when its first word is capitalized
/// outside a sentence start, or when the body is unique (`Bộ Chính trị`); `các ban thường vụ` in
/// lower case is a generic use and stays silent.
/// </summary>
public sealed class BodyNameCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6001", "body-name-capitalization",
        new("Viết hoa tên cơ quan chưa đúng", "Body name capitalization"),
        new("Tên cơ quan “{0}” viết hoa chưa đúng: viết “{1}”", "The body name “{0}” is not capitalized correctly: write “{1}”"),
        RuleFamily.Names, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tables = NameTables.Get(context.Options.Data);
        var bodies = tables.Bodies;
        AfterTitles(context, tables);
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (bodies.Match(paragraph, i) is not { } match)
            {
                continue;
            }
            i = match.LastToken;
            var initial = NameContext.IsInitial(paragraph, match.FirstToken);
            var meantAsName = match.Phrase.Unique || CaseCheck.HasInnerCapital(paragraph, match)
                || (!initial && paragraph.Tokens[match.FirstToken].Has(TokenFlags.Capitalized));
            if (!meantAsName || CaseCheck.Corrections(paragraph, match, initial) is not { Count: > 0 } edits)
            {
                continue;
            }
            Report(context, match, edits);
        }
    }

    /// <summary>
    /// `Bí thư huyện ủy`: a committee right after a capitalized title names that one committee, so
    /// it is capitalized too (a plural before the title makes it generic).
    /// </summary>
    private static void AfterTitles(ParagraphAnalysisContext context, NameTables tables)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tables.Titles.Match(paragraph, i) is not { } title)
            {
                continue;
            }
            i = title.LastToken;
            var next = title.LastToken + 2;
            if (!tokens[title.FirstToken].Has(TokenFlags.Capitalized)
                || (NameContext.IsInitial(paragraph, title.FirstToken) && !CaseCheck.HasInnerCapital(paragraph, title))
                || Numbers.TokenNavigation.IsWordIn(paragraph, Numbers.TokenNavigation.Previous(tokens, title.FirstToken), NameContext.Plural)
                || next >= tokens.Count || !tokens[next - 1].Kind.IsWhitespace()
                || tables.Complements.Match(paragraph, next) is not { } committee
                || tokens[next].Has(TokenFlags.Capitalized) || CaseCheck.HasInnerCapital(paragraph, committee) // the name loop's case
                || CaseCheck.Corrections(paragraph, committee, initial: false) is not { Count: > 0 } edits)
            {
                continue;
            }
            Report(context, committee, edits);
        }
    }

    private static void Report(ParagraphAnalysisContext context, PhraseMatch match, List<Core.Text.TextEdit> edits)
    {
        var paragraph = context.Paragraph;
        var span = CaseCheck.SpanOf(paragraph, match);
        var corrected = CaseCheck.Corrected(paragraph, span, edits);
        context.Report(Rule, span, CaseCheck.Fix(corrected, edits), paragraph.Text.Substring(span.Start, span.Length), corrected);
    }
}
