using System.Runtime.InteropServices;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3011: a pair of syllables that occurs once in the document while a variant one mark away occurs
/// repeatedly (`Bình Sơn` five times, `Bình Sờn` once): the document's own vocabulary says which is the
/// slip, for names and terms no lexicon holds. A variant one confusable initial away (s/x, ch/tr, d/gi/r,
/// l/n) counts too when the repeated form is a lexicon word (`giám sát` repeated, `giám xát` once).
/// </summary>
public sealed class RareVariantAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3011", "rare-variant",
        new("Cách viết khác với phần còn lại của văn bản", "Spelling differs from the rest of the document"),
        new("“{0}” chỉ xuất hiện một lần, trong khi văn bản viết “{1}” {2} lần", "“{0}” occurs once while the document writes “{1}” {2} times"),
        RuleFamily.Spelling, ReportSeverity.Info, FixSafety.Unsafe);

    private const int Repeated = 3;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>Pairs are kept as hashes of their keys (no string per pair); texts are re-read only for the rare candidates.</summary>
    private static PairFacts? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<PairFact>? pairs = null;
        SpellingData? data = null;
        ParagraphSyllables? syllables = null;
        Span<char> pair = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        Span<char> skeleton = stackalloc char[SyllableValidator.MaxLength * 2 + 1];
        int[]? hashes = null;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i + 1] is not { Kind: TokenKind.Space, Length: 1 } || tokens[i + 2].Kind != TokenKind.Word)
            {
                continue;
            }
            var first = paragraph.GetText(tokens[i]);
            var second = paragraph.GetText(tokens[i + 2]);
            if (first.Length > SyllableValidator.MaxLength || second.Length > SyllableValidator.MaxLength
                || !(tokens[i].Has(TokenFlags.NonAscii) || tokens[i + 2].Has(TokenFlags.NonAscii)))
            {
                continue;
            }
            data ??= SpellingData.Get(context.Options);
            syllables ??= ParagraphSyllables.Get(paragraph, data);
            var key = syllables.PairKey(i, i + 2, pair);
            if (key.IsEmpty)
            {
                continue;
            }
            var folded = ConfusableInitials.FoldedSkeleton(key, skeleton);
            hashes ??= syllables.KeyHashes;
            var left = i >= 2 && tokens[i - 1] is { Kind: TokenKind.Space, Length: 1 } ? hashes[i - 2] : 0;
            var right = i + 4 < tokens.Count && tokens[i + 3] is { Kind: TokenKind.Space, Length: 1 } ? hashes[i + 4] : 0;
            (pairs ??= ScratchList<PairFact>.Rent()).Add(new PairFact(string.GetHashCode(key), string.GetHashCode(skeleton[..folded]), i, left, right));
        }
        if (pairs is null)
        {
            return null;
        }
        var facts = new PairFacts(pairs.ToArray());
        ScratchList<PairFact>.Return(pairs);
        return facts;
    }

    /// <summary>
    /// Runs on every edit over every paragraph's pairs, so it makes one pass with one look-up per pair: each
    /// distinct form keeps its count, its skeleton and where it first occurs. A pair can only be reported when
    /// its form occurs once and another form of its skeleton occurs at least <see cref="Repeated"/> times; both
    /// the candidates and the frequent forms are then read from the distinct forms, not from the pairs again.
    /// </summary>
    private static void Report(DocumentAnalysisContext context, DocumentFacts<PairFacts> facts)
    {
        var forms = new Dictionary<int, Form>();
        for (var f = 0; f < facts.Count; f++)
        {
            var pairs = facts[f].Facts.Pairs;
            for (var p = 0; p < pairs.Length; p++)
            {
                ref var form = ref CollectionsMarshal.GetValueRefOrAddDefault(forms, pairs[p].Exact, out var seen);
                form = seen
                    ? form with
                    {
                        Count = form.Count + 1,
                        Left = form.Left == pairs[p].Left ? form.Left : 0,
                        Right = form.Right == pairs[p].Right ? form.Right : 0,
                    }
                    : new Form(1, pairs[p].Skeleton, f, p, pairs[p].Left, pairs[p].Right);
            }
        }
        var frequentSkeletons = new HashSet<int>();
        foreach (var form in forms.Values)
        {
            if (form.Count >= Repeated)
            {
                frequentSkeletons.Add(form.Skeleton);
            }
        }
        if (frequentSkeletons.Count == 0)
        {
            return;
        }
        var candidates = new List<Form>();
        foreach (var form in forms.Values)
        {
            if (form.Count == 1 && frequentSkeletons.Contains(form.Skeleton))
            {
                candidates.Add(form);
            }
        }
        candidates.Sort(InDocumentOrder);
        var data = SpellingData.Get(context.Options);
        Dictionary<int, List<Form>>? variants = null;
        foreach (var candidate in candidates)
        {
            var paragraph = facts[candidate.Fact].Paragraph;
            var pair = facts[candidate.Fact].Facts.Pairs[candidate.Pair];
            if (Straddles(data, paragraph, paragraph.Tokens, pair.Token)
                || RangeOpening.At(paragraph, pair.Token) || RangeOpening.At(paragraph, pair.Token + 2))
            {
                continue; // `chuyển từ làm thay sang hướng dẫn`: the preposition, not `tự làm`
            }
            var rareSpan = pair.SpanIn(paragraph);
            var text = paragraph.Text.Substring(rareSpan.Start, rareSpan.Length);
            var rareKey = Key(data, text);
            if (rareKey is null || data.NearMisses.Find(rareKey) is not null || context.Options.IsWordAllowed(text)
                || data.Lexicon.ContainsKeyPair(rareKey) || ConfusionTable.Get(context.Options, data).RightFor(rareKey) is not null)
            {
                continue; // a lexicon word is no slip; RL3003 or RL3012 already explains the others from data
            }
            variants ??= FrequentVariants(forms, frequentSkeletons);
            foreach (var frequent in variants[pair.Skeleton])
            {
                var where = facts[frequent.Fact].Paragraph;
                var span = facts[frequent.Fact].Facts.Pairs[frequent.Pair].SpanIn(where);
                var variant = where.Text.Substring(span.Start, span.Length);
                if (Key(data, variant) is not { } variantKey || !IsEvidence(data, variantKey) || !Apart(data, rareKey, variantKey)
                    || AreDistinct(data, rareKey, variantKey) || LacksFixedNeighbour(data, facts, pair, frequent))
                {
                    continue;
                }
                var absolute = paragraph.ToAbsolute(rareSpan);
                var replacement = SuggestionEngine.MatchCase(variant, text);
                context.Report(Rule, absolute, CodeFix.Replace(absolute, replacement, FixSafety.Unsafe), text, variant, frequent.Count);
                break;
            }
        }
    }

    private static readonly Comparison<Form> InDocumentOrder = (a, b) => a.Fact != b.Fact ? a.Fact.CompareTo(b.Fact) : a.Pair.CompareTo(b.Pair);

    /// <summary>For each of the skeletons, its frequent forms at their first places, in document order.</summary>
    private static Dictionary<int, List<Form>> FrequentVariants(Dictionary<int, Form> forms, HashSet<int> skeletons)
    {
        var variants = new Dictionary<int, List<Form>>();
        foreach (var form in forms.Values)
        {
            if (form.Count < Repeated || !skeletons.Contains(form.Skeleton))
            {
                continue;
            }
            if (!variants.TryGetValue(form.Skeleton, out var list))
            {
                variants[form.Skeleton] = list = [];
            }
            list.Add(form);
        }
        foreach (var list in variants.Values)
        {
            list.Sort(InDocumentOrder);
        }
        return variants;
    }

    /// <summary>
    /// A pair holding a function word is two words (`và phong` of `và phong trào`), so repeating it says nothing
    /// about a variant (`và phòng, chống`); a lexicon word holding one (`vì thế`) is a word all the same.
    /// </summary>
    private static bool IsEvidence(SpellingData data, string key)
    {
        var space = key.IndexOf(' ');
        return data.Lexicon.ContainsKeyPair(key)
            || !(data.FunctionWords.Contains(key[..space]) || data.FunctionWords.Contains(key[(space + 1)..]));
    }

    /// <summary>One mark apart; or one confusable initial apart from a lexicon word (`giám xát`, `giám sát`).</summary>
    private static bool Apart(SpellingData data, string rare, string frequent) =>
        (LexiconNearMissIndex.SameSkeleton(rare, frequent) && LexiconNearMissIndex.OneMarkApart(rare, frequent, out _))
        || (data.Lexicon.TwoSyllableWords.Contains(frequent) && ConfusableInitials.OneInitialApart(rare, frequent));

    /// <summary>
    /// The frequent form always follows (or precedes) one word that makes a lexicon phrase with it (`tộc` of `dân tộc
    /// thiểu số`) and the rare pair lacks that word: it is another phrase (`thiếu số liệu`), not the same one misspelt.
    /// </summary>
    private static bool LacksFixedNeighbour(SpellingData data, DocumentFacts<PairFacts> facts, PairFact rare, Form frequent)
    {
        var paragraph = facts[frequent.Fact].Paragraph;
        var tokens = paragraph.Tokens;
        var at = facts[frequent.Fact].Facts.Pairs[frequent.Pair].Token;
        return (frequent.Left != 0 && rare.Left != frequent.Left
                && data.Lexicon.ContainsPair(data.Validator, paragraph.GetText(tokens[at - 2]), paragraph.GetText(tokens[at])))
            || (frequent.Right != 0 && rare.Right != frequent.Right
                && data.Lexicon.ContainsPair(data.Validator, paragraph.GetText(tokens[at + 2]), paragraph.GetText(tokens[at + 4])));
    }

    /// <summary>The differing syllables are a known pair of distinct words (`mười hai` and `ba mươi hai`).</summary>
    private static bool AreDistinct(SpellingData data, string rare, string frequent)
    {
        var rareParts = rare.Split(' ');
        var frequentParts = frequent.Split(' ');
        var index = rareParts[0] == frequentParts[0] ? 1 : 0;
        return data.DistinctVariants.Contains(rareParts[index] + " " + frequentParts[index]);
    }

    private static string? Key(SpellingData data, string pair)
    {
        var space = pair.IndexOf(' ');
        var first = data.Validator.ToKey(pair.AsSpan(0, space));
        var second = data.Validator.ToKey(pair.AsSpan(space + 1));
        return first is null || second is null ? null : first + " " + second;
    }

    /// <summary>Either syllable makes a lexicon word with its outer neighbour: the pair may straddle two words.</summary>
    private static bool Straddles(SpellingData data, Paragraph paragraph, TokenList tokens, int i)
    {
        if (i >= 2 && tokens[i - 2].Kind == TokenKind.Word && tokens[i - 1] is { Kind: TokenKind.Space, Length: 1 }
            && IsWordOrNearMiss(data, paragraph.GetText(tokens[i - 2]), paragraph.GetText(tokens[i])))
        {
            return true;
        }
        return i + 4 < tokens.Count && tokens[i + 4].Kind == TokenKind.Word && tokens[i + 3] is { Kind: TokenKind.Space, Length: 1 }
            && IsWordOrNearMiss(data, paragraph.GetText(tokens[i + 2]), paragraph.GetText(tokens[i + 4]));
    }

    /// <summary>A lexicon word, or one mark away from one: then RL3003 already reports the neighbouring pair (`nông thon`).</summary>
    private static bool IsWordOrNearMiss(SpellingData data, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        data.Lexicon.ContainsPair(data.Validator, first, second)
        || (Key(data, string.Concat(first, " ", second)) is { } key && data.NearMisses.Find(key) is not null);

    /// <summary>
    /// A pair: hashes of its key and folded skeleton, the index of its first token (word, space, word), and the key
    /// hashes of the words right before and after it (0 for none).
    /// </summary>
    private readonly record struct PairFact(int Exact, int Skeleton, int Token, int Left, int Right)
    {
        public TextSpan SpanIn(Paragraph paragraph) =>
            TextSpan.FromBounds(paragraph.Tokens[Token].Start, paragraph.Tokens[Token + 2].End);
    }

    private sealed record PairFacts(PairFact[] Pairs);

    /// <summary>
    /// A distinct form (pair key): how often it occurs, its skeleton, its first place (fact and pair index), and the
    /// word before and after it when that word is the same at every occurrence (0 otherwise).
    /// </summary>
    private readonly record struct Form(int Count, int Skeleton, int Fact, int Pair, int Left, int Right);
}
