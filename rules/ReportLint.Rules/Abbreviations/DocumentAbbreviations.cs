using System.Runtime.CompilerServices;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>A definition placed in the document.</summary>
internal readonly record struct DefinitionSite(Paragraph Paragraph, AbbreviationDefinition Definition)
{
    public TextSpan Span => Paragraph.ToAbsolute(Definition.Span);

    /// <summary>
    /// What the construct reads once the definition is dropped: the abbreviation in place of the words its letters
    /// stand for, the other words kept (`hợp tác xã nông nghiệp (HTX)` → `HTX nông nghiệp`, not `HTX`).
    /// </summary>
    public string Shortened => Definition.Kept is { } kept
        ? Definition.Abbreviation + Paragraph.Text.Substring(kept.Start, kept.Length)
        : Definition.Abbreviation;

    /// <summary>The words the letters stand for, on one line (`hợp tác xã`); the full form when the parser did not mark them.</summary>
    public string? Covered => Definition.CoreSpan is { } core
        ? QuotedText.OnOneLine(Paragraph.Text.Substring(core.Start, core.Length))
        : Definition.FullForm;
}

/// <summary>A use (a mention that is not a definition) placed in the document.</summary>
internal readonly record struct UseSite(Paragraph Paragraph, AbbreviationMention Mention, bool InCapsLine)
{
    public TextSpan Span => Paragraph.ToAbsolute(Mention.Span);
}

/// <summary>Every spelling of one abbreviation in a document (`TW`, `TƯ`, `T.Ư`), its definitions and uses.</summary>
internal sealed class AbbreviationGroup(string key, AbbreviationEntry? entry)
{
    public string Key { get; } = key;

    public AbbreviationEntry? Entry { get; } = entry;

    public List<DefinitionSite> Definitions { get; } = [];

    public List<UseSite> Uses { get; } = [];

    public DefinitionSite? FirstDefinition => Definitions.Count > 0 ? Definitions[0] : null;

    /// <summary>The spelling to normalise to: the first-defined form, else the registry's canonical form, else the first used.</summary>
    public string Target { get; private set; } = "";

    /// <summary>True when the registry or a definition ties every spelling to one abbreviation (a safe normalisation).</summary>
    public bool TargetCertain { get; private set; }

    /// <summary>
    /// True when RL1008 (a dotted spelling) or RL1007 (one of several spellings, not the target) reports this
    /// written form: RL1001 then leaves it, so that a span carries one finding and one fix.
    /// </summary>
    public bool HasSpellingFinding(string text) =>
        NonStandardAbbreviationAnalyzer.Applies(this, text) || (text != Target && FormCount > 1);

    /// <summary>How many spellings the document writes, definitions included.</summary>
    public int FormCount => Uses.Select(u => u.Mention.Text).Concat(Definitions.Select(d => d.Definition.Abbreviation))
        .Distinct(StringComparer.Ordinal).Count();

    /// <summary>The meaning when it is known and unambiguous: the first definition's full form, or the registry's single meaning.</summary>
    public string? Meaning => FirstDefinition is { Definition.FullForm: { } form } ? form : Entry?.SingleMeaning;

    internal void Resolve()
    {
        if (FirstDefinition is { } first && !AbbreviationText.IsDotted(first.Definition.Abbreviation))
        {
            (Target, TargetCertain) = (first.Definition.Abbreviation, true);
        }
        else if (Entry is not null)
        {
            (Target, TargetCertain) = (Entry.Abbreviation, true);
        }
        else
        {
            var forms = Uses.Select(u => u.Mention.Text).Concat(Definitions.Select(d => d.Definition.Abbreviation));
            Target = forms.FirstOrDefault(f => !AbbreviationText.IsDotted(f)) ?? forms.First();
            TargetCertain = Definitions.Count > 0;
        }
    }
}

/// <summary>`BCĐ35` written where the document defines `BCĐ 35`: the use and the defined form it should read.</summary>
internal readonly record struct NumberedVariant(UseSite Use, string Target);

/// <summary>
/// The abbreviations of a whole document, built from the per-paragraph facts in document order:
/// definitions first (so a later definition still makes an all-caps `TU` a use), then uses; the
/// recipients block at the end of an administrative document holds no uses (<see cref="RecipientsBlock"/>).
/// </summary>
internal sealed class DocumentAbbreviations
{
    private DocumentAbbreviations(IReadOnlyList<AbbreviationGroup> groups, IReadOnlyList<NumberedVariant> numberedVariants)
    {
        Groups = groups;
        NumberedVariants = numberedVariants;
    }

    public IReadOnlyList<AbbreviationGroup> Groups { get; }

    /// <summary>Capitals with a number run into them (`BCĐ35`) where a definition keeps that number apart (`(BCĐ 35)`).</summary>
    public IReadOnlyList<NumberedVariant> NumberedVariants { get; }

    // The model depends only on the (immutable) document and the options: the family's rules share
    // one build per analysis instead of eight. On a long draft they run in parallel: the first builds, the others wait.
    private static readonly ConditionalWeakTable<ReportDocument, Memo> Memos = new();

    private sealed class Memo
    {
        public AnalyzerOptions? Options;
        public DocumentAbbreviations? Model;
    }

    /// <summary>The model of the analysed document (every paragraph's facts are cached with its syntax).</summary>
    public static DocumentAbbreviations Get(DocumentAnalysisContext context) => Get(context.Document, context.Options);

    public static DocumentAbbreviations Get(ReportDocument document, AnalyzerOptions options)
    {
        var memo = Memos.GetValue(document, static _ => new Memo());
        lock (memo)
        {
            if (!ReferenceEquals(memo.Options, options) || memo.Model is null)
            {
                memo.Model = Build(document.Paragraphs, document.Kind, AbbreviationRegistry.Get(options));
                memo.Options = options;
            }
            return memo.Model;
        }
    }

    private static DocumentAbbreviations Build(IReadOnlyList<Paragraph> paragraphs, DocumentKind kind, AbbreviationRegistry registry)
    {
        // A loop, not LINQ: it reads every paragraph after each edit of a long draft.
        var list = new List<(Paragraph Paragraph, ParagraphAbbreviations Facts, bool Recipients)>();
        var recipients = new RecipientsBlock();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var inBlock = recipients.Covers(paragraphs[i]);
            var facts = ParagraphAbbreviations.Of(paragraphs[i].Syntax);
            if (!facts.IsEmpty)
            {
                list.Add((paragraphs[i], facts, inBlock));
            }
        }
        var groups = new Dictionary<string, AbbreviationGroup>(StringComparer.Ordinal);
        var order = new List<AbbreviationGroup>();
        var separated = new SeparatorVariants();
        var conjunctions = new ConjunctionVariants();
        // A form of its own unless the document never defines it and defines its parts with another separator (`NN-MT`
        // after `(NN&MT)`), run together (`KHCN` after `(KH&CN)`) or with the `và` of its full form dropped or kept
        // (`DNNV` after `doanh nghiệp nhỏ và vừa (DNNVV)`): then it is a spelling of that defined abbreviation.
        string IdOf(string form, string key, AbbreviationEntry? entry)
        {
            var id = entry is null ? "K:" + key : "R:" + entry.Abbreviation;
            return groups.TryGetValue(id, out var own) && own.Definitions.Count > 0
                ? id : separated.DefinedGroupOf(form) ?? conjunctions.DefinedGroupOf(form) ?? id;
        }
        AbbreviationGroup GroupOf(string form, string key)
        {
            var entry = registry.Find(form, key);
            var id = IdOf(form, key, entry);
            if (!groups.TryGetValue(id, out var group))
            {
                group = new AbbreviationGroup(id, entry);
                groups.Add(id, group);
                order.Add(group);
            }
            return group;
        }

        foreach (var (paragraph, facts, _) in list)
        {
            foreach (var definition in facts.Definitions)
            {
                if (!NewsSourceTag.Is(paragraph, definition.Span))
                {
                    GroupOf(definition.Abbreviation, definition.Key).Definitions.Add(new DefinitionSite(paragraph, definition));
                }
            }
        }
        foreach (var group in order)
        {
            foreach (var site in group.Definitions)
            {
                separated.Add(site.Definition.Abbreviation, group.Key);
                conjunctions.Add(site, group.Key);
            }
        }
        foreach (var (paragraph, facts, inRecipients) in list)
        {
            if (inRecipients)
            {
                continue; // `Nơi nhận:` and `Lưu: VT, PTNT.` name offices by their codes
            }
            foreach (var written in facts.Mentions)
            {
                if (written.Definition >= 0)
                {
                    continue;
                }
                var mention = !separated.IsEmpty && SeparatorVariants.SlashJoined(paragraph, written.Span) is { } joined
                    && separated.DefinedGroupOf(joined.Text) is not null
                    ? written with { Text = joined.Text, Key = AbbreviationText.Key(joined.Text), Span = joined.Span }
                    : written;
                // A title quoted in capitals inside a line (`“ỦY BAN NHÂN DÂN HUYỆN TƯ THẠNH”`) reads as a capitals line does.
                var capitals = facts.IsCapsLine || mention.InCapsRun;
                if (!Counts(paragraph, mention, capitals) || NewsSourceTag.Is(paragraph, mention.Span) || Byline.Is(paragraph)
                    || Byline.InitialsOfName(paragraph, mention.Span))
                {
                    continue;
                }
                GroupOf(mention.Text, mention.Key).Uses.Add(new UseSite(paragraph, mention, capitals));
            }
        }
        foreach (var group in order)
        {
            group.Resolve();
        }
        var numbered = NumberedVariantsOf(list, order);

        // A unit symbol of the data right after a number is a unit. What the document defines always
        // counts. Otherwise an all-caps syllable (`TU`) counts only in running text and when known, and
        // a heading counts only known abbreviations: `ĐA DẠNG` and `TU BỔ` in a title are words, not
        // `ĐA` (đề án) and `TU` (Tỉnh ủy). An unknown form right after a name head of the data
        // (`Tập đoàn FPT`) is the name of a firm or brand, and one before a bare number (`BG 218`) a code; so is a
        // known form before a number in a list of codes or after a code head (`giống TBR225, ĐV 108`, `giống lúa ĐV 108`).
        // `TT`, `STT` heading a table's first column need no definition.
        bool Counts(Paragraph paragraph, AbbreviationMention mention, bool capsLine)
        {
            if (mention.AfterNumber && registry.IsUnit(mention.Text))
            {
                return false; // `1.330 MW`: a unit of measure, whatever else the letters could stand for
            }
            if (mention.AmongCodes || (mention.BeforeCodeNumber && registry.CodeHeads.Precede(paragraph.Syntax, mention.Span, registry)))
            {
                return false; // `TBR225, ĐV 108, HT1`: a variety's code, which `đảng viên 108` would corrupt
            }
            if (mention.SyllableShaped && (capsLine || mention.InName))
            {
                return false; // `XÃ TƯ NGHĨA`, `Thôn TƯ THẠNH`: a syllable of a name, even where the document defines `TW`
            }
            var entry = registry.Find(mention.Text, mention.Key);
            if (groups.TryGetValue(IdOf(mention.Text, mention.Key, entry), out var group) && group.Definitions.Count > 0)
            {
                return true;
            }
            if (entry is null && registry.NameHeads.Precede(paragraph.Syntax, mention.Span, registry))
            {
                return false; // `Tập đoàn FPT`, `thương hiệu ABC`: the name of a firm or a brand
            }
            if (OrderColumnHeading.Is(paragraphs, kind, paragraph, mention))
            {
                return false; // `| TT | Nội dung |`, `TT  Nội dung      Năm 2024`: the numbering column of a table
            }
            if (mention.BeforeNumberedCode && registry.IsCodeLetters(mention.Text))
            {
                return false; // `QL 1A`, `TL 605`: the number of a road, which is named so; a bare `QL` still needs its definition
            }
            if (entry is null && mention.BeforeCodeNumber)
            {
                return false; // `giống lúa BG 218`, `OM 5451`: a variety's or model's code, never written out
            }
            if (IsSignatureMark(paragraph.Text, mention))
            {
                return false; // `TM. BAN CHẤP HÀNH` over a signature, even when Markdown joins it to the name below
            }
            return mention.SyllableShaped ? !capsLine && entry is not null : !capsLine || entry is not null;
        }
        return new DocumentAbbreviations(order, numbered);
    }

    /// <summary>
    /// `BCĐ35` and `BCĐ-35` where a definition keeps the number of the body apart (`Ban Chỉ đạo 35 huyện (BCĐ 35)`): the
    /// defined form written another way. A code the document never defines so (`QL1A`, `CT20`) is none.
    /// </summary>
    private static NumberedVariant[] NumberedVariantsOf(List<(Paragraph Paragraph, ParagraphAbbreviations Facts, bool Recipients)> list,
        List<AbbreviationGroup> groups)
    {
        Dictionary<(string Letters, string Number), string>? defined = null;
        foreach (var group in groups)
        {
            foreach (var site in group.Definitions)
            {
                if (NumberAfter(site) is { } number)
                {
                    (defined ??= []).TryAdd((site.Definition.Abbreviation, number), $"{group.Target} {number}");
                }
            }
        }
        if (defined is null)
        {
            return [];
        }
        var variants = new List<NumberedVariant>();
        foreach (var (paragraph, facts, inRecipients) in list)
        {
            foreach (var code in inRecipients ? [] : facts.NumberedCodes)
            {
                if (defined.TryGetValue((code.Letters, code.Number), out var target))
                {
                    var mention = new AbbreviationMention(code.Text, AbbreviationText.Key(code.Letters), code.Span, false, false, -1, false);
                    variants.Add(new NumberedVariant(new UseSite(paragraph, mention, facts.IsCapsLine), target));
                }
            }
        }
        return variants.ToArray();
    }

    /// <summary>`(BCĐ 35)`: the number one space after a defined abbreviation, closing its parentheses; else null.</summary>
    private static string? NumberAfter(DefinitionSite site)
    {
        var syntax = site.Paragraph.Syntax;
        var tokens = syntax.Tokens;
        var space = NameHeads.FirstTokenAt(tokens, site.Definition.Span.End);
        var number = space + 1;
        if (number + 1 >= tokens.Count || tokens[space] is not { Kind: TokenKind.Space, Length: 1 } || tokens[space].Start != site.Definition.Span.End
            || tokens[number].Kind != TokenKind.Number || !DefinitionTokens.IsChar(syntax, tokens[number + 1], ')'))
        {
            return null;
        }
        var digits = syntax.GetText(tokens[number]);
        return digits.ContainsAnyExceptInRange('0', '9') ? null : digits.ToString();
    }

    private static readonly string[] SignatureMarks = ["TM", "KT", "TL", "TUQ", "Q"];

    /// <summary>`TM.`, `KT.`, `TL.`, `TUQ.` before a capitalized title: the mark of a signature block (Nghị định 30/2020/NĐ-CP).</summary>
    private static bool IsSignatureMark(string text, AbbreviationMention mention)
    {
        var end = mention.Span.End;
        return SignatureMarks.Contains(mention.Text) && end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' '
            && char.IsUpper(text[end + 2]);
    }
}
