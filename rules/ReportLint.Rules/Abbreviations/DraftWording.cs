using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// What the draft's own words say of an undefined abbreviation (<see cref="SpelledOutPhrases.Occurrences"/>): which full
/// form it stands for when the data's expansion is not the draft's (`BCH` is `Ban Chấp hành` in the data, but a draft
/// writing `Ban Chỉ huy Quân sự` means `Ban Chỉ huy` by `BCH Quân sự`), and where the draft first writes that full form,
/// the place a definition belongs (`… Ban Chỉ đạo (BCĐ) xây dựng nông thôn mới …`).
/// </summary>
internal static class DraftWording
{
    // Two words read after a name compare it with another: `Quân sự huyện` is enough; more would never agree.
    private const int WordsCompared = 2;

    /// <summary>
    /// The draft's full form for a use of an abbreviation the data expands (<paramref name="dataMeanings"/>), or null
    /// when the data's stands. Only phrases with the head of a data meaning (`Ban …` for `Ban Chấp hành`) are read:
    /// the draft names another body of the same kind, not a chance run of initials. The phrase followed by the words that
    /// follow the use (`BCH Quân sự` ↔ `Ban Chỉ huy Quân sự`) decides; without such words, a single phrase of the draft that
    /// the data does not list is preferred, since the draft knows its bodies better than the data.
    /// </summary>
    public static string? Meaning(UseSite use, IReadOnlyList<string> dataMeanings, List<SpelledOccurrence>? occurrences)
    {
        if (occurrences is null || dataMeanings.Count == 0)
        {
            return null;
        }
        var phrases = occurrences.Where(o => dataMeanings.Any(m => SameHead(m, o.Text)))
            .GroupBy(o => o.Text, StringComparer.OrdinalIgnoreCase).ToList();
        if (phrases.Count == 0)
        {
            return null;
        }
        var after = WordsAfter(use.Paragraph, FirstTokenFrom(use.Paragraph, use.Mention.Span.End));
        var agreeing = phrases.Where(p => p.Any(o => Agree(after, WordsAfter(o.Paragraph, o.Last + 1)))).ToList();
        if (agreeing.Count > 0)
        {
            // A meaning of the data keeps the data's spelling (`Ủy ban Kiểm tra`, whatever the case a sentence gives it).
            return agreeing is [var decided] ? dataMeanings.FirstOrDefault(m => string.Equals(m, decided.Key, StringComparison.OrdinalIgnoreCase))
                ?? AsWritten(decided) : null;
        }
        // A phrase that cuts a word (`Ban Chỉ huy | Quân sự`) is whole only beside the same words.
        var whole = phrases.Where(p => p.Any(o => !o.CutsWord)).ToList();
        return whole is [var only] && !dataMeanings.Contains(only.Key, StringComparer.OrdinalIgnoreCase) ? AsWritten(only) : null;
    }

    /// <summary>
    /// The first place before <paramref name="before"/> where the draft writes <paramref name="meaning"/> in running
    /// text (<see cref="RunningText"/>: not a heading, a quotation, a document's title such as `Luật Bảo vệ môi trường`),
    /// ready to take `(ABBR)`; null when there is none. Not inside parentheses, not where a parenthesis, a number or a capitalized word follows: the name goes on there (`Bảo hiểm Tiền gửi
    /// Việt Nam`, `Trung ương 4`) and parentheses would cut it.
    /// </summary>
    public static SpelledOccurrence? FirstMention(string meaning, List<SpelledOccurrence>? occurrences, int before, Citations.CitationData citations)
    {
        foreach (var occurrence in occurrences ?? [])
        {
            if (occurrence.End > before)
            {
                break;
            }
            if (!occurrence.InTitle && !occurrence.CutsWord && WrittenAs(occurrence, meaning)
                && !ParagraphAbbreviations.Of(occurrence.Paragraph.Syntax).IsCapsLine && TakesParentheses(occurrence)
                && RunningText.Of(occurrence.Paragraph, citations).Contains(Span(occurrence)))
            {
                return occurrence;
            }
        }
        return null;
    }

    private static TextSpan Span(SpelledOccurrence occurrence) =>
        TextSpan.FromBounds(occurrence.Paragraph.Tokens[occurrence.First].Start, occurrence.Paragraph.Tokens[occurrence.Last].End);

    /// <summary>The phrase as the draft writes it inside a sentence, else lower case (its capital was the sentence's).</summary>
    private static string AsWritten(IEnumerable<SpelledOccurrence> occurrences)
    {
        var list = occurrences.ToList();
        return list.FirstOrDefault(o => !o.WeakCapital) is { Text: { } text } ? text : SpelledOutPhrases.WithoutWeakCapital(list[0].Text);
    }

    private static bool WrittenAs(SpelledOccurrence occurrence, string meaning) =>
        string.Equals(occurrence.Text, meaning, StringComparison.Ordinal)
        || (occurrence.WeakCapital && string.Equals(occurrence.Text, AbbreviationText.Capitalize(meaning), StringComparison.Ordinal));

    private static bool TakesParentheses(SpelledOccurrence occurrence)
    {
        var paragraph = occurrence.Paragraph;
        var tokens = paragraph.Tokens;
        // Inside parentheses (`(sau đây gọi tắt là Ban Tổ chức)`) a definition would nest a second pair.
        var depth = 0;
        for (var i = 0; i < occurrence.First; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                depth += paragraph.Text[tokens[i].Start] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            }
        }
        if (depth > 0)
        {
            return false;
        }
        // A line break inside the paragraph (a wrapped line) does not end the name: `Ban Thường vụ⏎Tỉnh đoàn`.
        var next = occurrence.Last + 1;
        while (next < tokens.Count && tokens[next].Kind.IsTrivia())
        {
            next++;
        }
        if (next >= tokens.Count)
        {
            return false; // a line that stops on the name without a stop: the name may go on on the next line
        }
        var token = tokens[next];
        // A number, a numeral, an abbreviation or a capitalized word goes on with the name (`Trung ương 4`, `Ban Chỉ huy PCTT`).
        return token.Kind switch
        {
            TokenKind.Word => !token.Has(TokenFlags.Capitalized),
            TokenKind.Punctuation => paragraph.Text[token.Start] is not ('(' or ')'),
            _ => false,
        };
    }

    private static bool SameHead(string meaning, string phrase)
    {
        var head = meaning.IndexOf(' ');
        return head > 0 && phrase.Length > head && phrase[head] == ' '
            && string.Compare(meaning, 0, phrase, 0, head, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static int FirstTokenFrom(Paragraph paragraph, int offset)
    {
        var i = 0;
        while (i < paragraph.Tokens.Count && paragraph.Tokens[i].Start < offset)
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// The words from token <paramref name="first"/> on, up to <see cref="WordsCompared"/>, joined by spaces only:
    /// `Quân sự` in `BCH Quân sự huyện`.
    /// </summary>
    private static List<string> WordsAfter(Paragraph paragraph, int first)
    {
        var words = new List<string>(WordsCompared);
        var tokens = paragraph.Tokens;
        for (var i = first; i < tokens.Count && words.Count < WordsCompared; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Space or TokenKind.NoBreakSpace)
            {
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                break;
            }
            words.Add(paragraph.GetString(token));
        }
        return words;
    }

    /// <summary>
    /// Same words after both (case aside): two of them, or one capitalized (`Quân sự`, `Đảng`); a single common word
    /// (`huyện`) follows too many names to tell one from another.
    /// </summary>
    private static bool Agree(List<string> a, List<string> b)
    {
        var n = Math.Min(a.Count, b.Count);
        if (n == 0 || (n < WordsCompared && !char.IsUpper(a[0][0])))
        {
            return false;
        }
        for (var k = 0; k < n; k++)
        {
            if (!string.Equals(a[k], b[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }
}
