using System.Text;
using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The meaning of an undefined abbreviation the data does not know, read from the document itself: words
/// written one after another whose initials spell it (`KBNN` and `Kho bạc Nhà nước` three lines above,
/// `MTQG` and `mục tiêu quốc gia`). Only abbreviations of three letters or more (two letters fit too many
/// word pairs), only a phrase of whole words (its ends do not make a lexicon word with their neighbours), and only
/// when a single phrase fits: two different phrases leave the meaning unknown. The phrase is kept as a name only
/// where its capitals say so: a capital at a sentence start or right after a document type (`Luật Bảo vệ môi trường`)
/// is not the phrase's, and a lower-case writing inside a sentence shows a common noun (`bảo vệ môi trường`).
/// One pass over the words, whatever the number of abbreviations looked for.
/// </summary>
internal static partial class SpelledOutPhrases
{
    private const int MinLetters = 3;

    /// <summary>The phrase that spells each abbreviation, as the document writes it; abbreviations without one are absent.</summary>
    public static Dictionary<string, string> Find(IReadOnlyList<Paragraph> paragraphs, Spelling.SpellingData spelling,
        Citations.DocumentTypeTable types, IEnumerable<string> abbreviations)
    {
        var byInitial = new Dictionary<char, List<(string Abbreviation, List<string> Letters)>>();
        foreach (var abbreviation in abbreviations)
        {
            var letters = AbbreviationText.Letters(abbreviation);
            // `KH&CN`, `VH-TT` join parts the text joins with `và` or a dash: no plain run of words spells them.
            if (letters.Count >= MinLetters && letters.All(l => l.Length == 1) && !abbreviation.Contains('&') && !abbreviation.Contains('-'))
            {
                var first = Base(letters[0][0]);
                if (!byInitial.TryGetValue(first, out var list))
                {
                    byInitial[first] = list = [];
                }
                list.Add((abbreviation, letters));
            }
        }
        var found = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        if (byInitial.Count == 0)
        {
            return [];
        }
        var words = new List<int>();
        foreach (var paragraph in paragraphs)
        {
            foreach (var run in WordRuns(paragraph, words))
            {
                for (var i = 0; i < run.Count; i++)
                {
                    if (!byInitial.TryGetValue(Base(paragraph.GetText(paragraph.Tokens[run[i]])[0]), out var targets))
                    {
                        continue;
                    }
                    foreach (var (abbreviation, letters) in targets)
                    {
                        if (i + letters.Count <= run.Count && !IsFunctionWord(paragraph, run[i]) && Spells(paragraph, run, i, letters)
                            && !Straddles(paragraph, spelling, run, i, i + letters.Count - 1))
                        {
                            Record(found, abbreviation, paragraph, run[i], run[i + letters.Count - 1], AfterTypeWord(paragraph, types, run, i));
                        }
                    }
                }
            }
        }
        return found.Where(f => !f.Value.Ambiguous && DefinitionParser.Fits(f.Value.Phrase, f.Key))
            .ToDictionary(f => f.Key, f => f.Value.Phrase, StringComparer.Ordinal);
    }

    /// <summary>A bucket letter for a first look-up (`ư`, `W` → `u`; `â` → `a`); <see cref="AbbreviationText.MatchesInitial"/> decides.</summary>
    private static char Base(char c) => AbbreviationText.Fold(c) switch
    {
        'ă' or 'â' => 'a',
        'ê' => 'e',
        'ô' or 'ơ' => 'o',
        'ư' or 'w' => 'u',
        var folded => folded,
    };

    /// <param name="weakCapital">Seen only where a first capital says nothing of the phrase: a sentence start, after a document type.</param>
    private sealed class Candidate(string phrase, bool weakCapital)
    {
        public string Phrase { get; set; } = phrase;

        public bool WeakCapital { get; set; } = weakCapital;

        public bool Ambiguous { get; set; }
    }

    private static void Record(Dictionary<string, Candidate> found, string abbreviation, Paragraph paragraph, int first, int last, bool afterTypeWord)
    {
        // A doubled or no-break space (`công nghệ  số`) is the same phrase, not a second one making it ambiguous.
        var text = Spaces().Replace(paragraph.Text.Substring(paragraph.Tokens[first].Start, paragraph.Tokens[last].End - paragraph.Tokens[first].Start), " ")
            .Normalize(NormalizationForm.FormC);
        var weak = afterTypeWord || paragraph.FirstWordOfSentence(first) == first;
        if (!found.TryGetValue(abbreviation, out var candidate))
        {
            found[abbreviation] = new Candidate(weak ? WithoutWeakCapital(text) : text, weak);
        }
        else if (!string.Equals(candidate.Phrase, text, StringComparison.OrdinalIgnoreCase))
        {
            candidate.Ambiguous = true;
        }
        else if (!weak && (candidate.WeakCapital || !HasCapital(text)))
        {
            // The spelling inside a sentence tells a name (`Kho bạc Nhà nước`) from a common noun, and one
            // lower-case writing shows that the phrase is a common noun (`công tác bảo vệ môi trường`).
            (candidate.Phrase, candidate.WeakCapital) = (text, false);
        }
    }

    private static bool HasCapital(string phrase) => phrase.Any(char.IsUpper);

    /// <summary>
    /// The phrase right after a capitalized document type word (`Luật Bảo vệ môi trường`, `Chương trình Mục tiêu quốc gia`):
    /// its first capital is the title's.
    /// </summary>
    private static bool AfterTypeWord(Paragraph paragraph, Citations.DocumentTypeTable types, List<int> run, int start)
    {
        // A type word has at most four syllables (`Chương trình hành động`, `Nghị quyết liên tịch`).
        for (var k = 1; k <= 4 && start - k >= 0; k++)
        {
            var first = run[start - k];
            if (paragraph.Tokens[first].Has(TokenFlags.Capitalized) && RunningText.TypeWordEnd(paragraph, first, types) == run[start - 1])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A phrase seen only where its first capital says nothing: lower case, unless other words are capitalized too (a name).</summary>
    private static string WithoutWeakCapital(string phrase) =>
        phrase.Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0])) ? phrase : char.ToLowerInvariant(phrase[0]) + phrase[1..];

    private static bool Spells(Paragraph paragraph, List<int> run, int start, List<string> letters)
    {
        for (var l = 0; l < letters.Count; l++)
        {
            if (!AbbreviationText.MatchesInitial(letters[l], paragraph.GetText(paragraph.Tokens[run[start + l]])))
            {
                return false;
            }
        }
        return true;
    }

    // A term never opens with these (`tại Hội trường` is no `THT`).
    private static readonly string[] FunctionWords = ["tại", "của", "và", "với", "cho", "trong", "theo", "từ", "đến", "về", "các", "những", "là", "có", "được", "đã", "để", "ở", "thì", "mà"];

    private static bool IsFunctionWord(Paragraph paragraph, int token)
    {
        var word = paragraph.GetText(paragraph.Tokens[token]);
        foreach (var function in FunctionWords)
        {
            if (word.Equals(function, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The phrase cuts a word in two at either end (`vốn hoàn thành tuyến | đường`): chance initials, not a name
    /// or a term, which begin and end with whole words.
    /// </summary>
    private static bool Straddles(Paragraph paragraph, Spelling.SpellingData spelling, List<int> run, int first, int last)
    {
        string Word(int k) => paragraph.GetString(paragraph.Tokens[run[k]]);
        return (first > 0 && spelling.Lexicon.ContainsPair(spelling.Validator, Word(first - 1), Word(first)))
            || (last + 1 < run.Count && spelling.Lexicon.ContainsPair(spelling.Validator, Word(last), Word(last + 1)));
    }

    /// <summary>A spaced dash between the capitalized parts of a name: `Hội đồng Thi đua - Khen thưởng` spells `HĐTĐKT`.</summary>
    private static bool JoinsNameParts(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        return index >= 2 && index + 2 < tokens.Count && tokens[index].Length == 1 && paragraph.Text[tokens[index].Start] is '-' or '–'
            && tokens[index - 1].Kind == TokenKind.Space && tokens[index + 1].Kind == TokenKind.Space
            && tokens[index - 2].Kind == TokenKind.Word && tokens[index + 2] is { Kind: TokenKind.Word } next && next.Has(TokenFlags.Capitalized);
    }

    /// <summary>Runs of words separated by spaces only (no punctuation, no line break between).</summary>
    private static IEnumerable<List<int>> WordRuns(Paragraph paragraph, List<int> run)
    {
        var tokens = paragraph.Tokens;
        run.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Word && !tokens[i].Has(TokenFlags.AllUpper))
            {
                run.Add(i);
            }
            else if (kind is not (TokenKind.Space or TokenKind.NoBreakSpace) && !JoinsNameParts(paragraph, i))
            {
                if (run.Count >= MinLetters)
                {
                    yield return run;
                }
                run.Clear();
            }
        }
        if (run.Count >= MinLetters)
        {
            yield return run;
        }
        run.Clear();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
