using ReportLint.Core.Analysis;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>The spelling tables, built once per data pack set and shared by the RL3xxx rules.</summary>
internal sealed class SpellingData
{
    private SpellingData(SyllableValidator validator, Lexicon lexicon, HashSet<string> names)
    {
        Names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        Validator = validator;
        Syllables = new SyllableMemo(validator);
        Lexicon = lexicon;
        Suggester = new SuggestionEngine(validator, lexicon);
        NearMisses = new LexiconNearMissIndex(lexicon.TwoSyllableWords);
    }

    public SyllableValidator Validator { get; }

    /// <summary>The validator behind a memo of the words seen so far (for per-token tables).</summary>
    public SyllableMemo Syllables { get; }

    public Lexicon Lexicon { get; }

    /// <summary>Syllables of proper names outside the common inventory (`Đắk Lắk`), accepted when capitalized.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Names { get; }

    public SuggestionEngine Suggester { get; }

    public LexiconNearMissIndex NearMisses { get; }

    /// <summary>Loanwords written as one word that are no syllable (`ôxy`), accepted in any case.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Loanwords { get; private init; }

    /// <summary>Minority-language terms of several syllables (`pí pặp`), accepted only together.</summary>
    public LoanPhrases LoanPhrases { get; private init; } = new([]);

    /// <summary>Pairs of syllable keys ("a b") one mark apart that are both right in their places (`mười`/`mươi`).</summary>
    public IReadOnlySet<string> DistinctVariants { get; private init; } = new HashSet<string>();

    /// <summary>Keys of function words (`và`, `của`, `các`): a pair holding one is two words, not one.</summary>
    public IReadOnlySet<string> FunctionWords { get; private init; } = new HashSet<string>();

    /// <summary>Nouns a single letter follows as a label (`điểm b`, `tổ d`): that letter is no piece of a split word.</summary>
    public string[] LabelNouns { get; private init; } = [];

    public static SpellingData Get(AnalyzerOptions options) =>
        options.Data.GetOrCreate("spelling.tables", data =>
        {
            var validator = SyllableValidator.Create(data.Section("phonology"), data.Section("syllables"));
            var lexicon = Lexicon.Create(validator, data.Section("lexicon").Select(e => e.GetString()!),
                data.Section("commonSyllables").Select(e => e.GetString()!));
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var loanwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in data.Section("nameSyllables"))
            {
                names.UnionWith(Nfc.Normalize(item.GetString()!).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            foreach (var item in data.Section("loanwords"))
            {
                loanwords.UnionWith(Nfc.Normalize(item.GetString()!).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in data.Section("distinctVariants"))
            {
                var parts = item.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2 && validator.ToKey(parts[0]) is { } a && validator.ToKey(parts[1]) is { } b)
                {
                    distinct.Add(a + " " + b);
                    distinct.Add(b + " " + a);
                }
            }
            var functionWords = data.Section("functionWords")
                .SelectMany(e => e.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(w => validator.ToKey(Nfc.Normalize(w)))
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            var labelNouns = data.Section("labelNouns")
                .SelectMany(e => Nfc.Normalize(e.GetString()!).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToArray();
            return new SpellingData(validator, lexicon, names) { DistinctVariants = distinct, FunctionWords = functionWords, LabelNouns = labelNouns,
                LoanPhrases = new LoanPhrases(data.Section("loanPhrases").Select(e => e.GetString()!)), Loanwords = loanwords.GetAlternateLookup<ReadOnlySpan<char>>() };
        });
}
