using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4009: compounds joined by a dash written in more than one style in a document (`kinh tế - xã hội` and
/// `quốc phòng-an ninh`). A dash counts as a compound's when the syllables on its two sides follow each other in
/// a lexicon word (`kinh tế xã hội`), so a dash that sets off a phrase (`Hội nghị - nơi hội tụ -`) is left out
/// (RL4011 keeps those consistent).
/// The most frequent style wins (the first on a tie); a dash spaced on one side only is RL4005's.
/// </summary>
public sealed class CompoundDashStyleAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4009", "compound-dash-mix",
        new("Dấu gạch nối trong từ ghép viết không thống nhất", "Inconsistent dash in compounds"),
        new("“{0}” viết khác kiểu “{1}” dùng trong văn bản", "“{0}” differs from the style “{1}” used in the document"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Compounds? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<Compound>? compounds = null;
        SpellingData? data = null;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation || tokens[i].Length != 1 || paragraph.Text[tokens[i].Start] is not ('-' or '–'))
            {
                continue;
            }
            var left = tokens[i - 1].Kind == TokenKind.Space ? i - 2 : i - 1;
            var right = tokens[i + 1].Kind == TokenKind.Space ? i + 2 : i + 1;
            if (left < 0 || right >= tokens.Count || tokens[left].Kind != TokenKind.Word || tokens[right].Kind != TokenKind.Word
                || (left == i - 1) != (right == i + 1))
            {
                continue; // not between two words, or spaced on one side only (RL4005)
            }
            data ??= SpellingData.Get(context.Options);
            if (!data.Lexicon.ContainsPair(data.Validator, paragraph.GetText(tokens[left]), paragraph.GetText(tokens[right])))
            {
                continue;
            }
            var first = WidenLeft(paragraph, data, left);
            var last = WidenRight(paragraph, data, right);
            var separator = TextSpan.FromBounds(tokens[left].End, tokens[right].Start);
            (compounds ??= []).Add(new Compound(TextSpan.FromBounds(tokens[first].Start, tokens[last].End), separator,
                paragraph.Text.Substring(separator.Start, separator.Length)));
        }
        return compounds is null ? null : new Compounds(compounds);
    }

    /// <summary>`kinh tế` rather than `tế`: the word before, when it makes a lexicon pair with the first syllable.</summary>
    private static int WidenLeft(Paragraph paragraph, SpellingData data, int index)
    {
        var tokens = paragraph.Tokens;
        return index >= 2 && tokens[index - 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[index - 2].Kind == TokenKind.Word
            && data.Lexicon.ContainsPair(data.Validator, paragraph.GetText(tokens[index - 2]), paragraph.GetText(tokens[index]))
            ? index - 2 : index;
    }

    private static int WidenRight(Paragraph paragraph, SpellingData data, int index)
    {
        var tokens = paragraph.Tokens;
        return index + 2 < tokens.Count && tokens[index + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[index + 2].Kind == TokenKind.Word
            && data.Lexicon.ContainsPair(data.Validator, paragraph.GetText(tokens[index]), paragraph.GetText(tokens[index + 2]))
            ? index + 2 : index;
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Compounds> facts)
    {
        var vote = new StyleVote();
        foreach (var (_, compounds) in facts)
        {
            foreach (var compound in compounds.Items)
            {
                vote.Add(compound.Separator);
            }
        }
        if (vote.Preferred is not { } preferred)
        {
            return;
        }
        foreach (var (paragraph, compounds) in facts)
        {
            foreach (var compound in compounds.Items)
            {
                if (compound.Separator == preferred)
                {
                    continue;
                }
                var written = paragraph.Text.Substring(compound.Span.Start, compound.Span.Length);
                var example = written.Remove(compound.SeparatorSpan.Start - compound.Span.Start, compound.SeparatorSpan.Length)
                    .Insert(compound.SeparatorSpan.Start - compound.Span.Start, preferred);
                context.Report(Rule, paragraph.ToAbsolute(compound.Span),
                    CodeFix.Replace(paragraph.ToAbsolute(compound.SeparatorSpan), preferred, FixSafety.Safe,
                        new($"Sửa thành “{example}”", $"Change to “{example}”")),
                    written, example);
            }
        }
    }

    /// <summary>A compound (widened to whole words where the lexicon says so), the text between its two parts, and that text.</summary>
    private readonly record struct Compound(TextSpan Span, TextSpan SeparatorSpan, string Separator);

    private sealed record Compounds(List<Compound> Items);
}
