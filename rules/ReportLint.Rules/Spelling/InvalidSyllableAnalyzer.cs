using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3001: a word meant to be Vietnamese that is not a valid syllable (`thưc`, `tâp`, `cấ`, `qủa`).
/// Each paragraph's invalid words and their ranked candidates are facts cached with the paragraph; the
/// document's own vocabulary then breaks the ties (a draft that writes `thực` twenty times).
/// </summary>
public sealed class InvalidSyllableAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3001", "invalid-syllable",
        new("Âm tiết sai chính tả", "Invalid syllable"),
        new("“{0}” không phải là âm tiết tiếng Việt hợp lệ{1}", "“{0}” is not a valid Vietnamese syllable{1}"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static InvalidWords? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<InvalidWord>? found = null;
        List<int>? names = null;
        SpellingData? data = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Code or TokenKind.Abbreviation))
            {
                continue;
            }
            data ??= SpellingData.Get(context.Options);
            var site = new WordSite(paragraph, i, context.Options);
            if (SpellingTokens.Judge(site, data, out var word) != WordVerdict.Invalid)
            {
                if (IsMixedCaseCapitalized(tokens[i]) && ParagraphSyllables.Get(paragraph, data).Status(i) != SyllableStatus.Valid)
                {
                    (names ??= []).Add(LowerHash(paragraph.GetText(tokens[i])));
                }
                continue;
            }
            if (SplitWord.IsPart(paragraph, i, data))
            {
                continue; // a piece of a word the wrap cut in two (`ngh` ⏎ `iệp`): RL3013 reports the join
            }
            var ranked = data.Suggester.Rank(word, SpellingTokens.Neighbour(site, -1), SpellingTokens.Neighbour(site, 1));
            var original = paragraph.GetString(tokens[i]);
            // `nguyễn văn An`: a syllable of proper names only, written in lower case.
            var name = data.Names.Contains(word) ? char.ToUpperInvariant(original[0]) + original[1..] : null;
            var capitalized = tokens[i].Has(TokenFlags.Capitalized) ? LowerHash(original) : 0;
            (found ??= []).Add(new InvalidWord(tokens[i].Span, original, word, ranked, name, capitalized, Joins(paragraph, i, data)));
        }
        // Every paragraph with words contributes the hashes of its syllable keys (shared with its syllable table):
        // the vocabulary count reads them from the facts instead of looking up each paragraph's table per edit.
        var hashes = data is null ? null : ParagraphSyllables.Get(paragraph, data).KeyHashes;
        return hashes is null ? null : new InvalidWords(found?.ToArray() ?? [], hashes, names?.ToArray() ?? []);
    }

    /// <summary>
    /// The invalid word at <paramref name="index"/> joined with a piece one space away that is no syllable either
    /// (`truyề n`), when RL3013 did not claim the pair: a suggestion that equals the join must replace both pieces,
    /// never leave the stray one (`truyền n`).
    /// </summary>
    private static (TextSpan Span, string Text)[]? Joins(Paragraph paragraph, int index, SpellingData data)
    {
        var tokens = paragraph.Tokens;
        var syllables = ParagraphSyllables.Get(paragraph, data);
        (TextSpan, string)[]? joins = null;
        foreach (var direction in (ReadOnlySpan<int>)[-1, 1])
        {
            var (gap, piece) = (index + direction, index + 2 * direction);
            if (piece < 0 || piece >= tokens.Count || tokens[gap].Kind != TokenKind.Space || tokens[gap].Length != 1
                || tokens[piece].Kind != TokenKind.Word || syllables.Status(piece) == SyllableStatus.Valid)
            {
                continue;
            }
            var (first, last) = piece < index ? (piece, index) : (index, piece);
            var text = string.Concat(paragraph.GetText(tokens[first]), paragraph.GetText(tokens[last]));
            joins = [.. joins ?? [], (TextSpan.FromBounds(tokens[first].Start, tokens[last].End), text)];
        }
        return joins;
    }

    /// <summary>A capitalized word in mixed case: accepted though no valid syllable, it is a name (`Nà Pục`).</summary>
    private static bool IsMixedCaseCapitalized(Token token) =>
        token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.AllUpper);

    /// <summary>The key hash of a word in lower case, so `Pục` and `PỤC` meet.</summary>
    private static int LowerHash(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var length = word[..lower.Length].ToLowerInvariant(lower);
        return ParagraphSyllables.KeyHash(lower[..length]);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<InvalidWords> facts)
    {
        if (!HasInvalidWords(facts))
        {
            return;
        }
        var vocabulary = DocumentVocabulary(context, facts);
        var names = DocumentNames(facts);
        var repeated = RepeatedCapitalized(facts);
        foreach (var fact in facts)
        {
            foreach (var invalid in fact.Facts.Words)
            {
                if (invalid.CapitalizedHash != 0 && (names.Contains(invalid.CapitalizedHash) || repeated.Contains(invalid.CapitalizedHash)))
                {
                    continue; // `PỤC` in a heading, `Phìn` opening a sentence: the draft writes the name `Pục`, `Phìn` elsewhere
                }
                var suggestions = SuggestionEngine.Present(invalid.Ranked, invalid.Word, vocabulary);
                if (invalid.Name is { } name)
                {
                    suggestions = [name, .. suggestions.Where(s => s != name).Take(4)];
                }
                var span = fact.Paragraph.ToAbsolute(invalid.Span);
                var fixes = suggestions.Select(s => CodeFix.Replace(JoinedSpan(fact.Paragraph, invalid, s) ?? span, s, FixSafety.Unsafe)).ToArray();
                LocalizedText hint = invalid.Name is { } capitalized
                    ? new($"; nếu là tên riêng, viết hoa “{capitalized}”", $"; if it is a name, capitalize it: “{capitalized}”")
                    : suggestions.Count == 0
                        ? new("", "")
                        : new($"; có phải “{suggestions[0]}”?", $"; did you mean “{suggestions[0]}”?");
                context.Report(Rule, span, fixes, null, invalid.Original, hint);
            }
        }
    }

    /// <summary>The span of the word and its stray piece when <paramref name="suggestion"/> is the two joined, else null.</summary>
    private static TextSpan? JoinedSpan(Paragraph paragraph, InvalidWord invalid, string suggestion)
    {
        foreach (var (span, text) in invalid.Joins ?? [])
        {
            if (string.Equals(text, suggestion, StringComparison.OrdinalIgnoreCase))
            {
                return paragraph.ToAbsolute(span);
            }
        }
        return null;
    }

    private static bool HasInvalidWords(DocumentFacts<InvalidWords> facts)
    {
        foreach (var fact in facts)
        {
            if (fact.Facts.Words.Length > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Capitalized words written the same way at least <see cref="TimesForAName"/> times (`xã Tà Rơng` in every
    /// table row): a slip is rarely typed identically so often; a minority name the syllable table lacks is.
    /// </summary>
    private static HashSet<int> RepeatedCapitalized(DocumentFacts<InvalidWords> facts)
    {
        var counts = new Dictionary<int, int>();
        foreach (var fact in facts)
        {
            foreach (var invalid in fact.Facts.Words)
            {
                if (invalid.CapitalizedHash != 0)
                {
                    counts[invalid.CapitalizedHash] = counts.GetValueOrDefault(invalid.CapitalizedHash) + 1;
                }
            }
        }
        return counts.Where(c => c.Value >= TimesForAName).Select(c => c.Key).ToHashSet();
    }

    private const int TimesForAName = 3;

    /// <summary>The lower-case hashes of the words the document writes as accepted names in mixed case.</summary>
    private static HashSet<int> DocumentNames(DocumentFacts<InvalidWords> facts)
    {
        var names = new HashSet<int>();
        foreach (var fact in facts)
        {
            names.UnionWith(fact.Facts.NameHashes);
        }
        return names;
    }

    /// <summary>
    /// How often the document uses each candidate, only when there are findings. It runs after every edit
    /// and reads every word: the words' key hashes come with the facts, and a bit set rejects almost every
    /// word before the dictionary (two candidates with the same hash share a count).
    /// </summary>
    private static Func<string, int> DocumentVocabulary(DocumentAnalysisContext context, DocumentFacts<InvalidWords> facts)
    {
        var counts = new Dictionary<int, int>();
        var filter = new ulong[16];
        foreach (var fact in facts)
        {
            foreach (var invalid in fact.Facts.Words)
            {
                foreach (var (key, _) in invalid.Ranked)
                {
                    var hash = ParagraphSyllables.KeyHash(key);
                    counts[hash] = 0;
                    filter[(hash >> 6) & 15] |= 1UL << hash;
                }
            }
        }
        foreach (var fact in facts)
        {
            foreach (var hash in fact.Facts.KeyHashes)
            {
                if (hash != 0 && (filter[(hash >> 6) & 15] & (1UL << hash)) != 0)
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(counts, hash);
                    if (!Unsafe.IsNullRef(ref count))
                    {
                        count++;
                    }
                }
            }
        }
        return key => counts.GetValueOrDefault(ParagraphSyllables.KeyHash(key));
    }

    /// <param name="Name">The word capitalized, when it is a syllable of proper names only (`nguyễn` → `Nguyễn`).</param>
    /// <param name="CapitalizedHash">The lower-case hash of a capitalized word (0 in lower case), to meet the document's names.</param>
    /// <param name="Joins">The word joined with a stray piece one space away (paragraph span and text), if any.</param>
    private sealed record InvalidWord(TextSpan Span, string Original, string Word, IReadOnlyList<(string Key, double Score)> Ranked, string? Name,
        int CapitalizedHash, (TextSpan Span, string Text)[]? Joins);

    /// <summary>
    /// A paragraph's invalid words (often none), the hashes of its valid words' keys, and the lower-case hashes of
    /// the capitalized words it accepts as names though they are no valid syllable.
    /// </summary>
    private sealed record InvalidWords(InvalidWord[] Words, int[] KeyHashes, int[] NameHashes);
}
