using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>RL3002: two syllables written without the space between them (`vẫncòn`).</summary>
public sealed class MergedSyllablesAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3002", "merged-syllables",
        new("Hai âm tiết viết liền", "Merged syllables"),
        new("“{0}” là hai âm tiết viết liền; có phải “{1}”?", "“{0}” is two syllables run together; did you mean “{1}”?"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Word, TokenKind.Abbreviation);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (context.Text.Length < 4)
        {
            return; // no two syllables run together in fewer letters
        }
        var data = SpellingData.Get(context.Options);
        // One syllable has one run of vowels, of a rime: the cheap test spares the judgement on ordinary words.
        if (!SpellingTokens.CanBeRunTogether(context.Text, data) || SpellingTokens.Judge(WordSite.Of(context), data, out var word) != WordVerdict.Merged
            || data.Suggester.Split(word) is not { } split)
        {
            return;
        }
        var replacement = split.Left + " " + split.Right;
        context.Report(Rule, context.Token.Span,
            CodeFix.Replace(context.Token.Span, replacement, FixSafety.Unsafe, new($"Tách thành “{replacement}”", $"Split into “{replacement}”")),
            context.Text.ToString(), replacement);
    }
}
