using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6003: one phrase capitalized two ways in a document (`Quý II` and `quý II`, `tổ chức Đảng`
/// and `tổ chức đảng`). The phrases come from the data (`capitalizationConsistency`), grouped so
/// that `tổ chức cơ sở đảng` counts with `tổ chức đảng`; each word is compared across the group.
/// Besides, any two adjacent words written as a name (a capital not explained by a sentence start)
/// are compared with the same two words elsewhere (`Ban Chỉ đạo` and `Ban chỉ đạo`, `Phú Thọ` and
/// `Phú thọ`), leaving known body names and titles to RL6001 and RL6002. The more frequent form
/// wins (on a tie lower case for the data phrases, the first form for names); a word at a sentence
/// start, in a capitals heading or in a title-case line says nothing.
/// </summary>
public sealed class InconsistentCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6003", "inconsistent-capitalization",
        new("Viết hoa không thống nhất", "Inconsistent capitalization"),
        new("“{0}” viết hoa không thống nhất với {1} chỗ khác trong văn bản viết “{2}”",
            "“{0}” is capitalized differently from {1} other places in the document, which write “{2}”"),
        RuleFamily.Names, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Occurrences? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var table = NameTables.Get(context.Options.Data).Consistency;
        List<Occurrence>? items = null;
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (table.Match(paragraph, i) is not { } match)
            {
                continue;
            }
            i = match.LastToken;
            var initial = NameContext.IsInitial(paragraph, match.FirstToken);
            var phraseSpan = CaseCheck.SpanOf(paragraph, match);
            var words = new List<Occurrence>();
            for (var s = 0; s < match.Phrase.Syllables.Length; s++)
            {
                var token = paragraph.Tokens[match.TokenOf(s)];
                if (match.Phrase.Syllables[s].Slot is not null || (s == 0 && initial))
                {
                    continue;
                }
                if (NameContext.IsAllCaps(token))
                {
                    words.Clear();
                    break;
                }
                var text = paragraph.GetText(token);
                words.Add(new Occurrence(match.Phrase.Group!, match.Phrase.Syllables[s].Variants[0].ToLowerInvariant(),
                    char.IsUpper(text[0]), token.Span, phraseSpan, false));
            }
            (items ??= []).AddRange(words);
        }
        NamePairs.Collect(paragraph, NameTables.Get(context.Options.Data), ref items);
        return items is { Count: > 0 } ? new Occurrences(items) : null;
    }

    private static void Report(DocumentAnalysisContext context, IReadOnlyList<ParagraphFacts<Occurrences>> facts)
    {
        var all = facts.SelectMany(f => f.Facts.Items.Select(o => (f.Paragraph, Occurrence: o))).ToArray();
        var reported = new HashSet<int>();
        foreach (var word in all.GroupBy(o => (o.Occurrence.Group, o.Occurrence.Word)))
        {
            var upper = word.Count(o => o.Occurrence.Upper);
            var lower = word.Count() - upper;
            if (upper == 0 || lower == 0)
            {
                continue;
            }
            // On a tie: lower case for the common nouns of the data, which official style writes in lower
            // case; the first form for other names.
            var preferUpper = upper != lower ? upper > lower : word.First().Occurrence.FirstWinsTie && word.First().Occurrence.Upper;
            var models = word.Where(o => o.Occurrence.Upper == preferUpper)
                .Select(o => o.Paragraph.Text.Substring(o.Occurrence.Phrase.Start, o.Occurrence.Phrase.Length)).ToArray();
            foreach (var (paragraph, occurrence) in word.Where(o => o.Occurrence.Upper != preferUpper))
            {
                if (!reported.Add(paragraph.ToAbsolute(occurrence.WordSpan).Start))
                {
                    continue; // the same word seen through two pairs
                }
                // Show the same phrase written the preferred way when the document has it.
                var written = paragraph.Text.Substring(occurrence.Phrase.Start, occurrence.Phrase.Length);
                var modelText = models.FirstOrDefault(m => m.Equals(written, StringComparison.OrdinalIgnoreCase)) ?? models[0];
                var text = paragraph.Text.Substring(occurrence.WordSpan.Start, occurrence.WordSpan.Length);
                var fixedWord = Syllables.WithCase(text, preferUpper);
                var edit = new TextEdit(paragraph.ToAbsolute(occurrence.WordSpan), fixedWord);
                context.Report(Rule, paragraph.ToAbsolute(occurrence.Phrase),
                    new CodeFix(new LocalizedText($"Sửa thành “{fixedWord}”", $"Change to “{fixedWord}”"), [edit], FixSafety.Unsafe),
                    written, preferUpper ? upper : lower, modelText);
            }
        }
    }

    private sealed record Occurrences(IReadOnlyList<Occurrence> Items);
}
