using System.Text.Json;
using ReportLint.Core.Analysis;
using ReportLint.Core.Data;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6004: a person's middle name left in lower case between a capitalized family name and a capitalized given name
/// (`Ông Nguyễn văn Hùng`, `bà Lê thị Mai`). Only a family name and a middle name of the data (`person-names.json`)
/// followed by a capital make a name: `họ Nguyễn thì …`, `Nguyễn văn bản` and `Cao su Đồng Nai` stay silent.
/// </summary>
public sealed class PersonNameCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6004", "person-name-capitalization",
        new("Viết hoa tên người chưa đúng", "Personal name capitalization"),
        new("Tên người “{0}” phải viết hoa mọi chữ: “{1}”", "The personal name “{0}” capitalizes every syllable: “{1}”"),
        RuleFamily.Names, ReportSeverity.Warning, FixSafety.Unsafe);

    // `Nguyễn thị thu Hà`: at most two middle names in lower case.
    private const int MaxMiddleNames = 2;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        PersonNames? names = null;
        for (var i = 0; i + 4 < tokens.Count; i++)
        {
            if (!IsCapitalizedWord(tokens[i]) || !TokenNavigation.IsWordGap(tokens[i + 1]) || IsCapitalizedWord(tokens[i + 2])
                || tokens[i + 2].Kind != TokenKind.Word)
            {
                continue;
            }
            names ??= PersonNames.Get(context.Options.Data);
            if (!names.IsSurname(paragraph.GetText(tokens[i])))
            {
                continue;
            }
            var edits = new List<TextEdit>(MaxMiddleNames);
            var at = i + 2;
            while (edits.Count < MaxMiddleNames && at < tokens.Count && tokens[at].Kind == TokenKind.Word && !IsCapitalizedWord(tokens[at])
                && !tokens[at].Has(TokenFlags.AllUpper) && names.IsMiddleName(paragraph.GetText(tokens[at]))
                && TokenNavigation.IsWordGap(tokens[at - 1]))
            {
                edits.Add(new TextEdit(tokens[at].Span, Syllables.WithCase(paragraph.GetText(tokens[at]), upperFirst: true)));
                at += 2;
            }
            if (edits.Count == 0 || at >= tokens.Count || !TokenNavigation.IsWordGap(tokens[at - 1]) || !IsCapitalizedWord(tokens[at])
                || MakesWordWithPrevious(paragraph, i, SpellingData.Get(context.Options)))
            {
                continue;
            }
            // The given name may run over several capitalized syllables (`Nguyễn thị Thu Hà`).
            var last = at;
            while (last + 2 < tokens.Count && TokenNavigation.IsWordGap(tokens[last + 1]) && IsCapitalizedWord(tokens[last + 2]))
            {
                last += 2;
            }
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[last].End);
            var corrected = CaseCheck.Corrected(paragraph, span, edits);
            context.Report(Rule, span, CaseCheck.Fix(corrected, edits), CaseCheck.Written(paragraph, span), corrected);
            i = last;
        }
    }

    /// <summary>A capitalized word that is not in capitals throughout (a heading's `NGUYỄN`).</summary>
    private static bool IsCapitalizedWord(Token token) =>
        token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized) && !NameContext.IsAllCaps(token);

    /// <summary>`… nâng Cao …`: a family name that ends a lexicon word with the word before it is that word's syllable.</summary>
    private static bool MakesWordWithPrevious(Paragraph paragraph, int index, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        return index >= 2 && TokenNavigation.IsWordGap(tokens[index - 1]) && tokens[index - 2].Kind == TokenKind.Word
            && spelling.Lexicon.IsWord(spelling.Validator, paragraph.GetText(tokens[index - 2]), paragraph.GetText(tokens[index]));
    }

    /// <summary>The family and middle names of the data packs, any case and tone style.</summary>
    private sealed class PersonNames
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnames;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _middleNames;

        private PersonNames(DataPackSet data)
        {
            _surnames = Set(data, "surnames").GetAlternateLookup<ReadOnlySpan<char>>();
            _middleNames = Set(data, "middleNames").GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public static PersonNames Get(DataPackSet data) => data.GetOrCreate("names.persons", d => new PersonNames(d));

        public bool IsSurname(ReadOnlySpan<char> word) => _surnames.Contains(word);

        public bool IsMiddleName(ReadOnlySpan<char> word) => _middleNames.Contains(word);

        private static HashSet<string> Set(DataPackSet data, string section) =>
            data.Section(section).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim())
                .Where(s => s.Length > 0).SelectMany(Syllables.Variants).ToHashSet(SyllableComparer.Instance);
    }
}
