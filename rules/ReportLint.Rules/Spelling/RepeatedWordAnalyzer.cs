using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3010: a word or phrase of up to four syllables written twice in a row (`Báo cáo Báo cáo`,
/// `số số`), except legitimate reduplications listed in the `reduplications` data section.
/// </summary>
public sealed class RepeatedWordAnalyzer : DiagnosticAnalyzer
{
    private const int MaxPhrase = 4;

    public static readonly DiagnosticDescriptor Rule = new("RL3010", "repeated-word",
        new("Từ lặp lại", "Repeated word"),
        new("“{0}” bị lặp lại", "“{0}” is repeated"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var words = WordRun(paragraph, context.Sentence);
        var allowed = context.Options.Data.GetOrCreate("reduplications", data =>
            data.Section("reduplications").Select(e => e.GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        var names = context.Options.Data.GetOrCreate("nameReduplications", data =>
            data.Section("nameReduplications").Select(e => e.GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        var i = 0;
        while (i < words.Count)
        {
            var reported = false;
            for (var n = Math.Min(MaxPhrase, (words.Count - i) / 2); n >= 1 && !reported; n--)
            {
                if (!IsRepeat(paragraph, words, i, n) || (n == 1 && allowed.Contains(paragraph.GetString(paragraph.Tokens[words[i].Index]).ToLowerInvariant()))
                    || (n == 1 && IsDoubledName(paragraph, words, i, names))
                    || IsCitationNumberSign(paragraph, words, i, n) || StartsName(paragraph, words, i, n) || EndsName(paragraph, words, i, n)
                    || (n == 1 && (EndsOneWordAndStartsAnother(context.Options, paragraph, words, i) || EndsOneWordBeforeAFreeOne(context.Options, paragraph, words, i))))
                {
                    continue;
                }
                var firstEnd = paragraph.Tokens[words[i + n - 1].Index].End;
                var second = TextSpan.FromBounds(paragraph.Tokens[words[i + n].Index].Start, paragraph.Tokens[words[i + 2 * n - 1].Index].End);
                var phrase = paragraph.Text.Substring(second.Start, second.Length);
                // When the first closes a word (`kiểm tra tra lại`), the writer may have meant another word: not safe to delete blindly.
                var safety = n == 1 && ClosesWordBefore(context.Options, paragraph, words, i) ? FixSafety.Unsafe : FixSafety.Safe;
                context.Report(Rule, second,
                    CodeFix.Delete(RepeatDeletion.Of(paragraph.Text, firstEnd, second), safety, new($"Xóa “{phrase}” lặp lại", $"Remove the repeated “{phrase}”")),
                    phrase);
                i += 2 * n;
                reported = true;
            }
            if (!reported)
            {
                i++;
            }
        }
        ScratchList<(int, bool)>.Return(words);
    }

    /// <summary>
    /// Words of the sentence, each remembering whether exactly one space joins it to the previous word
    /// (`số, số` and `Số hộ    Số hộ` are no repeats), or the line break of a wrapped Markdown paragraph.
    /// </summary>
    private static List<(int Index, bool JoinedToPrevious)> WordRun(Paragraph paragraph, Sentence sentence)
    {
        var words = ScratchList<(int, bool)>.Rent();
        var lastWord = int.MinValue;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (paragraph.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                // One space: a run of spaces parts the columns of a table laid out with spaces (`Số hộ    Số hộ đã đóng góp`).
                var joined = (lastWord == t - 2 && paragraph.Tokens[t - 1] is { Kind: TokenKind.Space or TokenKind.NoBreakSpace, Length: 1 } or { Kind: TokenKind.LineBreak })
                    || (lastWord == t - 3 && paragraph.Tokens[t - 2].Kind == TokenKind.LineBreak && paragraph.Tokens[t - 1].Kind == TokenKind.Markup);
                words.Add((t, joined));
                lastWord = t;
            }
        }
        return words;
    }

    private static bool IsRepeat(Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int start, int n)
    {
        // Lengths first: almost every candidate fails there, before any text is compared.
        for (var k = 0; k < n; k++)
        {
            if (paragraph.Tokens[words[start + k].Index].Length != paragraph.Tokens[words[start + n + k].Index].Length)
            {
                return false;
            }
        }
        for (var k = 1; k < 2 * n; k++)
        {
            if (!words[start + k].JoinedToPrevious)
            {
                return false;
            }
        }
        for (var k = 0; k < n; k++)
        {
            var a = paragraph.GetText(paragraph.Tokens[words[start + k].Index]);
            var b = paragraph.GetText(paragraph.Tokens[words[start + n + k].Index]);
            if (!a.Equals(b, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A doubled syllable `A A` where the lexicon has both `P A` and `A N` is two words meeting, not a repeat:
    /// `trở thành thành phố` is `trở thành` + `thành phố`; so is `P A` before a name (`nông thôn thôn Phú Mỹ`), and
    /// `P A` before `A` compared (`giám sát sát với thực tiễn`, `nâng cao cao hơn`).
    /// </summary>
    private static bool EndsOneWordAndStartsAnother(AnalyzerOptions options, Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int i)
    {
        if (i + 2 >= words.Count || !words[i + 2].JoinedToPrevious || !ClosesWordBefore(options, paragraph, words, i))
        {
            return false;
        }
        var after = paragraph.Tokens[words[i + 2].Index];
        if (after.Has(TokenFlags.Capitalized) || paragraph.GetText(after) is "với" or "hơn")
        {
            return true;
        }
        var data = SpellingData.Get(options);
        Span<char> pair = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        var next = ParagraphSyllables.Get(paragraph, data).PairKey(words[i + 1].Index, words[i + 2].Index, pair);
        return !next.IsEmpty && data.Lexicon.ContainsKeyPair(next);
    }

    /// <summary>
    /// A doubled syllable `A A` where `P A` ends a lexicon word and `A` also begins lexicon words is a word followed by
    /// the same syllable used as a word of its own: `tiểu học học 2 buổi` is `tiểu học` + the verb `học` (`học sinh`,
    /// `học tập`), or the passive marker after a word ending in it (`đạt được được đánh giá`). A syllable that only ends
    /// words (`báo cáo cáo`, `xây dựng dựng`) or another function word (`dành cho cho`) is still a stutter.
    /// </summary>
    private static bool EndsOneWordBeforeAFreeOne(AnalyzerOptions options, Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int i)
    {
        if (i == 0 || !words[i].JoinedToPrevious)
        {
            return false;
        }
        var data = SpellingData.Get(options);
        var syllables = ParagraphSyllables.Get(paragraph, data);
        Span<char> pair = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        var previous = syllables.PairKey(words[i - 1].Index, words[i].Index, pair);
        var key = syllables.Key(words[i].Index);
        return !previous.IsEmpty && data.Lexicon.EndsWord(previous)
            && (Numbers.TokenNavigation.IsWordIn(paragraph, words[i].Index, PassiveMarkers)
                || (data.Lexicon.BeginsWord(key) && !data.FunctionWords.Contains(key.ToString())));
    }

    // `đạt được được đánh giá`, `chuẩn bị bị chậm`: a word ending in a passive marker, then the marker itself.
    private static readonly string[] PassiveMarkers = ["được", "bị"];

    /// <summary>The first of a doubled syllable closes a lexicon word with the syllable before it (`giám sát` in `giám sát sát`).</summary>
    private static bool ClosesWordBefore(AnalyzerOptions options, Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int i)
    {
        if (i == 0 || !words[i].JoinedToPrevious)
        {
            return false;
        }
        var data = SpellingData.Get(options);
        Span<char> pair = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        var previous = ParagraphSyllables.Get(paragraph, data).PairKey(words[i - 1].Index, words[i].Index, pair);
        return !previous.IsEmpty && data.Lexicon.ContainsKeyPair(previous);
    }

    /// <summary>
    /// A lower-case word followed by the same word capitalized opens a name or a body, not a repeat:
    /// `hồ chứa nước Nước Trong`, `trụ sở Sở Tài chính`.
    /// </summary>
    private static bool StartsName(Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int start, int n) =>
        !paragraph.Tokens[words[start].Index].Has(TokenFlags.Capitalized) && paragraph.Tokens[words[start + n].Index].Has(TokenFlags.Capitalized);

    /// <summary>
    /// A capitalized name that ends with the words of the lower-case verb after it closes a body's name, not a repeat:
    /// `Ủy ban Kiểm tra kiểm tra 10 đồng chí`. The name must begin a few words before, with a capital (`Ủy ban`, `Tổ`), so
    /// that a stutter opening a sentence (`Kiểm tra kiểm tra`) is still reported.
    /// </summary>
    private static bool EndsName(Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int start, int n)
    {
        if (!paragraph.Tokens[words[start].Index].Has(TokenFlags.Capitalized) || paragraph.Tokens[words[start + n].Index].Has(TokenFlags.Capitalized))
        {
            return false;
        }
        for (var k = start; k > 0 && k > start - MaxNameWordsBefore && words[k].JoinedToPrevious; k--)
        {
            if (paragraph.Tokens[words[k - 1].Index].Has(TokenFlags.Capitalized))
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxNameWordsBefore = 3;

    /// <summary>`dân tộc Lô Lô`: a name that doubles a syllable, both capitalized.</summary>
    private static bool IsDoubledName(Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int i, HashSet<string> names) =>
        names.Count > 0 && paragraph.Tokens[words[i].Index].Has(TokenFlags.Capitalized) && paragraph.Tokens[words[i + 1].Index].Has(TokenFlags.Capitalized)
        && names.Contains(paragraph.GetString(paragraph.Tokens[words[i].Index]).ToLowerInvariant());

    /// <summary>`số số 35-CT/TW` inside a citation is the citation rules' finding (RL2005), not reported twice.</summary>
    private static bool IsCitationNumberSign(Paragraph paragraph, List<(int Index, bool JoinedToPrevious)> words, int start, int n)
    {
        if (n != 1 || !paragraph.GetText(paragraph.Tokens[words[start].Index]).Equals("số", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var after = words[start + 1].Index + 2;
        return after < paragraph.Tokens.Count && paragraph.Tokens[after].Kind is TokenKind.Number or TokenKind.DocumentSymbol;
    }
}
