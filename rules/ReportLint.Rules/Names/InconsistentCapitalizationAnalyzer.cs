using System.Numerics;
using System.Runtime.InteropServices;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6003: one phrase capitalized two ways in a document (`Quý II` and `quý II`, `tổ chức Đảng`
/// and `tổ chức đảng`). The phrases come from the data (`capitalizationConsistency`), grouped so
/// that `tổ chức cơ sở đảng` counts with `tổ chức đảng`; each word is compared across the group,
/// and on a tie lower case wins (official style writes common nouns in lower case).
/// Besides, any two adjacent words written as a name (a capital not explained by a sentence start)
/// are compared with the same two words elsewhere (`Ban Chỉ đạo` and `Ban chỉ đạo`, `Phú Thọ` and
/// `Phú thọ`), leaving known body names and titles to RL6001 and RL6002; on a tie a common word
/// takes lower case and a proper name its capitals (<see cref="TieBreak"/>). A word at a sentence
/// start, in a capitals heading or in a title-case line says nothing, and nor does a phrase opening the name of a
/// body after a capitalized head of the data's `bodyNameHeads` (`Phòng Tổ chức đảng, đảng viên`). A place name that
/// RL6005 reports (`xã tân Phú`) is left to it. A post whose body is in lower case (`Trưởng ban tuyên giáo,`) is
/// reported where the document also writes it capitalized (`Trưởng Ban Tuyên giáo`), which is then the model (<see cref="TitledBody"/>).
/// Before a body the data does not know, `Trưởng Ban` and `Trưởng ban` follow the document's majority (<see cref="TitledHead"/>).
/// </summary>
public sealed class InconsistentCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6003", "inconsistent-capitalization",
        new("Viết hoa không thống nhất", "Inconsistent capitalization"),
        new("“{0}” viết hoa không thống nhất với {1} chỗ khác trong văn bản viết “{2}”",
            "“{0}” is capitalized differently from {1} other places in the document, which write “{2}”"),
        RuleFamily.Names, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Facts? Collect(ParagraphFactsContext context)
    {
        var tables = NameTables.Get(context.Options.Data);
        var phrases = CollectPhrases(context.Paragraph, tables);
        var places = PlaceNames.FactsOf(context.Paragraph, context.Options);
        var pairs = NamePairs.Collect(context.Paragraph, tables, SpellingData.Get(context.Options), places.Slips);
        var titled = TitledBody.Collect(context.Paragraph, tables);
        var heads = TitledHead.Collect(context.Paragraph, tables, SpellingData.Get(context.Options));
        // Place names and their candidates, to leave to RL6005 the ones it reports at the document's end.
        places = places.Models.Count > 0 || places.Candidates.Count > 0 ? places : PlaceFacts.None;
        return phrases is null && pairs is null && titled is null && heads is null && places == PlaceFacts.None
            ? null : new Facts(phrases ?? [], pairs ?? [], titled ?? [], heads ?? [], places);
    }

    private static List<Occurrence>? CollectPhrases(Paragraph paragraph, NameTables tables)
    {
        List<Occurrence>? items = null;
        var insideBody = -1;
        var bodies = tables.BodiesIn(paragraph);
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (bodies.At(i) is { } body && body.LastToken > insideBody)
            {
                insideBody = body.LastToken;
                continue; // `Ban Tổ chức Đảng ủy Khối` holds no `tổ chức đảng`
            }
            if (i <= insideBody || tables.Consistency.Match(paragraph, i) is not { } match)
            {
                continue;
            }
            i = match.LastToken;
            if (OpensBodyName(paragraph, match, tables))
            {
                continue; // `Phòng Tổ chức đảng, đảng viên`: the capital is the department's name, not the common noun's
            }
            var initial = NameContext.IsInitial(paragraph, match.FirstToken);
            var phraseSpan = CaseCheck.SpanOf(paragraph, match);
            var words = new List<Occurrence>();
            for (var s = 0; s < match.Phrase.Syllables.Length; s++)
            {
                var token = paragraph.Tokens[match.TokenOf(s)];
                if (match.Phrase.Syllables[s].Slot is not null || (s == 0 && initial))
                {
                    continue;
                }
                if (NameContext.IsAllCaps(token))
                {
                    words.Clear();
                    break;
                }
                words.Add(new Occurrence(match.Phrase.Group!, match.Phrase.Syllables[s].Variants[0].ToLowerInvariant(),
                    char.IsUpper(paragraph.GetText(token)[0]), token.Span, phraseSpan));
            }
            (items ??= []).AddRange(words);
        }
        return items;
    }

    /// <summary>The phrase, capitalized, right after a capitalized name head (`Phòng`, `Văn phòng`, `Vụ`): the name of a body.</summary>
    private static bool OpensBodyName(Paragraph paragraph, PhraseMatch match, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        var first = match.FirstToken;
        if (first < 2 || !tokens[first].Has(TokenFlags.Capitalized) || !TokenNavigation.IsWordGap(tokens[first - 1]))
        {
            return false;
        }
        // A head of up to three words ends one space before the phrase (`phòng` alone is no head in `Văn phòng`).
        for (var start = first - 2; start >= 0 && start >= first - 6; start -= 2)
        {
            if (tables.NameHeads.Match(paragraph, start) is { } head && head.LastToken == first - 2
                && tokens[start].Has(TokenFlags.Capitalized) && !NameContext.IsAllCaps(tokens[start]))
            {
                return true;
            }
        }
        return false;
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Facts> facts)
    {
        var reported = new HashSet<int>();
        ReportTitledBodies(context, facts, reported);
        ReportTitledHeads(context, facts, reported);
        ReportPhrases(context, facts, reported);
        ReportPairs(context, facts, reported);
    }

    /// <summary>
    /// `Trưởng ban tuyên giáo,` where the document also writes `Trưởng Ban Tuyên giáo`: the same post, whose body the
    /// capitalized form names (DOMAIN §7), so it is the model whatever the counts.
    /// </summary>
    private static void ReportTitledBodies(DocumentAnalysisContext context, DocumentFacts<Facts> facts, HashSet<int> reported)
    {
        Dictionary<string, int>? counts = null;
        foreach (var (_, paragraphFacts) in facts)
        {
            foreach (var item in paragraphFacts.TitledBodies)
            {
                if (item.Canonical)
                {
                    counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[item.Key] = counts.GetValueOrDefault(item.Key) + 1;
                }
            }
        }
        if (counts is null)
        {
            return;
        }
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            foreach (var item in paragraphFacts.TitledBodies)
            {
                if (item.Canonical || !counts.TryGetValue(item.Key, out var count) || !reported.Add(paragraph.ToAbsolute(item.Edits[0].Span).Start))
                {
                    continue;
                }
                var corrected = CaseCheck.Corrected(paragraph, item.Span, item.Edits);
                var edits = item.Edits.Select(e => e with { Span = paragraph.ToAbsolute(e.Span) }).ToArray();
                context.Report(Rule, paragraph.ToAbsolute(item.Span), CaseCheck.Fix(corrected, edits), Text(paragraph, item.Span), count, corrected);
            }
        }
    }

    /// <summary>
    /// `Trưởng ban Quản lý dự án` where the document more often writes `Trưởng Ban Quản lý dự án`, or the other way round:
    /// the majority is the document's house style; on a tie nothing says which is meant.
    /// </summary>
    private static void ReportTitledHeads(DocumentAnalysisContext context, DocumentFacts<Facts> facts, HashSet<int> reported)
    {
        Dictionary<string, (int Upper, int Lower)>? counts = null;
        foreach (var (_, paragraphFacts) in facts)
        {
            foreach (var item in paragraphFacts.TitledHeads)
            {
                counts ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                var (upper, lower) = counts.GetValueOrDefault(item.Key);
                counts[item.Key] = item.Upper ? (upper + 1, lower) : (upper, lower + 1);
            }
        }
        if (counts is null)
        {
            return;
        }
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            foreach (var item in paragraphFacts.TitledHeads)
            {
                var (upper, lower) = counts[item.Key];
                if (upper == lower || item.Upper == upper > lower || !reported.Add(paragraph.ToAbsolute(item.Head).Start))
                {
                    continue;
                }
                var edits = new[] { Recase(paragraph, item.Head, !item.Upper) };
                var corrected = CaseCheck.Corrected(paragraph, item.Span, [edits[0] with { Span = item.Head }]);
                context.Report(Rule, paragraph.ToAbsolute(item.Span), CaseCheck.Fix(corrected, edits), Text(paragraph, item.Span),
                    item.Upper ? lower : upper, corrected);
            }
        }
    }

    private static void ReportPhrases(DocumentAnalysisContext context, DocumentFacts<Facts> facts, HashSet<int> reported)
    {
        // Counted first without keeping the occurrences: after every edit this sees the whole draft, and most words never mix.
        var counts = new Dictionary<(string Group, string Word), (int Upper, int Lower)>();
        foreach (var fact in facts)
        {
            foreach (var occurrence in fact.Facts.Phrases)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (occurrence.Group, occurrence.Word), out _);
                count = occurrence.Upper ? (count.Upper + 1, count.Lower) : (count.Upper, count.Lower + 1);
            }
        }
        // The mixed words, in order of first occurrence: the preferred spellings (models) and the others.
        Dictionary<(string, string), (List<string> Models, List<(Paragraph Paragraph, Occurrence Occurrence)> Others)>? mixed = null;
        foreach (var fact in facts)
        {
            foreach (var occurrence in fact.Facts.Phrases)
            {
                var key = (occurrence.Group, occurrence.Word);
                var (upper, lower) = counts[key];
                if (upper == 0 || lower == 0)
                {
                    continue;
                }
                mixed ??= [];
                if (!mixed.TryGetValue(key, out var word))
                {
                    mixed[key] = word = ([], []);
                }
                if (occurrence.Upper == (upper > lower))
                {
                    word.Models.Add(Text(fact.Paragraph, occurrence.Phrase));
                }
                else
                {
                    word.Others.Add((fact.Paragraph, occurrence));
                }
            }
        }
        // One finding per phrase, with the edits of all its mixed words (`Tổ chức Đảng` → `tổ chức đảng`).
        var findings = new Dictionary<int, (Paragraph Paragraph, TextSpan Phrase, List<TextEdit> Edits, int Count, string Model)>();
        var order = new List<int>();
        foreach (var (key, (models, others)) in mixed ?? [])
        {
            var (upper, lower) = counts[key];
            var preferUpper = upper > lower;
            foreach (var (paragraph, occurrence) in others)
            {
                var written = Text(paragraph, occurrence.Phrase);
                var edit = Recase(paragraph, occurrence.WordSpan, preferUpper);
                var start = paragraph.ToAbsolute(occurrence.Phrase).Start;
                if (findings.TryGetValue(start, out var finding))
                {
                    finding.Edits.Add(edit);
                    continue;
                }
                // Show the same phrase written the preferred way when the document has it.
                var model = models.FirstOrDefault(m => m.Equals(written, StringComparison.OrdinalIgnoreCase)) ?? models[0];
                findings[start] = (paragraph, occurrence.Phrase, [edit], preferUpper ? upper : lower, model);
                order.Add(start);
            }
        }
        foreach (var start in order)
        {
            var (paragraph, phrase, edits, count, model) = findings[start];
            edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            if (reported.Add(edits[0].Span.Start))
            {
                var written = Text(paragraph, phrase);
                var corrected = CaseCheck.Corrected(paragraph, phrase, edits.Select(e => e with { Span = e.Span.Shift(-paragraph.Start) }).ToArray());
                context.Report(Rule, paragraph.ToAbsolute(phrase), Fix(edits), written, count, edits.Count > 1 ? corrected : model);
            }
        }
    }

    private static void ReportPairs(DocumentAnalysisContext context, DocumentFacts<Facts> facts, HashSet<int> reported)
    {
        // Place names that RL6005 reports at the document's end (`xã Tân phú` beside `xã Tân Phú`) are its own, and do
        // not count: `Tân phú` written twice does not outvote the place name.
        var places = PlaceSpans(context, facts);
        // Per pair: how often each of the four capitalizations occurs, and which came first.
        var counts = new Dictionary<long, PairCounts>();
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            foreach (var pair in paragraphFacts.Pairs)
            {
                if (InPlace(places, paragraph, pair))
                {
                    continue;
                }
                if (!counts.TryGetValue(pair.Group, out var entry))
                {
                    counts[pair.Group] = entry = new PairCounts(Shape(pair));
                }
                entry.Add(pair);
            }
        }
        var tie = new TieBreak(context.Options);
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            foreach (var pair in paragraphFacts.Pairs)
            {
                if (InPlace(places, paragraph, pair))
                {
                    continue;
                }
                var entry = counts[pair.Group];
                var preferred = entry.Preferred(tie, paragraph, pair);
                if (Shape(pair) == preferred)
                {
                    continue;
                }
                var edits = new List<TextEdit>(2);
                if (pair.FirstUpper != ((preferred & 1) != 0))
                {
                    edits.Add(Recase(paragraph, pair.First, !pair.FirstUpper));
                }
                if (pair.SecondUpper != ((preferred & 2) != 0))
                {
                    edits.Add(Recase(paragraph, pair.Second, !pair.SecondUpper));
                }
                if (!reported.Add(edits[0].Span.Start))
                {
                    continue;
                }
                var written = Text(paragraph, pair.Span);
                var model = CaseCheck.Corrected(paragraph, pair.Span, edits.Select(e => e with { Span = e.Span.Shift(-paragraph.Start) }).ToArray());
                context.Report(Rule, paragraph.ToAbsolute(pair.Span), Fix(edits), written, entry.Count(preferred), model);
            }
        }
    }

    /// <summary>The spans, in document order, of the place names RL6005 reports by the document's evidence.</summary>
    private static List<TextSpan> PlaceSpans(DocumentAnalysisContext context, DocumentFacts<Facts> facts) =>
        PlaceEvidence.Find(facts, static f => f.Places, PlaceNameData.Get(context.Options.Data))
            .Select(p => p.Paragraph.ToAbsolute(p.Slip.Span)).ToList();

    private static bool InPlace(List<TextSpan> places, Paragraph paragraph, NamePair pair)
    {
        if (places.Count == 0)
        {
            return false;
        }
        var span = paragraph.ToAbsolute(pair.Span);
        // The last place starting before the pair ends: places do not overlap one another.
        int low = 0, high = places.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (places[middle].Start < span.End)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found >= 0 && places[found].OverlapsWith(span);
    }

    private static int Shape(NamePair pair) => (pair.FirstUpper ? 1 : 0) | (pair.SecondUpper ? 2 : 0);

    private static string Text(Paragraph paragraph, TextSpan span) => CaseCheck.Written(paragraph, span);

    /// <summary>An absolute edit giving the word the other case of its first letter.</summary>
    private static TextEdit Recase(Paragraph paragraph, TextSpan word, bool upper) =>
        new(paragraph.ToAbsolute(word), Syllables.WithCase(paragraph.Text.AsSpan(word.Start, word.Length), upper));

    private static CodeFix Fix(IReadOnlyList<TextEdit> edits)
    {
        var words = string.Join(" ", edits.Select(e => e.NewText));
        return new CodeFix(new LocalizedText($"Sửa thành “{words}”", $"Change to “{words}”"), edits.ToArray(), FixSafety.Unsafe);
    }

    /// <summary>How often each capitalization of one pair occurs (shape: bit 0 first word upper, bit 1 second).</summary>
    private sealed class PairCounts(int first)
    {
        private readonly int[] _counts = new int[4];
        private int _insideName; // shapes with an occurrence inside a run of capitalized words
        private int _preferred = -1;

        public void Add(NamePair pair)
        {
            _counts[Shape(pair)]++;
            _insideName |= pair.InsideName ? 1 << Shape(pair) : 0;
        }

        public int Count(int shape) => _counts[shape];

        /// <summary>The most frequent capitalization; on a tie, as <see cref="TieBreak"/> decides (asked once).</summary>
        public int Preferred(TieBreak tie, Paragraph paragraph, NamePair pair)
        {
            if (_preferred >= 0)
            {
                return _preferred;
            }
            var best = first;
            for (var shape = 1; shape < _counts.Length; shape++)
            {
                if (_counts[shape] > _counts[best])
                {
                    best = shape;
                }
            }
            int fewer = -1, more = -1;
            for (var shape = 1; shape < _counts.Length; shape++)
            {
                if (_counts[shape] != _counts[best])
                {
                    continue;
                }
                fewer = fewer < 0 || BitOperations.PopCount((uint)shape) < BitOperations.PopCount((uint)fewer) ? shape : fewer;
                more = more < 0 || BitOperations.PopCount((uint)shape) > BitOperations.PopCount((uint)more) ? shape : more;
            }
            if (BitOperations.PopCount((uint)fewer) < BitOperations.PopCount((uint)more))
            {
                best = tie.PrefersLowerCase(paragraph, pair, (_insideName & (1 << fewer)) != 0) ? fewer : more;
            }
            return _preferred = best;
        }
    }

    /// <summary>
    /// Two capitalizations of a pair equally often: a common word of the lexicon (`Tài chính` beside
    /// `Tài Chính`) takes lower case, as official style writes common nouns, unless the data writes it
    /// with both capitals (`Việt Nam`) or its lower-case word sits inside a run of capitalized words
    /// (`Nguyễn văn Minh`); any other pair is a proper name (`Phú Thọ`, `Hoàng Thị`) and keeps its capitals.
    /// </summary>
    private sealed class TieBreak(AnalyzerOptions options)
    {
        public bool PrefersLowerCase(Paragraph paragraph, NamePair pair, bool insideName)
        {
            if (insideName || NameTables.Get(options.Data).CapitalizedPairs.Contains(pair.Key))
            {
                return false;
            }
            var spelling = SpellingData.Get(options);
            return spelling.Lexicon.IsWord(spelling.Validator, paragraph.Text.AsSpan(pair.First.Start, pair.First.Length),
                paragraph.Text.AsSpan(pair.Second.Start, pair.Second.Length));
        }
    }

    /// <summary>One checked word of a data phrase occurrence: its group, the word (lower case), its case, where it is.</summary>
    private sealed record Occurrence(string Group, string Word, bool Upper, TextSpan WordSpan, TextSpan Phrase);

    // Lists, not interfaces: the report walks every paragraph's facts on each edit, and foreach over an interface allocates.
    private sealed record Facts(List<Occurrence> Phrases, List<NamePair> Pairs, List<TitledBody> TitledBodies, List<TitledHead> TitledHeads, PlaceFacts Places);
}
