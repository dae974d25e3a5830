using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4011: a dash that sets off an aside or a clause inside a sentence (`các chỉ tiêu – nhất là thu ngân sách – đều đạt`)
/// written as a hyphen `-` in some places and as an en dash `–` (or em dash `—`) in others. Only a dash spaced on both
/// sides, between two phrases and before a word that opens a clause (<see cref="ClauseDashPhrases"/>) counts, with the
/// dash closing the aside when it is the only other one in the clause and the sentence carries on after it
/// (`– đều đạt`). Compounds are RL4009's, one-sided spacing RL4005's; ranges and pairs of names never open a clause.
/// The most frequent style wins (the first on a tie), unless the `style` option sets one dash for every document (an
/// office's house style): then every clause dash written otherwise is reported.
/// </summary>
public sealed class ClauseDashStyleAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4011", "clause-dash-mix",
        new("Dấu gạch ngang giữa câu viết không thống nhất", "Inconsistent clause dash"),
        new("Dấu gạch giữa câu viết bằng {0}, khác kiểu {1} {2}",
            "Clause dash written as {0}, unlike the {1} {2}"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe)
    {
        Options =
        [
            RuleOption.Choice("style", "majority",
                new("Kiểu dấu gạch giữa câu: majority (kiểu dùng nhiều hơn trong văn bản; nếu bằng nhau, kiểu gặp trước), en-dash (luôn viết –) hoặc hyphen (luôn viết -)",
                    "Clause dash style: majority (the style the document uses most; on a tie, the first written), en-dash (always –) or hyphen (always -)"),
                "majority", "en-dash", "hyphen"),
        ],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static ClauseDashes? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        List<ClauseDash>? found = null;
        foreach (var sentence in paragraph.Sentences)
        {
            var spaced = SpacedDashes(context, sentence);
            if (spaced is null)
            {
                continue;
            }
            var openers = ClauseDashPhrases.Openers(context.Options);
            for (var k = 0; k < spaced.Count; k++)
            {
                if (!openers.StartAt(paragraph, spaced[k] + 2))
                {
                    continue;
                }
                (found ??= []).Add(DashAt(paragraph, spaced[k]));
                // The closing dash of the aside: the one spaced dash left before the next opening or semicolon, followed
                // by a word that carries the sentence on (`– đều đạt`), not the second half of a compound
                // (`công nghiệp - xây dựng`). With two or more dashes left the pairing is a guess.
                var clauseEnd = ClauseEnd(paragraph, spaced[k], sentence.EndToken);
                var next = k + 1;
                while (next < spaced.Count && spaced[next] < clauseEnd && !openers.StartAt(paragraph, spaced[next] + 2))
                {
                    next++;
                }
                if (next == k + 2 && ClauseDashPhrases.Closers(context.Options).StartAt(paragraph, spaced[k + 1] + 2))
                {
                    found.Add(DashAt(paragraph, spaced[k + 1]));
                    k++;
                }
            }
        }
        return found is null ? null : new ClauseDashes(found);
    }

    /// <summary>
    /// Token indexes of the dashes in the sentence spaced on both sides between two phrases, compounds of the lexicon
    /// (`kinh tế - xã hội`, RL4009's) left out; null for none.
    /// </summary>
    private static List<int>? SpacedDashes(ParagraphFactsContext context, Sentence sentence)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<int>? dashes = null;
        for (var i = sentence.FirstToken + 2; i + 2 < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation || tokens[i].Length != 1 || paragraph.Text[tokens[i].Start] is not ('-' or '–' or '—')
                || !tokens[i - 1].Kind.IsWhitespace() || !tokens[i + 1].Kind.IsWhitespace()
                || !PunctuationTokens.EndsPhrase(paragraph, tokens[i - 2]) || !PunctuationTokens.StartsPhrase(paragraph, tokens[i + 2]))
            {
                continue;
            }
            if (tokens[i - 2].Kind == TokenKind.Word && tokens[i + 2].Kind == TokenKind.Word
                && SpellingData.Get(context.Options) is var data
                && data.Lexicon.ContainsPair(data.Validator, paragraph.GetText(tokens[i - 2]), paragraph.GetText(tokens[i + 2])))
            {
                continue;
            }
            (dashes ??= []).Add(i);
        }
        return dashes;
    }

    /// <summary>The token index of the first `;` after the dash, or the end of the sentence: an aside does not run past it.</summary>
    private static int ClauseEnd(Paragraph paragraph, int dash, int sentenceEnd)
    {
        for (var i = dash + 1; i < sentenceEnd; i++)
        {
            if (PunctuationTokens.IsChar(paragraph, paragraph.Tokens[i], ';'))
            {
                return i;
            }
        }
        return sentenceEnd;
    }

    private static ClauseDash DashAt(Paragraph paragraph, int index)
    {
        var token = paragraph.Tokens[index];
        return new ClauseDash(token.Span, paragraph.Text[token.Start]);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ClauseDashes> facts)
    {
        var vote = new StyleVote();
        foreach (var (_, dashes) in facts)
        {
            foreach (var dash in dashes.Items)
            {
                vote.Add(dash.Mark.ToString());
            }
        }
        // A configured dash is the office's rule for every document; the majority only settles a mix.
        (string? preferred, LocalizedText reason) = context.Options.GetString(Rule, "style") switch
        {
            "en-dash" => ("–", StyleReasons.Configured),
            "hyphen" => ("-", StyleReasons.Configured),
            _ => (vote.Preferred, StyleReasons.Majority),
        };
        if (preferred is null)
        {
            return;
        }
        foreach (var (paragraph, dashes) in facts)
        {
            foreach (var dash in dashes.Items)
            {
                if (dash.Mark == preferred[0])
                {
                    continue;
                }
                var span = paragraph.ToAbsolute(dash.Span);
                context.Report(Rule, span,
                    CodeFix.Replace(span, preferred, FixSafety.Safe, new($"Viết “{preferred}”", $"Write “{preferred}”")),
                    NameOf(dash.Mark), NameOf(preferred[0]), reason);
            }
        }
    }

    private static LocalizedText NameOf(char mark) => mark switch
    {
        '-' => new("gạch nối “-”", "hyphen “-”"),
        '–' => new("gạch ngang “–”", "en dash “–”"),
        _ => new("gạch dài “—”", "em dash “—”"),
    };

    private readonly record struct ClauseDash(TextSpan Span, char Mark);

    private sealed record ClauseDashes(List<ClauseDash> Items);
}
