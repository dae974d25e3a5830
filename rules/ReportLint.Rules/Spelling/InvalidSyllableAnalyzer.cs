using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>RL3001: a word meant to be Vietnamese that is not a valid syllable (`thưc`, `tâp`, `cấ`, `qủa`).</summary>
public sealed class InvalidSyllableAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3001", "invalid-syllable",
        new("Âm tiết sai chính tả", "Invalid syllable"),
        new("“{0}” không phải là âm tiết tiếng Việt hợp lệ{1}", "“{0}” is not a valid Vietnamese syllable{1}"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Word, TokenKind.Code, TokenKind.Abbreviation);

    private static void Analyze(TokenAnalysisContext context)
    {
        var data = SpellingData.Get(context.Options);
        if (SpellingTokens.Judge(context, data, out var word) != WordVerdict.Invalid)
        {
            return;
        }
        var original = context.Text.ToString();
        var suggestions = data.Suggester.Suggest(word, SpellingTokens.Neighbour(context, -1), SpellingTokens.Neighbour(context, 1),
            vocabulary: candidate => Occurrences(context, data, candidate));
        var fixes = suggestions.Select(s => CodeFix.Replace(context.Token.Span, s, FixSafety.Unsafe)).ToArray();
        LocalizedText hint = suggestions.Count == 0
            ? new("", "")
            : new($"; có phải “{suggestions[0]}”?", $"; did you mean “{suggestions[0]}”?");
        context.Report(Rule, context.Token.Span, fixes, null, original, hint);
    }

    /// <summary>
    /// How often the paragraph itself uses a candidate (its own vocabulary breaks ties); counted only for
    /// the few candidates of a word already found invalid.
    /// </summary>
    private static int Occurrences(TokenAnalysisContext context, SpellingData data, string candidateKey)
    {
        var count = 0;
        Span<char> key = stackalloc char[SyllableValidator.MaxLength];
        foreach (var token in context.Tokens)
        {
            if (token.Kind == TokenKind.Word && token.Length == candidateKey.Length
                && data.Validator.Analyze(context.Paragraph.GetText(token), key, out var length) == SyllableStatus.Valid
                && key[..length].SequenceEqual(candidateKey))
            {
                count++;
            }
        }
        return count;
    }
}
