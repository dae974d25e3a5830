using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1006 (info): the full form written out again after its abbreviation was defined. Only full
/// forms of two words or more, as the definition wrote them; another definition's full form and
/// headings (all-caps lines) do not count.
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

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        var defined = DocumentAbbreviations.Get(context).Groups
            .Where(g => g.FirstDefinition is { Definition.FullForm: not null })
            .ToList();
        var (_, scanner, indices) = ScannerFor(defined.Select(g => g.FirstDefinition!.Value.Definition.FullForm!).ToList());
        if (scanner.Count == 0)
        {
            return;
        }
        var owners = new Dictionary<int, AbbreviationGroup>();
        for (var i = 0; i < defined.Count; i++)
        {
            if (indices[i] >= 0)
            {
                owners[indices[i]] = defined[i];
            }
        }
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            TextSpan[]? definitionParts = null;
            foreach (var hit in HitsIn(paragraph, scanner))
            {
                var group = owners[hit.Phrase];
                var definition = group.FirstDefinition!.Value;
                var span = paragraph.ToAbsolute(hit.Span);
                if (span.Start <= definition.Span.Start || paragraphFacts.IsCapsLine || IsDefinitionPart(paragraph, definitionParts ??= FullFormSpans(paragraphFacts), hit))
                {
                    continue;
                }
                context.Report(Rule, span, CodeFix.Replace(span, group.Target, FixSafety.Unsafe),
                    paragraph.Text.Substring(hit.Span.Start, hit.Span.Length), group.Target,
                    AbbreviationFacts.Line(context, definition.Span.Start));
            }
        }
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
            var hits = scanner.Scan(paragraph).ToArray();
            _last = new Entry(scanner, hits);
            return hits;
        }

        private sealed record Entry(PhraseScanner Scanner, PhraseHit[] Hits);
    }

    /// <summary>The paragraph's definition full forms, in text order (they never overlap).</summary>
    private static TextSpan[] FullFormSpans(ParagraphAbbreviations facts) =>
        facts.Definitions.Where(d => d.FullFormSpan is not null).Select(d => d.FullFormSpan!.Value).OrderBy(s => s.Start).ToArray();

    /// <summary>The words belong to a definition: they are some definition's full form, or `(` follows them.</summary>
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
        var next = hit.NextToken;
        while (next < paragraph.Tokens.Count && paragraph.Tokens[next].Kind.IsTrivia())
        {
            next++;
        }
        return next < paragraph.Tokens.Count && paragraph.Tokens[next] is { Kind: TokenKind.Punctuation, Length: 1 } token
            && paragraph.Text[token.Start] == '(';
    }
}
