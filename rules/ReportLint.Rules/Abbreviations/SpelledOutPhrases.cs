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

    /// <summary>
    /// The phrase that spells each of <paramref name="abbreviations"/>, as the document writes it, read from
    /// <see cref="Occurrences"/>; abbreviations without one, or with two different ones, are absent.
    /// </summary>
    public static Dictionary<string, string> Single(Dictionary<string, List<SpelledOccurrence>> found, IEnumerable<string> abbreviations)
    {
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var abbreviation in abbreviations)
        {
            if (!found.TryGetValue(abbreviation, out var occurrences))
            {
                continue;
            }
            foreach (var occurrence in occurrences.Where(o => !o.CutsWord))
            {
                Record(candidates, abbreviation, occurrence.Text, occurrence.WeakCapital);
            }
        }
        return candidates.Where(f => !f.Value.Ambiguous && DefinitionParser.Fits(f.Value.Phrase, f.Key))
            .ToDictionary(f => f.Key, f => f.Value.Phrase, StringComparer.Ordinal);
    }

    /// <summary>
    /// Every phrase of whole words that spells each abbreviation, in document order (several different phrases included):
    /// where the draft writes a full form, and which words follow it there.
    /// </summary>
    public static Dictionary<string, List<SpelledOccurrence>> Occurrences(IReadOnlyList<Paragraph> paragraphs, Spelling.SpellingData spelling,
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
        var found = new Dictionary<string, List<SpelledOccurrence>>(StringComparer.Ordinal);
        if (byInitial.Count == 0)
        {
            return found;
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
                        var last = i + letters.Count - 1;
                        if (last < run.Count && !IsFunctionWord(paragraph, run[i]) && Spells(paragraph, run, i, letters)
                            && !(i > 0 && IsPair(paragraph, spelling, run, i - 1)))
                        {
                            if (!found.TryGetValue(abbreviation, out var list))
                            {
                                found[abbreviation] = list = [];
                            }
                            list.Add(Occurrence(paragraph, run[i], run[last], AfterTypeWord(paragraph, types, run, i),
                                last + 1 < run.Count && IsPair(paragraph, spelling, run, last)));
                        }
                    }
                }
            }
        }
        return found;
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

    private static SpelledOccurrence Occurrence(Paragraph paragraph, int first, int last, bool afterTypeWord, bool cutsWord)
    {
        // A doubled or no-break space (`công nghệ  số`) is the same phrase, not a second one making it ambiguous.
        var text = Spaces().Replace(paragraph.Text.Substring(paragraph.Tokens[first].Start, paragraph.Tokens[last].End - paragraph.Tokens[first].Start), " ")
            .Normalize(NormalizationForm.FormC);
        return new SpelledOccurrence(paragraph, first, last, text, afterTypeWord || paragraph.FirstWordOfSentence(first) == first, afterTypeWord, cutsWord);
    }

    private static void Record(Dictionary<string, Candidate> found, string abbreviation, string text, bool weak)
    {
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
    public static string WithoutWeakCapital(string phrase) =>
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
    /// Words <paramref name="k"/> and the next one make a lexicon word: a phrase that begins or ends between them cuts a word
    /// in two (`vốn hoàn thành tuyến | đường`), chance initials rather than a name or a term, which begin and end with whole
    /// words. A phrase cut at its end only is kept, marked (`Ban Chỉ huy | Quân sự`): a use followed by the same words may
    /// still name it.
    /// </summary>
    private static bool IsPair(Paragraph paragraph, Spelling.SpellingData spelling, List<int> run, int k) =>
        spelling.Lexicon.ContainsPair(spelling.Validator, paragraph.GetString(paragraph.Tokens[run[k]]), paragraph.GetString(paragraph.Tokens[run[k + 1]]));

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

/// <summary>One place where whole words spell an abbreviation (`Ban Chỉ huy` for `BCH`); token indexes are the paragraph's.</summary>
/// <param name="WeakCapital">At a sentence start or after a document type: its first capital says nothing of the phrase.</param>
/// <param name="InTitle">Right after a document type word (`Luật Bảo vệ môi trường`): part of a document's title.</param>
/// <param name="CutsWord">Its last word makes a lexicon word with the next (`Ban Chỉ huy | Quân sự`): whole only with those words.</param>
internal readonly record struct SpelledOccurrence(Paragraph Paragraph, int First, int Last, string Text, bool WeakCapital, bool InTitle, bool CutsWord)
{
    public int End => Paragraph.Start + Paragraph.Tokens[Last].End;
}
