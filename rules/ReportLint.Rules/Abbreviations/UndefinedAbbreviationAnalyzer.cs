using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1001: an abbreviation used without a `full form (ABBR)` definition, unless a house style
/// allows it (registry `allowedUndefined`, the rule's `allowed` option, the workspace word list).
/// Reported once, at the first use; the fix expands that use when the meaning is unambiguous.
/// </summary>
public sealed class UndefinedAbbreviationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1001", "undefined-abbreviation",
        new("Chữ viết tắt chưa được định nghĩa", "Undefined abbreviation"),
        new("Chữ viết tắt “{0}” chưa được định nghĩa{1}", "The abbreviation “{0}” is used without a definition{1}"),
        RuleFamily.Abbreviations, ReportSeverity.Warning, FixSafety.Unsafe)
    {
        Options =
        [
            RuleOption.StringList("allowed", new(
                "Chữ viết tắt được dùng không cần định nghĩa, thêm vào danh sách của dữ liệu (ví dụ [\"TVTU\"])",
                "Abbreviations allowed without a definition, in addition to the data's list (e.g. [\"TVTU\"])")),
        ],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<WrittenMeanings>(CollectWrittenMeanings, Report);

    /// <summary>Which registry meanings (`Trung ương`) a paragraph writes out: cached with the paragraph.</summary>
    private sealed record WrittenMeanings(HashSet<(AbbreviationEntry Entry, string Meaning)> Entries);

    private static WrittenMeanings? CollectWrittenMeanings(ParagraphFactsContext context)
    {
        var (scanner, owners) = AbbreviationRegistry.Get(context.Options).MeaningScanner;
        var hits = ScratchList<PhraseHit>.Rent();
        scanner.Scan(context.Paragraph, hits);
        HashSet<(AbbreviationEntry, string)>? entries = null;
        foreach (var hit in hits)
        {
            (entries ??= []).Add(owners[hit.Phrase]);
        }
        ScratchList<PhraseHit>.Return(hits);
        return entries is null ? null : new WrittenMeanings(entries);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<WrittenMeanings> facts)
    {
        var registry = AbbreviationRegistry.Get(context.Options);
        var allowed = new AllowedAbbreviations(registry, context.Options, context.Options.GetStringList(Rule, "allowed"));
        var groups = DocumentAbbreviations.Get(context).Groups;
        var misspelled = MisspelledDefinitions(groups, context.Options);
        var undefined = groups
            .Where(g => g.Definitions.Count == 0 && g.Uses.Count > 0 && !allowed.Allows(g) && !DefinedAsMisspelled(g, misspelled)
                && !JoinsDefinedAbbreviations(g, groups))
            .ToList();
        if (undefined.Count == 0)
        {
            return;
        }
        var written = WrittenOutMeanings(undefined, facts);
        var glued = HeadGluedVariants.Find(undefined, groups);
        // Where the draft writes words that spell each abbreviation: what the data cannot expand, the draft may have
        // written out (`Kho bạc Nhà nước` for `KBNN`); what it expands, the draft may name otherwise (`Ban Chỉ huy` for `BCH`).
        var citations = Citations.CitationData.Get(context.Options);
        var occurrences = SpelledOutPhrases.Occurrences(context.Document.Paragraphs, Spelling.SpellingData.Get(context.Options),
            citations.Types, undefined.Select(g => g.Target));
        var spelled = SpelledOutPhrases.Single(occurrences, undefined.Where(g => g.Entry is null || g.Entry.Meanings.Count == 0).Select(g => g.Target));
        foreach (var group in undefined)
        {
            // A spelling RL1008 or RL1007 reports is theirs (with the form to write): the undefined target
            // is reported where it is written as itself, or once those fixes have normalised it.
            var own = group.Uses.Where(u => !group.HasSpellingFinding(u.Mention.Text)).ToList();
            if (own.Count == 0)
            {
                continue;
            }
            var use = own.FirstOrDefault(u => !u.InCapsLine, own[0]);
            if (DefinedForTheSameWords(group, groups) is var (sameWords, fullForm))
            {
                // `QCDCCS` after `quy chế dân chủ ở cơ sở (QCDC)`: another abbreviation of words the document has defined.
                context.Report(Rule, use.Span,
                    [CodeFix.Replace(use.Span, sameWords, FixSafety.Unsafe, new($"Viết “{sameWords}”", $"Write “{sameWords}”"))], null, use.Mention.Text,
                    new LocalizedText($"; văn bản đã định nghĩa “{fullForm}” là “{sameWords}”", $"; the document defines “{fullForm}” as “{sameWords}”"));
                continue;
            }
            var phrases = occurrences.GetValueOrDefault(group.Target);
            // `BCH Quân sự` in a draft that writes `Ban Chỉ huy Quân sự`: the draft's own full form before the data's.
            var drafted = DraftWording.Meaning(use, group.Entry?.Meanings ?? [], phrases) is { } theirs && DefinitionParser.Fits(theirs, group.Target)
                ? theirs : null;
            // `BTC` when the draft writes `Ban Tổ chức`: of several meanings, the one the document writes out.
            var meaning = drafted ?? ((group.Entry?.SingleMeaning ?? written.GetValueOrDefault(group)) is { } known && DefinitionParser.Fits(known, group.Target)
                ? known : spelled.GetValueOrDefault(group.Target));
            var isWritten = drafted is not null || written.ContainsKey(group) || spelled.ContainsKey(group.Target);
            var fixes = new List<CodeFix>(3);
            var headed = glued.GetValueOrDefault(group);
            if (headed is not null)
            {
                // `HLHPN` beside `Hội LHPN`: the document's own form comes first.
                fixes.Add(CodeFix.Replace(use.Span, headed, FixSafety.Unsafe, new($"Viết “{headed}”", $"Write “{headed}”")));
            }
            if (meaning is not null && !use.InCapsLine)
            {
                var expand = Expansion(use, group, meaning, spell: false);
                var spell = Expansion(use, group, meaning, spell: true);
                var spellOnly = headed is not null || NumberFollows(use);
                // `TƯ` for `TW`: defining the standard letters mid-text would bring in a form the draft never used.
                var variant = !string.Equals(use.Mention.Text, group.Target, StringComparison.Ordinal);
                if (spellOnly)
                {
                    // `Nghị quyết TW 4`: parentheses would split the name `Nghị quyết Trung ương 4`;
                    // beside `Hội LHPN`, defining `HLHPN` as well would give one body two abbreviations.
                    fixes.Add(spell);
                }
                else if (!variant && DraftWording.FirstMention(meaning, phrases, use.Span.Start, citations) is { } first)
                {
                    // `Ban Chỉ đạo … huyện; BCĐ …`: the definition belongs where the name is first written, not in a second
                    // writing of it at the use.
                    var defined = $"{first.Text} ({group.Target})";
                    fixes.Add(CodeFix.Insert(first.End, $" ({group.Target})", FixSafety.Unsafe,
                        new($"Định nghĩa ở chỗ viết đầy đủ đầu tiên: “{defined}”", $"Define it where it is first written in full: “{defined}”")));
                    fixes.Add(spell);
                }
                else
                {
                    // An abbreviation used once has nothing to shorten later: writing it in full comes first.
                    fixes.AddRange(group.Uses.Count == 1 || variant ? [spell, expand] : [expand]);
                }
                if (drafted is not null && group.Entry?.SingleMeaning is { } data && !string.Equals(data, drafted, StringComparison.OrdinalIgnoreCase)
                    && DefinitionParser.Fits(data, group.Target))
                {
                    // The data's expansion stays an alternative, after the draft's.
                    fixes.Add(Expansion(use, group, data, spellOnly || variant || group.Uses.Count == 1));
                }
            }
            context.Report(Rule, use.Span, fixes, null, use.Mention.Text,
                headed is not null ? GluedHint(headed) : Hint(group, drafted ?? written.GetValueOrDefault(group) ?? spelled.GetValueOrDefault(group.Target), isWritten));
        }
    }

    /// <summary>
    /// Where each spelling RL1005 proposes for a definition was defined (`nông thôn mới (NMT)` → `NTM`, <see cref="DefinitionSlips"/>):
    /// the letters come from the words before the parentheses, so that definition is the one the writer meant.
    /// </summary>
    private static Dictionary<string, int> MisspelledDefinitions(IReadOnlyList<AbbreviationGroup> groups, AnalyzerOptions options)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var site in group.Definitions)
            {
                if (DefinitionSlips.Intended(site.Definition, groups, options) is { } suggestion)
                {
                    result.TryAdd(AbbreviationText.Key(suggestion), site.Span.Start);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// The abbreviation the document defines for the words this one spells too (`QCDC` for `quy chế dân chủ ở cơ sở`, when
    /// `QCDCCS` is used), and those words; null when none, or more than one, does.
    /// </summary>
    private static (string Abbreviation, string FullForm)? DefinedForTheSameWords(AbbreviationGroup group, IReadOnlyList<AbbreviationGroup> groups)
    {
        (string, string)? found = null;
        foreach (var other in groups)
        {
            if (other == group || other.FirstDefinition?.Definition is not { Matched: true, FullForm: { } fullForm } definition
                || definition.Group is not null || !DefinitionParser.Fits(fullForm, group.Target, whole: true))
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = (other.Target, fullForm);
        }
        return found;
    }

    /// <summary>`PCTT&amp;TKCN` after `(PCTT và TKCN)`: abbreviations the document defines, joined by `&amp;`.</summary>
    private static bool JoinsDefinedAbbreviations(AbbreviationGroup group, IReadOnlyList<AbbreviationGroup> groups)
    {
        var parts = group.Target.Split('&');
        return parts.Length > 1 && parts.All(part => groups.Any(g => g.Definitions.Count > 0 && g.Target == part));
    }

    /// <summary>Used only after a mismatched definition meant for it: RL1005 reports that definition with the fix, once.</summary>
    private static bool DefinedAsMisspelled(AbbreviationGroup group, Dictionary<string, int> misspelled) =>
        misspelled.TryGetValue(AbbreviationText.Key(group.Target), out var start) && group.Uses[0].Span.Start > start;

    /// <summary>The meaning written in full at the use, or written there as a definition `meaning (ABBR)`.</summary>
    private static CodeFix Expansion(UseSite use, AbbreviationGroup group, string meaning, bool spell)
    {
        var text = use.Mention.AtSentenceStart ? AbbreviationText.Capitalize(meaning) : meaning;
        return spell
            ? CodeFix.Replace(use.Span, text, FixSafety.Unsafe, new($"Viết đầy đủ “{text}”", $"Write “{text}” in full"))
            : CodeFix.Replace(use.Span, $"{text} ({group.Target})", FixSafety.Unsafe,
                new($"Viết đầy đủ: “{text} ({group.Target})”", $"Define it: “{text} ({group.Target})”"));
    }

    /// <summary>A number right after the use (`Hội nghị TW 4`): the abbreviation is inside a numbered name.</summary>
    private static bool NumberFollows(UseSite use)
    {
        var tokens = use.Paragraph.Tokens;
        var i = 0;
        while (i < tokens.Count && tokens[i].Start < use.Mention.Span.End)
        {
            i++;
        }
        while (i < tokens.Count && tokens[i].Kind is TokenKind.Space or TokenKind.NoBreakSpace)
        {
            i++;
        }
        return i < tokens.Count && tokens[i].Kind == TokenKind.Number;
    }

    private static LocalizedText GluedHint(string headed)
    {
        var head = headed[..headed.IndexOf(' ')];
        return new($"; có lẽ là “{headed}” mà văn bản đã dùng, với chữ đầu của “{head}” viết liền vào",
            $"; it looks like the document's “{headed}” with the initial of “{head}” glued on");
    }

    /// <param name="spelledOut">The meaning the document writes out, if it writes one: of several, the one it means.</param>
    private static LocalizedText Hint(AbbreviationGroup group, string? spelledOut, bool written)
    {
        IReadOnlyList<string> meanings = written && spelledOut is not null ? [spelledOut]
            : group.Entry?.Meanings is { Count: > 0 } known ? known : spelledOut is null ? [] : [spelledOut];
        if (meanings.Count == 1)
        {
            // Used once, it has nothing to shorten later: the message says what the first fix writes.
            return written
                ? new($"; văn bản đã viết đầy đủ “{meanings[0]}” ở chỗ khác", $"; the document spells out “{meanings[0]}” elsewhere")
                : group.Uses.Count == 1
                    ? new($" và chỉ dùng một lần; viết đầy đủ “{meanings[0]}”", $" and is used only once; write “{meanings[0]}” in full")
                    : new($"; viết “{meanings[0]} ({group.Target})” ở lần dùng đầu tiên", $"; write “{meanings[0]} ({group.Target})” at its first use");
        }
        if (meanings.Count > 1)
        {
            var list = string.Join(", ", meanings.Select(m => $"“{m}”"));
            return new($" (có thể là {list}); viết đầy đủ ở lần dùng đầu tiên", $" (it may mean {list}); write it in full at its first use");
        }
        return new("; viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn ở lần dùng đầu tiên",
            "; write the full form followed by the abbreviation in parentheses at its first use");
    }

    /// <summary>
    /// The groups one of whose meanings, and only one, the document also writes out (`TW` beside `Trung ương`, `BTC`
    /// beside `Ban Tổ chức`), with that meaning.
    /// </summary>
    private static Dictionary<AbbreviationGroup, string> WrittenOutMeanings(List<AbbreviationGroup> groups, DocumentFacts<WrittenMeanings> facts)
    {
        var written = facts.SelectMany(f => f.Facts.Entries).Distinct().ToLookup(e => e.Entry, e => e.Meaning);
        var result = new Dictionary<AbbreviationGroup, string>();
        foreach (var group in groups)
        {
            if (group.Entry is { } entry && written[entry].ToList() is [var meaning])
            {
                result[group] = meaning;
            }
        }
        return result;
    }
}
