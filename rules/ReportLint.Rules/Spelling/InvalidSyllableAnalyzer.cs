using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3001: a word meant to be Vietnamese that is not a valid syllable (`thưc`, `tâp`, `cấ`, `qủa`).
/// Each paragraph's invalid words and their ranked candidates are facts cached with the paragraph; the
/// document's own vocabulary then breaks the ties (a draft that writes `thực` twenty times).
/// </summary>
public sealed class InvalidSyllableAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3001", "invalid-syllable",
        new("Âm tiết sai chính tả", "Invalid syllable"),
        new("“{0}” không phải là âm tiết tiếng Việt hợp lệ{1}", "“{0}” is not a valid Vietnamese syllable{1}"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static InvalidWords? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<InvalidWord>? found = null;
        SpellingData? data = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Code or TokenKind.Abbreviation))
            {
                continue;
            }
            data ??= SpellingData.Get(context.Options);
            var site = new WordSite(paragraph, i, context.Options);
            if (SpellingTokens.Judge(site, data, out var word) != WordVerdict.Invalid)
            {
                continue;
            }
            var ranked = data.Suggester.Rank(word, SpellingTokens.Neighbour(site, -1), SpellingTokens.Neighbour(site, 1));
            (found ??= []).Add(new InvalidWord(tokens[i].Span, paragraph.GetString(tokens[i]), word, ranked));
        }
        return found is null ? null : new InvalidWords(found.ToArray());
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<InvalidWords> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }
        var vocabulary = DocumentVocabulary(context, facts);
        foreach (var fact in facts)
        {
            foreach (var invalid in fact.Facts.Words)
            {
                var suggestions = SuggestionEngine.Present(invalid.Ranked, invalid.Word, key => vocabulary.GetValueOrDefault(key));
                var span = fact.Paragraph.ToAbsolute(invalid.Span);
                var fixes = suggestions.Select(s => CodeFix.Replace(span, s, FixSafety.Unsafe)).ToArray();
                LocalizedText hint = suggestions.Count == 0
                    ? new("", "")
                    : new($"; có phải “{suggestions[0]}”?", $"; did you mean “{suggestions[0]}”?");
                context.Report(Rule, span, fixes, null, invalid.Original, hint);
            }
        }
    }

    /// <summary>How often the document uses each candidate: one pass over the validated words, only when there are findings.</summary>
    private static Dictionary<string, int> DocumentVocabulary(DocumentAnalysisContext context, DocumentFacts<InvalidWords> facts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            foreach (var invalid in fact.Facts.Words)
            {
                foreach (var (key, _) in invalid.Ranked)
                {
                    counts[key] = 0;
                }
            }
        }
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var data = SpellingData.Get(context.Options);
        foreach (var paragraph in context.Document.Paragraphs)
        {
            var syllables = ParagraphSyllables.Get(paragraph, data);
            for (var i = 0; i < paragraph.Tokens.Count; i++)
            {
                var key = syllables.Key(i);
                if (!key.IsEmpty && lookup.TryGetValue(key, out var count))
                {
                    lookup[key] = count + 1;
                }
            }
        }
        return counts;
    }

    private sealed record InvalidWord(TextSpan Span, string Original, string Word, IReadOnlyList<(string Key, double Score)> Ranked);

    private sealed record InvalidWords(InvalidWord[] Words);
}
