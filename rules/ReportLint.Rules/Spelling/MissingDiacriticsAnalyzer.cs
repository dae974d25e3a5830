using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3009: a paragraph of Vietnamese written without any diacritics (`Cac dong chi da thuc hien`)
/// inside a document otherwise written with them. Reported once per paragraph: flagging every
/// syllable would bury the reader, and the marks cannot be restored safely.
/// </summary>
public sealed class MissingDiacriticsAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3009", "missing-diacritics",
        new("Đoạn văn không có dấu", "Paragraph without diacritics"),
        new("Đoạn văn tiếng Việt viết không dấu ({0} từ)", "A Vietnamese paragraph written without diacritics ({0} words)"),
        RuleFamily.Spelling, ReportSeverity.Warning);

    private const int MinimumWords = 6;
    private const int VietnameseDocumentMarks = 20;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static ParagraphMarks? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        int marked = 0, words = 0, shaped = 0, start = -1, end = 0;
        SpellingData? data = null;
        ParagraphSyllables? syllables = null;
        for (var index = 0; index < paragraph.Tokens.Count; index++)
        {
            var token = paragraph.Tokens[index];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral))
            {
                continue;
            }
            start = start < 0 ? token.Start : start;
            end = token.End;
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            words++;
            var text = paragraph.GetText(token);
            // Decomposed (NFD) words carry their marks as combining characters: RL3005's business, not this one.
            if (token.Has(TokenFlags.CombiningMarks) || (token.Has(TokenFlags.NonAscii) && VietnameseLetters.HasMark(text)))
            {
                marked++;
            }
            else if (marked == 0)
            {
                data ??= SpellingData.Get(context.Options);
                syllables ??= ParagraphSyllables.Get(paragraph, data);
                // Shaped like a Vietnamese syllable once the marks are gone: `cac`, `thuc`, `dong`.
                shaped += syllables.Status(index) is SyllableStatus.Valid or SyllableStatus.StopFinalTone or SyllableStatus.Unattested ? 1 : 0;
            }
        }
        return words == 0 ? null : new ParagraphMarks(marked, words, shaped, start < 0 ? default : TextSpan.FromBounds(start, end));
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphMarks> facts)
    {
        if (!HasMarks(facts, VietnameseDocumentMarks))
        {
            return; // not a Vietnamese document with diacritics: nothing to compare against
        }
        foreach (var fact in facts)
        {
            var marks = fact.Facts;
            if (marks.Marked == 0 && marks.Words >= MinimumWords && marks.Shaped * 10 >= marks.Words * 7
                && !LegacyEncoding.IsLegacy(fact.Paragraph))
            {
                context.Report(Rule, fact.Paragraph.ToAbsolute(marks.Span), marks.Words);
            }
        }
    }

    /// <summary>At least <paramref name="enough"/> marked words; stops counting there (it runs after every edit).</summary>
    private static bool HasMarks(DocumentFacts<ParagraphMarks> facts, int enough)
    {
        var marked = 0;
        foreach (var fact in facts)
        {
            marked += fact.Facts.Marked;
            if (marked >= enough)
            {
                return true;
            }
        }
        return false;
    }

    private sealed record ParagraphMarks(int Marked, int Words, int Shaped, TextSpan Span);
}
