using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3012: a word misspelt with syllables that all exist, by a confusion of consonants (`sản suất`, `bổ xung`,
/// `trú trọng`, `dữ gìn`): the syllable rules cannot see it, and the marks are right, so RL3003 cannot either.
/// The wrong forms come from data (`confusions`, one `wrong → right` per entry, two to four syllables); only forms
/// that are never right are listed, a longer form where the context decides (`phân bố kinh phí`), or a word that is
/// wrong before a percentage (`tang 10,5%` is `tăng`: a mark lost on a verb of change).
/// </summary>
public sealed class CommonConfusionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3012", "common-confusion",
        new("Từ thường bị viết nhầm", "Commonly confused spelling"),
        new("“{0}” là cách viết sai thường gặp; viết “{1}”", "“{0}” is a common misspelling; write “{1}”"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        SpellingData? data = null;
        ConfusionTable? table = null;
        ParagraphSyllables? syllables = null;
        Span<char> phrase = stackalloc char[(SyllableValidator.MaxLength + 1) * ConfusionTable.MaxWords];
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i + 1] is not { Kind: TokenKind.Space, Length: 1 })
            {
                continue;
            }
            var beforePercentage = tokens[i + 2].Kind == TokenKind.Number && Numbers.BreakdownReader.IsPercent(paragraph, i + 2);
            if (!beforePercentage && tokens[i + 2].Kind != TokenKind.Word)
            {
                continue;
            }
            data ??= SpellingData.Get(context.Options);
            table ??= ConfusionTable.Get(context.Options, data);
            syllables ??= ParagraphSyllables.Get(paragraph, data);
            if (beforePercentage)
            {
                ReportBeforePercentage(context, table, syllables, i);
                continue;
            }
            if (!table.MayStart(syllables.Key(i)))
            {
                continue; // nearly every pair ends here, on one set look-up
            }
            // The longest listed form first: `phân bố kinh phí` before a shorter entry that starts the same way.
            for (var words = Math.Min(table.Longest, WordsFrom(tokens, i)); words >= 2; words--)
            {
                var last = i + 2 * (words - 1);
                var key = syllables.PhraseKey(i, words, phrase);
                if (key.IsEmpty || table.RightFor(key) is not { } right || Straddles(paragraph, tokens, i, last, data))
                {
                    continue;
                }
                var span = TextSpan.FromBounds(tokens[i].Start, tokens[last].End);
                var written = paragraph.Text.Substring(span.Start, span.Length);
                var replacement = SuggestionEngine.MatchCase(right, written);
                context.Report(Rule, span, CodeFix.Replace(span, replacement, FixSafety.Unsafe), written, replacement);
                i = last;
                break;
            }
        }
    }

    /// <summary>`tang 10,5%`: a listed word before a percentage, in a paragraph that writes its marks (else RL3009's).</summary>
    private static void ReportBeforePercentage(ParagraphAnalysisContext context, ConfusionTable table, ParagraphSyllables syllables, int word)
    {
        var paragraph = context.Paragraph;
        if (table.RightBeforePercentage(syllables.Key(word)) is not { } right || !WritesMarks(paragraph))
        {
            return;
        }
        var span = paragraph.Tokens[word].Span;
        var written = paragraph.Text.Substring(span.Start, span.Length);
        var replacement = SuggestionEngine.MatchCase(right, written);
        context.Report(Rule, span, CodeFix.Replace(span, replacement, FixSafety.Unsafe), written, replacement);
    }

    private static bool WritesMarks(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && (token.Has(TokenFlags.CombiningMarks)
                || (token.Has(TokenFlags.NonAscii) && VietnameseLetters.HasMark(paragraph.GetText(token)))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many Word tokens, one space apart, run from <paramref name="first"/> (at most the longest form).</summary>
    private static int WordsFrom(TokenList tokens, int first)
    {
        var words = 1;
        for (var next = first + 2; words < ConfusionTable.MaxWords && next < tokens.Count
             && tokens[next - 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[next].Kind == TokenKind.Word; next += 2)
        {
            words++;
        }
        return words;
    }

    /// <summary>
    /// The form read across two words: its last syllable makes a word with the next (`nâng xuất khẩu` is `nâng` +
    /// `xuất khẩu`) or its first with the one before (`vấn đề suất ăn`).
    /// </summary>
    private static bool Straddles(Paragraph paragraph, TokenList tokens, int first, int last, SpellingData data)
    {
        var after = last + 2;
        var before = first - 2;
        return (after < tokens.Count && tokens[after - 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[after].Kind == TokenKind.Word
                && data.Lexicon.IsWord(data.Validator, paragraph.GetText(tokens[last]), paragraph.GetText(tokens[after])))
            || (before >= 0 && tokens[before + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[before].Kind == TokenKind.Word
                && data.Lexicon.IsWord(data.Validator, paragraph.GetText(tokens[before]), paragraph.GetText(tokens[first])));
    }
}
