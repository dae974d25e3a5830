using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Citations;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1006 (info): the full form written out again after its abbreviation was defined. Only full
/// forms of two words or more, as the definition wrote them, and only in running text: another
/// definition's full form, headings, quotations and the titles of cited documents do not count
/// (<see cref="RunningText"/>). Several abbreviations defined at once (`cán bộ, công chức (CB, CC)`)
/// count only when the whole list is written out again: `cán bộ` alone is an ordinary word.
/// </summary>
public sealed class FullFormAfterDefinitionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1006", "full-form-after-definition",
        new("Viết lại cụm từ đầy đủ sau khi đã định nghĩa chữ viết tắt", "Full form repeated after the definition"),
        new("“{0}” đã được viết tắt là “{1}” ở dòng {2}; dùng chữ viết tắt",
            "“{0}” was abbreviated as “{1}” on line {2}; use the abbreviation"),
        RuleFamily.Abbreviations, ReportSeverity.Info, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<ParagraphAbbreviations>(AbbreviationFacts.CollectAll, Report);

    // An edit rarely changes the document's definitions: the scanner built for the same full forms is reused,
    // and with it each unchanged paragraph's hits (kept on the paragraph's syntax).
    private static readonly SyntaxSlot<ScannedParagraph> Hits = new();
    private static Scanner s_lastScanner = new("", new PhraseScanner(), []);

    /// <summary>A full form to look for, the abbreviation to write instead, and where it was defined (absolute).</summary>
    /// <param name="Continuation">The words right after the definition's parentheses (`Ban Chấp hành (BCH) Đảng bộ xã` → `Đảng bộ`), if any.</param>
    /// <param name="Head">The field body head right before the definition's full form (`Ban Chỉ đạo`), if any.</param>
    /// <param name="Place">The place named right after the definition's parentheses (`tỉnh Hà Lâm`), if any.</param>
    /// <param name="Trailing">How many words end the full form that the letters do not cover (`Việt Nam` in `Mặt trận Tổ quốc Việt Nam`).</param>
    private sealed record Target(string FullForm, string Abbreviation, TextSpan Definition, string? Continuation = null, string? Head = null,
        string? Place = null, int Trailing = 0);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        var registry = AbbreviationRegistry.Get(context.Options);
        var targets = Targets(DocumentAbbreviations.Get(context).Groups, registry.FieldBodyHeads, context.Options);
        var (_, scanner, indices) = ScannerFor(targets.Select(t => t.FullForm).ToList());
        if (scanner.Count == 0)
        {
            return;
        }
        var owners = new Dictionary<int, Target>();
        for (var i = 0; i < targets.Count; i++)
        {
            if (indices[i] >= 0)
            {
                owners[indices[i]] = targets[i];
            }
        }
        var recipients = new RecipientsBlock(); // `- Văn phòng Điều phối nông thôn mới tỉnh;`: names of recipients stay whole
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            if (recipients.Covers(paragraph))
            {
                continue;
            }
            TextSpan[]? definitionParts = null;
            RunningText? running = null;
            foreach (var hit in HitsIn(paragraph, scanner))
            {
                var target = owners[hit.Phrase];
                var span = paragraph.ToAbsolute(hit.Span);
                if (span.Start <= target.Definition.Start || paragraphFacts.IsCapsLine
                    || IsDefinitionPart(paragraph, definitionParts ??= FullFormSpans(paragraphFacts), hit)
                    || AfterTitle(paragraph, hit, Names.NameTables.Get(context.Options.Data)) || InsideName(paragraph, hit, target.FullForm)
                    || InLongerName(paragraph, hit, target) || InAnotherPlace(paragraph, hit, target) || InEventName(paragraph, hit, registry.EventHeads)
                    || InFieldBodyName(paragraph, FirstTokenOf(paragraph, hit), target, registry.FieldBodyHeads)
                    || InsideBodyName(paragraph, FirstTokenOf(paragraph, hit), registry.FieldBodyHeads)
                    || IsCommonNounOfAName(target.FullForm, paragraph.Text.AsSpan(hit.Span.Start, hit.Span.Length))
                    || IsNegated(paragraph, hit)
                    || !(running ??= RunningText.Of(paragraph, CitationData.Get(context.Options))).Contains(hit.Span))
                {
                    continue;
                }
                // The abbreviation replaces the words its letters stand for; words it does not cover stay.
                context.Report(Rule, span, CodeFix.Replace(paragraph.ToAbsolute(Covered(paragraph, hit, target.Trailing)), target.Abbreviation, FixSafety.Unsafe),
                    QuotedText.Of(paragraph, hit.Span), target.Abbreviation,
                    AbbreviationFacts.Line(context, target.Definition.Start));
            }
        }
    }

    /// <summary>
    /// `Không hoàn thành nhiệm vụ` after `hoàn thành nhiệm vụ (HTNV)`: the negation names another category (a rating,
    /// a result), which the abbreviation does not stand for.
    /// </summary>
    private static bool IsNegated(Paragraph paragraph, PhraseHit hit) =>
        Numbers.TokenNavigation.IsWord(paragraph, Numbers.TokenNavigation.Previous(paragraph.Tokens, FirstTokenOf(paragraph, hit)), "không");

    /// <summary>
    /// `trạm y tế nơi tạm trú` after `Trạm Y tế (TYT)`: the definition named one body, capitals inside its name
    /// (`Y`); the same words all in lower case are the common noun, another station, not that body.
    /// </summary>
    private static bool IsCommonNounOfAName(string fullForm, ReadOnlySpan<char> written)
    {
        var space = fullForm.IndexOf(' ');
        return space > 0 && HasUpper(fullForm.AsSpan(space)) && !HasUpper(written);
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One target per abbreviation defined alone, and one per list of abbreviations defined together
    /// (its whole full form, `Cán bộ, công chức, viên chức` → `CB, CC, VC`), in order of first definition. A definition
    /// whose letters are a slip (<see cref="DefinitionSlips"/>) lends the letters RL1005 proposes, not the wrong ones.
    /// </summary>
    private static List<Target> Targets(IReadOnlyList<AbbreviationGroup> groups, IReadOnlyList<string[]> heads, AnalyzerOptions options)
    {
        var targets = new List<Target>();
        HashSet<int>? lists = null;
        foreach (var group in groups)
        {
            if (group.FirstDefinition is not { Definition.FullForm: { } fullForm } site)
            {
                continue;
            }
            if (site.Definition.Group is not { } list)
            {
                var head = site.Definition.FullFormSpan is { } span ? HeadBefore(site.Paragraph, TokenAt(site.Paragraph, span.Start), heads) : null;
                var abbreviation = DefinitionSlips.Intended(site.Definition, groups, options) ?? group.Target;
                var after = AfterParentheses(site);
                targets.Add(new Target(fullForm, abbreviation, site.Span, after >= 0 ? TwoWords(site.Paragraph, after) : null, head,
                    after >= 0 ? PlaceAt(site.Paragraph, after) : null, TrailingWords(site)));
            }
            else if (list.FullFormSpan is { } listFullForm && (lists ??= []).Add(site.Paragraph.ToAbsolute(list.AbbreviationsSpan).Start))
            {
                var text = site.Paragraph.Text;
                targets.Add(new Target(text.Substring(listFullForm.Start, listFullForm.Length),
                    text.Substring(list.AbbreviationsSpan.Start, list.AbbreviationsSpan.Length), site.Span));
            }
        }
        return targets;
    }

    /// <summary>The words of a definition's full form after the ones its letters stand for.</summary>
    private static int TrailingWords(DefinitionSite site)
    {
        if (site.Definition is not { CoreSpan: { } core, FullFormSpan: { } full } || full.End <= core.End)
        {
            return 0;
        }
        var tokens = site.Paragraph.Tokens;
        var count = 0;
        for (var i = NameHeads.FirstTokenAt(tokens, core.End); i < tokens.Count && tokens[i].End <= full.End; i++)
        {
            count += tokens[i].Kind == TokenKind.Word ? 1 : 0;
        }
        return count;
    }

    /// <summary>The hit without its last <paramref name="trailing"/> words (relative to the paragraph); all of it when it has no more.</summary>
    private static TextSpan Covered(Paragraph paragraph, PhraseHit hit, int trailing)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var i = hit.NextToken - 1; trailing > 0 && i >= 0 && tokens[i].Start >= hit.Span.Start; i--)
        {
            if (tokens[i].Kind == TokenKind.Word && ++words > trailing)
            {
                return TextSpan.FromBounds(hit.Span.Start, tokens[i].End);
            }
        }
        return hit.Span;
    }

    private static Scanner ScannerFor(List<string> fullForms)
    {
        var key = string.Join('\n', fullForms);
        var last = s_lastScanner;
        if (last.Key == key)
        {
            return last;
        }
        var scanner = new PhraseScanner();
        var indices = fullForms.Select(scanner.Add).ToArray();
        return s_lastScanner = new Scanner(key, scanner, indices);
    }

    private static IEnumerable<PhraseHit> HitsIn(Paragraph paragraph, PhraseScanner scanner) =>
        paragraph.Syntax.GetOrAdd(Hits, 0, static (_, _) => new ScannedParagraph()).For(scanner, paragraph);

    /// <summary>The scanner for one list of full forms, and each full form's phrase index in it (-1: one word, not scanned).</summary>
    private sealed record Scanner(string Key, PhraseScanner Phrases, int[] Indices);

    /// <summary>A paragraph's hits for the last scanner that read it (offsets relative to the paragraph, so they survive edits elsewhere).</summary>
    private sealed class ScannedParagraph
    {
        private Entry? _last;

        public PhraseHit[] For(PhraseScanner scanner, Paragraph paragraph)
        {
            var last = _last;
            if (last is not null && ReferenceEquals(last.Scanner, scanner))
            {
                return last.Hits;
            }
            var found = ScratchList<PhraseHit>.Rent();
            scanner.Scan(paragraph, found);
            var hits = found.ToArray();
            ScratchList<PhraseHit>.Return(found);
            _last = new Entry(scanner, hits);
            return hits;
        }

        private sealed record Entry(PhraseScanner Scanner, PhraseHit[] Hits);
    }

    /// <summary>
    /// A person's title names the body in full (`Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy`, not `… UBKT Tỉnh ủy`):
    /// titles are better written in full in formal text.
    /// </summary>
    private static bool AfterTitle(Paragraph paragraph, PhraseHit hit, Names.NameTables names)
    {
        var first = FirstTokenOf(paragraph, hit);
        for (var start = first - 2; start >= 0 && start >= first - 8; start -= 2)
        {
            if (paragraph.Tokens[start].Kind == TokenKind.Word && names.Titles.Match(paragraph, start) is { } title && title.LastToken == first - 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A full form defined in lower case and written with a capital inside a sentence is part of a body's name
    /// (`chuyển đổi số (CĐS)`, then `Trung tâm Chuyển đổi số tỉnh`), and so is one right before a proper name
    /// (`du lịch cộng đồng (DLCĐ)`, then `Bản văn hóa du lịch cộng đồng Lô Lô Chải`): a name is never abbreviated.
    /// </summary>
    private static bool InsideName(Paragraph paragraph, PhraseHit hit, string fullForm)
    {
        if (fullForm.Length == 0 || !char.IsLower(fullForm[0]))
        {
            return false;
        }
        var first = FirstTokenOf(paragraph, hit);
        return (paragraph.Tokens[first].Has(TokenFlags.Capitalized) && !paragraph.Tokens[first].Has(TokenFlags.AllUpper)
            && paragraph.FirstWordOfSentence(first) is >= 0 and var sentenceStart && sentenceStart < first)
            || BeforeProperName(paragraph, hit);
    }

    private static bool BeforeProperName(Paragraph paragraph, PhraseHit hit)
    {
        var tokens = paragraph.Tokens;
        var space = hit.NextToken;
        return space + 1 < tokens.Count && tokens[space].Kind == TokenKind.Space && tokens[space].Length == 1
            && tokens[space + 1] is { Kind: TokenKind.Word } word && word.Has(TokenFlags.Capitalized) && !word.Has(TokenFlags.AllUpper);
    }

    /// <summary>
    /// A name defined with a capital and written again with a different capitalized word or an abbreviation after it
    /// is a longer, different name: `Ban Chấp hành (BCH) Đảng bộ xã`, then `Ban Chấp hành Trung ương Đảng` or
    /// `Ban Chấp hành T.Ư`, the body of another level.
    /// </summary>
    private static bool InLongerName(Paragraph paragraph, PhraseHit hit, Target target)
    {
        if (target.FullForm.Length == 0 || !char.IsUpper(target.FullForm[0]))
        {
            return false;
        }
        var next = hit.NextToken;
        while (next < paragraph.Tokens.Count && paragraph.Tokens[next].Kind is TokenKind.Space or TokenKind.NoBreakSpace)
        {
            next++;
        }
        if (next >= paragraph.Tokens.Count || !(paragraph.Tokens[next].Kind == TokenKind.Word && paragraph.Tokens[next].Has(TokenFlags.Capitalized)
            || DefinitionTokens.IsCandidate(paragraph.Syntax, paragraph.Tokens[next])))
        {
            // `Ban Chấp hành (BCH) Đảng bộ huyện`, then `tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy xã`: heads listed
            // before one body's name belong to that body, which may be another.
            return target.Continuation is { Length: > 0 } named && char.IsUpper(named[0]) && StartsListOfHeads(paragraph, next);
        }
        // Two words: `Ban Thường vụ (BTV) Huyện đoàn`, then `Ban Thường vụ Huyện ủy`, another body.
        var written = TwoWords(paragraph, next);
        var continuation = target.Continuation ?? "";
        return !(written.Equals(continuation, StringComparison.OrdinalIgnoreCase)
            || (continuation.IndexOf(' ') < 0 && paragraph.GetText(paragraph.Tokens[next]).Equals(continuation, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A `,` or `và` at <paramref name="index"/> followed by a capitalized word: another head of a list of heads.</summary>
    private static bool StartsListOfHeads(Paragraph paragraph, int index)
    {
        if (!Numbers.TokenNavigation.IsPunctuation(paragraph, index, ',') && !Numbers.TokenNavigation.IsWord(paragraph, index, "và"))
        {
            return false;
        }
        var after = Numbers.TokenNavigation.Next(paragraph.Tokens, index);
        return after >= 0 && paragraph.Tokens[after] is { Kind: TokenKind.Word } word && word.Has(TokenFlags.Capitalized);
    }

    /// <summary>The word at <paramref name="index"/> and, one space on, the next one if it is a word.</summary>
    private static string TwoWords(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var first = paragraph.GetString(tokens[index]);
        return index + 2 < tokens.Count && tokens[index + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[index + 2].Kind == TokenKind.Word
            ? $"{first} {paragraph.GetString(tokens[index + 2])}"
            : first;
    }

    /// <summary>
    /// `Hội đồng nhân dân (HĐND) tỉnh Hà Lâm`, then `Hội đồng nhân dân tỉnh Luang Namtha`: the same kind of body in
    /// another place, a guest or a neighbour, which the abbreviation does not stand for.
    /// </summary>
    private static bool InAnotherPlace(Paragraph paragraph, PhraseHit hit, Target target) =>
        target.Place is { } defined && SkipTrivia(paragraph.Tokens, hit.NextToken) is var next && next < paragraph.Tokens.Count
        && PlaceAt(paragraph, next) is { } written && !written.Equals(defined, StringComparison.OrdinalIgnoreCase);

    // Units that open a place name (`tỉnh Hà Lâm`, `thành phố Thanh Lâm`), one or two words.
    private static readonly string[][] PlaceUnits =
        [["tỉnh"], ["huyện"], ["xã"], ["phường"], ["quận"], ["thị", "xã"], ["thị", "trấn"], ["thành", "phố"]];

    /// <summary>A place unit in lower case and the capitalized words of its name from token <paramref name="index"/> (`tỉnh Hà Lâm`), or null.</summary>
    private static string? PlaceAt(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        foreach (var unit in PlaceUnits)
        {
            var i = index;
            var matched = true;
            foreach (var syllable in unit)
            {
                if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word || (i > index && tokens[i - 1] is not { Kind: TokenKind.Space, Length: 1 })
                    || !paragraph.GetText(tokens[i]).SequenceEqual(syllable))
                {
                    matched = false;
                    break;
                }
                i += 2;
            }
            if (!matched)
            {
                continue;
            }
            var end = i - 2;
            while (i < tokens.Count && tokens[i - 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[i].Kind == TokenKind.Word
                && tokens[i].Has(TokenFlags.Capitalized))
            {
                end = i;
                i += 2;
            }
            return end > index + 2 * (unit.Length - 1) ? paragraph.Text[tokens[index].Start..tokens[end].End] : null;
        }
        return null;
    }

    /// <summary>The index of the first word (or abbreviation: `(BCH) ĐU xã`) right after the closing parenthesis of a definition, or -1.</summary>
    private static int AfterParentheses(DefinitionSite site)
    {
        var tokens = site.Paragraph.Tokens;
        var i = 0;
        while (i < tokens.Count && tokens[i].Start < site.Definition.Span.End)
        {
            i++;
        }
        while (i < tokens.Count && (tokens[i].Kind.IsTrivia() || tokens[i] is { Kind: TokenKind.Punctuation, Length: 1 } t && site.Paragraph.Text[t.Start] == ')'))
        {
            i++;
        }
        return i < tokens.Count && (tokens[i].Kind == TokenKind.Word || DefinitionTokens.IsCandidate(site.Paragraph.Syntax, tokens[i])) ? i : -1;
    }

    /// <summary>
    /// The full form right after the head of a body named after a field (`Ban Chỉ đạo Phòng thủ dân sự quốc gia`
    /// after `Phòng thủ dân sự (PTDS)`): the formal name of another body, written in full. The same head as the
    /// definition's (`Ban Chỉ đạo Phòng thủ dân sự (PTDS)`, then `Ban Chỉ đạo Phòng thủ dân sự`) is the same body.
    /// </summary>
    private static bool InFieldBodyName(Paragraph paragraph, int first, Target target, IReadOnlyList<string[]> heads) =>
        HeadBefore(paragraph, first, heads) is { } head && !head.Equals(target.Head, StringComparison.Ordinal);

    // A body's name is short: the head, its first word and a few more before the full form.
    private const int MaxWordsInBodyName = 6;

    /// <summary>
    /// The full form further inside a body's name, opened by a field body head and a capitalized word: `Quỹ Hỗ trợ
    /// phát triển hợp tác xã tỉnh` after `hợp tác xã (HTX)`. The name runs on in sentence case past the full form, and a
    /// name is never abbreviated. A linking word (`cho`, `của`) between them ends the name before the full form.
    /// </summary>
    private static bool InsideBodyName(Paragraph paragraph, int first, IReadOnlyList<string[]> heads)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var i = Numbers.TokenNavigation.Previous(tokens, first); i >= 0 && words < MaxWordsInBodyName; i = Numbers.TokenNavigation.Previous(tokens, i))
        {
            if (tokens[i].Kind != TokenKind.Word || Numbers.TokenNavigation.IsWordIn(paragraph, i, ["cho", "của", "đã", "được", "để", "tại", "với", "từ", "và"]))
            {
                return false;
            }
            words++;
            var head = Numbers.TokenNavigation.Previous(tokens, i);
            if (tokens[i].Has(TokenFlags.Capitalized) && !tokens[i].Has(TokenFlags.AllUpper) && head >= 0 && paragraph.FirstWordOfSentence(i) != i
                && heads.Any(h => HeadEndsAt(paragraph, head, h)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The field body head (syllables joined by spaces) ending right before token <paramref name="first"/>, or null.</summary>
    private static string? HeadBefore(Paragraph paragraph, int first, IReadOnlyList<string[]> heads)
    {
        var previous = first - 1;
        while (previous >= 0 && paragraph.Tokens[previous].Kind is TokenKind.Space or TokenKind.NoBreakSpace)
        {
            previous--;
        }
        if (previous < 0 || previous == first - 1)
        {
            return null; // the head and the full form are two words apart by a space
        }
        foreach (var head in heads)
        {
            if (HeadEndsAt(paragraph, previous, head))
            {
                return string.Join(' ', head);
            }
        }
        return null;
    }

    /// <summary>The index of the token starting at <paramref name="start"/> (or the first after it).</summary>
    private static int TokenAt(Paragraph paragraph, int start)
    {
        var i = 0;
        while (i < paragraph.Tokens.Count && paragraph.Tokens[i].Start < start)
        {
            i++;
        }
        return i;
    }

    // An event name is short: the head, a few words, then the full form.
    private const int MaxWordsInEventName = 8;

    /// <summary>The full form inside an event's name: `tổ chức Ngày hội văn hóa các dân tộc thiểu số huyện`.</summary>
    private static bool InEventName(Paragraph paragraph, PhraseHit hit, IReadOnlyList<string[]> heads)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var i = FirstTokenOf(paragraph, hit) - 1; i >= 0 && words <= MaxWordsInEventName; i--)
        {
            if (tokens[i].Kind is TokenKind.Space or TokenKind.NoBreakSpace)
            {
                continue;
            }
            if (tokens[i].Kind != TokenKind.Word)
            {
                return false; // the name does not cross punctuation
            }
            words++;
            foreach (var head in heads)
            {
                if (HeadEndsAt(paragraph, i, head))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The head's syllables, case as written in the data, end at token <paramref name="last"/>.</summary>
    private static bool HeadEndsAt(Paragraph paragraph, int last, string[] head)
    {
        var i = last;
        for (var s = head.Length - 1; s >= 0; s--)
        {
            while (i >= 0 && paragraph.Tokens[i].Kind is TokenKind.Space or TokenKind.NoBreakSpace && s < head.Length - 1)
            {
                i--;
            }
            if (i < 0 || paragraph.Tokens[i].Kind != TokenKind.Word || !paragraph.GetText(paragraph.Tokens[i]).SequenceEqual(head[s]))
            {
                return false;
            }
            if (s > 0)
            {
                i--;
            }
        }
        // A one-syllable head (`Giải`) opening a sentence may be a verb (`Giải quyết …`).
        return head.Length > 1 || paragraph.FirstWordOfSentence(i) != i;
    }

    /// <summary>The index of the hit's first token.</summary>
    private static int FirstTokenOf(Paragraph paragraph, PhraseHit hit)
    {
        var first = hit.NextToken - 1;
        while (first > 0 && paragraph.Tokens[first].Start > hit.Span.Start)
        {
            first--;
        }
        return first;
    }

    /// <summary>The paragraph's definition full forms, in text order (they never overlap).</summary>
    private static TextSpan[] FullFormSpans(ParagraphAbbreviations facts) =>
        facts.Definitions.Where(d => d.FullFormSpan is not null).Select(d => d.FullFormSpan!.Value).OrderBy(s => s.Start).ToArray();

    /// <summary>
    /// The words belong to a definition: they are some definition's full form, `(` follows them, or they open a
    /// longer name whose abbreviation follows a few words on.
    /// </summary>
    private static bool IsDefinitionPart(Paragraph paragraph, TextSpan[] fullForms, PhraseHit hit)
    {
        // The last full form starting before the hit ends is the only one that can overlap it.
        int low = 0, high = fullForms.Length - 1, candidate = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (fullForms[mid].Start < hit.Span.End)
            {
                candidate = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        if (candidate >= 0 && fullForms[candidate].OverlapsWith(hit.Span))
        {
            return true;
        }
        // `Chỉ số đổi mới sáng tạo cấp địa phương (PII)`: the words open a longer name defined a few words on.
        var tokens = paragraph.Tokens;
        var next = hit.NextToken;
        for (var words = 0; next < tokens.Count; next++)
        {
            if (tokens[next].Kind == TokenKind.Word && words++ < MaxWordsBeforeDefinition)
            {
                continue;
            }
            if (!tokens[next].Kind.IsTrivia())
            {
                break;
            }
        }
        if (next >= tokens.Count || tokens[next] is not { Kind: TokenKind.Punctuation, Length: 1 } open || paragraph.Text[open.Start] != '(')
        {
            return false;
        }
        var inside = DefinitionTokens.Skip(paragraph.Syntax, next + 1, 1);
        return next == SkipTrivia(tokens, hit.NextToken) || (inside >= 0 && DefinitionTokens.IsCandidate(paragraph.Syntax, tokens[inside]));
    }

    private const int MaxWordsBeforeDefinition = 4;

    private static int SkipTrivia(TokenList tokens, int index)
    {
        while (index < tokens.Count && tokens[index].Kind.IsTrivia())
        {
            index++;
        }
        return index;
    }
}
