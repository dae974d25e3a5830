using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2011: `số` left out before the number (`Quy định 105-QĐ/TW`). Many offices cite without it, so by default only a
/// draft that keeps `số` in most of its citations is held to it: there the one left out is a slip. The option
/// `when: always` asks for `số` everywhere.
/// </summary>
public sealed class MissingNumberSignAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2011", "missing-number-sign",
        new("Thiếu chữ “số” trước số hiệu văn bản", "Missing “số” before the document number"),
        new("Nên viết “số” trước số hiệu: “{0}”", "Write “số” before the number: “{0}”"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Safe)
    {
        Options =
        [
            RuleOption.Choice("when", "mixed",
                new("Khi nào báo: mixed (văn bản viết “số” ở phần lớn trích dẫn, ít nhất 3 lần, mà bỏ sót ở chỗ khác) hoặc always (mọi trích dẫn thiếu “số”)",
                    "When to report: mixed (the document writes “số” in most citations, at least 3 times, and leaves it out elsewhere) or always (every citation without “số”)"),
                "mixed", "always"),
        ],
    };

    // Citations with `số` a draft must write before it counts as keeping the full form.
    private const int KeptAtLeast = 3;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(CitationSource.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<IReadOnlyList<Citation>> facts)
    {
        var always = context.Options.GetString(Rule, "when") == "always";
        var data = CitationData.Get(context.Options);
        int with = 0, without = 0;
        foreach (var fact in facts)
        {
            foreach (var citation in fact.Facts)
            {
                if (IsFullCitation(citation, always) && citation.NumberSign is null)
                {
                    without++;
                }
                else if (IsFullCitation(citation, always))
                {
                    with++;
                }
            }
        }
        if (without == 0 || (!always && (with < KeptAtLeast || with <= without)))
        {
            return;
        }
        foreach (var fact in facts)
        {
            var paragraph = fact.Paragraph;
            foreach (var citation in fact.Facts)
            {
                if (IsFullCitation(citation, always) && citation.NumberSign is null)
                {
                    var type = CitationSource.Text(paragraph, citation.TypeSpan);
                    var reference = CitationSource.Text(paragraph, citation.ReferenceSpan);
                    var span = paragraph.ToAbsolute(TextSpan.FromBounds(citation.TypeSpan.Start, citation.ReferenceSpan.End));
                    var insertAt = paragraph.ToAbsolute(citation.ReferenceSpan).Start;
                    var insert = CodeFix.Insert(insertAt, "số ", FixSafety.Safe, new("Thêm “số”", "Insert “số”"));
                    // A symbol in the other body's layout (`15/NQ-HU`, RL2002): the suggestion shows it mended too, and the
                    // first fix writes both; it is as unsafe as RL2002's, so the safe insertion stays for `--fix`.
                    if (SymbolLayoutAnalyzer.Corrected(data, citation.Symbol) is var (corrected, _))
                    {
                        var both = CodeFix.Replace(paragraph.ToAbsolute(citation.ReferenceSpan), $"số {corrected}", FixSafety.Unsafe);
                        context.Report(Rule, span, [both, insert], null, $"{type} số {corrected}");
                        continue;
                    }
                    context.Report(Rule, span, insert, $"{type} số {reference}");
                }
            }
        }
    }

    /// <summary>
    /// A type and its own symbol (`Chỉ thị 10-CT/TU`), or with <paramref name="always"/> its number too: a short name
    /// after the full citation (`Chỉ thị 27`) is how drafts refer back. A dangling dash is RL2001's, whose fix already
    /// writes `số`; list items share the first item's `số`; familiar names (`Nghị quyết Trung ương 4`) take none.
    /// </summary>
    private static bool IsFullCitation(Citation citation, bool always) =>
        citation is { Type: not null, InList: false } && (citation.Form == CitationForm.Symbol || (always && citation.Form == CitationForm.Number));
}
