using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2015: one congress written two ways in a document. A mention is `Đại hội [đại biểu] &lt;body&gt; lần thứ
/// &lt;Roman&gt;, nhiệm kỳ &lt;years&gt;`: the body's name and the term together identify one congress, so they must
/// carry one number (and one number one term). The minority mention is reported when at least two others agree.
/// A mention without the body's name or without a term is no evidence: `Đại hội … lần thứ XIV` may be the
/// previous congress, `Đại hội toàn quốc lần thứ XIV của Đảng` another body. Consecutive terms of one body carry
/// consecutive numbers: `lần thứ XXV, nhiệm kỳ 2020 - 2025` beside `lần thứ XXV, nhiệm kỳ 2025 - 2030` (a number copied
/// from the previous congress) is reported on the term written fewer times (the later on a tie).
/// </summary>
public sealed class InconsistentCongressNumeralAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2015", "inconsistent-congress-numeral",
        new("Một đại hội được ghi hai số thứ tự hoặc hai nhiệm kỳ", "One congress written with two numbers or two terms"),
        new("Đại hội {0} được ghi “lần thứ {1}, nhiệm kỳ {2}” ở {3} chỗ khác trong văn bản; ở đây là “{4}”{5}",
            "The congress of {0} is written “lần thứ {1}, nhiệm kỳ {2}” in {3} other places in the document; here it is “{4}”{5}"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    /// <summary>Words between `Đại hội` and `lần thứ`: a body's name, not a sentence.</summary>
    private const int MaxBodyWords = 14;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>
    /// A congress mention: the body's lookup key and its name as written, the number and the term, with their spans
    /// (relative to the paragraph) and the term's separator as written.
    /// </summary>
    private sealed record Mention(string BodyKey, string Body, int Number, TextSpan NumberSpan, YearRange Term);

    private sealed record Mentions(List<Mention> Items);

    private static Mentions? Collect(ParagraphFactsContext context)
    {
        var tokens = new CitationTokens(context.Paragraph);
        Mentions? found = null;
        for (var index = 0; index < tokens.Tokens.Count; index++)
        {
            if (tokens[index].Length == 3 && tokens.IsWord(index, "lần") && Read(tokens, index) is { } mention)
            {
                (found ??= new([])).Items.Add(mention);
            }
        }
        return found;
    }

    /// <summary>Reads `lần thứ XV, nhiệm kỳ 2025 - 2030` at <paramref name="lan"/> and the body before it.</summary>
    private static Mention? Read(CitationTokens tokens, int lan)
    {
        var thu = tokens.Next(lan);
        var numeral = tokens.Next(thu);
        if (!tokens.IsWord(thu, "thứ") || numeral < 0
            || tokens[numeral].Kind is not (TokenKind.RomanNumeral or TokenKind.Abbreviation or TokenKind.Word)
            || !RomanNumerals.TryParse(tokens.Paragraph.GetText(tokens[numeral]), out var number)
            || NumeralTerm.After(tokens, numeral) is not { } term
            || ReadBody(tokens, lan) is not var (bodyKey, body))
        {
            return null;
        }
        return new Mention(bodyKey, body, number, tokens[numeral].Span, term);
    }

    /// <summary>
    /// The words between the nearest `Đại hội` and `lần`, without a leading `đại biểu`: the body's key (lookup keys
    /// joined) and its name as written; null when punctuation comes first or nothing names a body.
    /// </summary>
    private static (string Key, string Name)? ReadBody(CitationTokens tokens, int lan)
    {
        var words = 0;
        for (var i = lan - 1; i >= 1; i--)
        {
            var kind = tokens[i].Kind;
            if (kind.IsTrivia())
            {
                continue;
            }
            if (kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral or TokenKind.Number) || ++words > MaxBodyWords)
            {
                return null;
            }
            if (tokens.IsWord(i, "hội") && TokenNavigation.Previous(tokens.Tokens, i) is var dai and >= 0 && tokens.IsWord(dai, "đại"))
            {
                return Body(tokens, i, lan);
            }
        }
        return null;
    }

    private static (string Key, string Name)? Body(CitationTokens tokens, int hoi, int lan)
    {
        var first = tokens.Next(hoi);
        if (tokens.IsWord(first, "đại") && tokens.Next(first) is var bieu && tokens.IsWord(bieu, "biểu"))
        {
            first = tokens.Next(bieu);
        }
        if (first < 0 || first >= lan)
        {
            return null;
        }
        var keys = new List<string>();
        var last = first;
        for (var i = first; i >= 0 && i < lan; i = tokens.Next(i))
        {
            keys.Add(tokens.KeyOf(i));
            last = i;
        }
        var paragraph = tokens.Paragraph;
        return (string.Join(' ', keys), paragraph.Text[tokens[first].Start..tokens[last].End]);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Mentions> facts)
    {
        var all = new List<(Paragraph Paragraph, Mention Mention)>();
        foreach (var (paragraph, mentions) in facts)
        {
            all.AddRange(mentions.Items.Select(m => (paragraph, m)));
        }
        foreach (var body in all.GroupBy(m => m.Mention.BodyKey).Where(g => g.Count() >= 2))
        {
            var mentions = body.ToList();
            var reported = false;
            if (mentions.Count >= 3) // a minority needs two agreeing mentions
            {
                foreach (var (paragraph, mention) in mentions)
                {
                    reported |= ReportNumber(context, paragraph, mention, mentions);
                }
            }
            if (!reported) // a term or number already reported as the minority is that slip, not a repeated number
            {
                ReportRepeatedNumber(context, mentions);
            }
        }
    }

    private static readonly LocalizedText NoTail = new("", "");

    /// <summary>
    /// Two consecutive terms of one body (`2020 - 2025`, `2025 - 2030`), each written with one number, the same: the
    /// term written fewer times (the later on a tie) takes the number next to the other's.
    /// </summary>
    private static void ReportRepeatedNumber(DocumentAnalysisContext context, List<(Paragraph Paragraph, Mention Mention)> mentions)
    {
        var terms = mentions.GroupBy(m => (m.Mention.Term.Start, m.Mention.Term.End)).ToList();
        foreach (var earlier in terms)
        {
            if (terms.Find(t => t.Key.Start == earlier.Key.End && t.Key.End - t.Key.Start == earlier.Key.End - earlier.Key.Start) is not { } later
                || SingleNumber(earlier) is not { } number || SingleNumber(later) != number)
            {
                continue;
            }
            var (blamed, other, expected) = later.Count() <= earlier.Count() ? (later, earlier, number + 1) : (earlier, later, number - 1);
            if (expected < 1)
            {
                continue;
            }
            var roman = RomanNumerals.ToRoman(number);
            var right = RomanNumerals.ToRoman(expected);
            foreach (var (paragraph, mention) in blamed)
            {
                var span = paragraph.ToAbsolute(mention.NumberSpan);
                var term = TermText(mention.Term.Start, mention.Term.End);
                context.Report(Rule, span, [CodeFix.Replace(span, right, FixSafety.Unsafe)], null, mention.Body, roman,
                    TermText(other.Key.Start, other.Key.End), other.Count(), roman,
                    new LocalizedText($" cho nhiệm kỳ {term}: hai nhiệm kỳ liền nhau không cùng một số, viết “{right}”",
                        $" for the term {term}: two consecutive terms cannot share a number, write “{right}”"));
            }
        }
    }

    private static int? SingleNumber(IEnumerable<(Paragraph Paragraph, Mention Mention)> term) =>
        term.Select(m => m.Mention.Number).Distinct().ToList() is [var only] ? only : null;

    /// <summary>
    /// The number when other mentions of the same term agree on another one; otherwise the term when other mentions
    /// of the same number agree on another one (with its fix only when no other number is written with this term:
    /// then the number, not the term, may be the slip).
    /// </summary>
    private static bool ReportNumber(DocumentAnalysisContext context, Paragraph paragraph, Mention mention,
        List<(Paragraph Paragraph, Mention Mention)> mentions)
    {
        var sameTerm = mentions.Where(m => SameTerm(m.Mention, mention)).Select(m => m.Mention.Number).ToList();
        if (Majority(sameTerm, mention.Number) is { } numberMajority)
        {
            var (number, count) = numberMajority;
            var roman = RomanNumerals.ToRoman(number);
            var span = paragraph.ToAbsolute(mention.NumberSpan);
            context.Report(Rule, span, [CodeFix.Replace(span, roman, FixSafety.Unsafe)], null,
                mention.Body, roman, TermText(mention.Term.Start, mention.Term.End), count, paragraph.Text.Substring(mention.NumberSpan.Start, mention.NumberSpan.Length), NoTail);
            return true;
        }
        var sameNumber = mentions.Where(m => m.Mention.Number == mention.Number).Select(m => (m.Mention.Term.Start, m.Mention.Term.End)).ToList();
        if (Majority(sameNumber, (mention.Term.Start, mention.Term.End)) is { } termMajority)
        {
            var ((start, end), agreeing) = termMajority;
            var span = paragraph.ToAbsolute(mention.Term.Span);
            var termUsedElsewhere = sameTerm.Any(n => n != mention.Number);
            CodeFix[] fixes = termUsedElsewhere ? [] : [CodeFix.Replace(span, $"{start}{mention.Term.Separator}{end}", FixSafety.Unsafe)];
            context.Report(Rule, span, fixes, null, mention.Body, RomanNumerals.ToRoman(mention.Number), TermText(start, end), agreeing,
                paragraph.Text.Substring(mention.Term.Span.Start, mention.Term.Span.Length), NoTail);
            return true;
        }
        return false;
    }

    private static bool SameTerm(Mention a, Mention b) => a.Term.Start == b.Term.Start && a.Term.End == b.Term.End;

    private static string TermText(int start, int end) => $"{start} - {end}";

    /// <summary>
    /// The value the other mentions agree on: written at least twice and more often than any other value, the
    /// mention's own included; null when <paramref name="own"/> is that value or no value leads.
    /// </summary>
    private static (T Value, int Count)? Majority<T>(List<T> values, T own) where T : IEquatable<T>
    {
        var counts = values.GroupBy(v => v).Select(g => (Value: g.Key, Count: g.Count())).OrderByDescending(c => c.Count).ToList();
        if (counts.Count < 2 || counts[0].Count < 2 || counts[0].Count == counts[1].Count || counts[0].Value.Equals(own))
        {
            return null;
        }
        return counts[0];
    }
}
