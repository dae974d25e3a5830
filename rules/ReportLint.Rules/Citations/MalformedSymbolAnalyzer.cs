using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2001: a malformed symbol: cut short (`Quy định 08- ngày …`, `08-QĐi`), typed with an en dash (`08–QĐi/TW`) or
/// split by spaces at its dash or slash (`144 -QĐ/TW`, `342/2016/TT- BTC`, `07-CT/ TU`).
/// </summary>
public sealed class MalformedSymbolAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2001", "malformed-symbol",
        new("Số, ký hiệu văn bản sai dạng", "Malformed document symbol"),
        new("Số, ký hiệu “{0}” sai dạng: {1}", "The document symbol “{0}” is malformed: {1}"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText DanglingDash = new(
        "thiếu ký hiệu loại văn bản và cơ quan ban hành sau dấu gạch nối",
        "the type and issuer codes after the dash are missing");

    private static readonly LocalizedText MissingIssuer = new(
        "thiếu ký hiệu cơ quan ban hành sau dấu “/”", "the issuer code after “/” is missing");

    private static readonly LocalizedText SpacedDash = new(
        "không có khoảng trắng quanh dấu gạch nối", "no spaces around the hyphen");

    private static readonly LocalizedText SpacedSlash = new(
        "không có khoảng trắng quanh dấu “/”", "no spaces around “/”");

    private static readonly LocalizedText WrongDash = new(
        "trong số, ký hiệu dùng dấu gạch nối “-”, không dùng dấu gạch ngang", "a symbol takes a hyphen “-”, not a dash");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterParagraphAction(Analyze);
        context.RegisterDocumentAction(CitationSource.Collect, ReportCutShort);
    }

    /// <summary>
    /// Each symbol cut short at its dash (`45-`) or after its type code (`215-QĐ/`), completed from the knowledge base, from
    /// the codes the citation names, or from the draft's own full citation of that document (`Kế hoạch số 45-KH/CCB ngày
    /// 12/01/2026`, then `Kế hoạch số 45- ngày 12/01/2026`): the same type and number, and the same date when both give one.
    /// </summary>
    private static void ReportCutShort(DocumentAnalysisContext context, DocumentFacts<IReadOnlyList<Citation>> facts)
    {
        List<Citation>? complete = null;
        foreach (var (paragraph, citations) in facts)
        {
            foreach (var citation in citations)
            {
                var missingIssuer = citation is { Form: CitationForm.Symbol, Type: not null, Symbol: { Layout: SymbolLayout.Party, Issuer: null } };
                if (citation.Form != CitationForm.DanglingDash && !missingIssuer)
                {
                    continue;
                }
                complete ??= facts.SelectMany(f => f.Facts)
                    .Where(c => c is { Form: CitationForm.Symbol, Type: not null, Symbol: { TypeCode: not null, Issuer: not null } }).ToList();
                var fix = CompleteFix(context.Options, paragraph, citation, complete) ?? FromTheDraft(paragraph, citation, complete)
                    ?? FromTheNamedIssuer(context.Options, paragraph, citation, facts, complete);
                var span = paragraph.ToAbsolute(citation.ReferenceSpan);
                context.Report(Rule, span, fix?.Shift(paragraph.Start), CitationSource.Text(paragraph, citation.ReferenceSpan),
                    missingIssuer ? MissingIssuer : DanglingDash);
            }
        }
    }

    private static CodeFix? FromTheDraft(Paragraph paragraph, Citation citation, List<Citation> complete)
    {
        var symbols = complete.Where(c => c.Type == citation.Type && c.Symbol!.NumberValue == citation.Number
                && (citation.Symbol?.TypeCode is not { } code || string.Equals(code, c.Symbol.TypeCode, StringComparison.OrdinalIgnoreCase))
                && (citation.Date is not { } date || c.Date is not { } other || (date.Day, date.Month, date.Year) == (other.Day, other.Month, other.Year)))
            .Select(c => c.Symbol!.Text).Distinct(StringComparer.Ordinal).ToList();
        return symbols is [var symbol] ? Replace(paragraph, citation, symbol) : null;
    }

    /// <summary>
    /// `Hướng dẫn số 03- … của Ủy ban Kiểm tra Huyện ủy` → `03-HD/UBKTHU`, when the type has one Party code and the draft
    /// itself writes a symbol of that issuer (`Số 14-BC/UBKTHU` in its header, `Kế hoạch số 04-KH/UBKTHU`): the code
    /// the name spells is never guessed without it.
    /// </summary>
    private static CodeFix? FromTheNamedIssuer(AnalyzerOptions options, Paragraph paragraph, Citation citation,
        DocumentFacts<IReadOnlyList<Citation>> facts, List<Citation> complete)
    {
        if (TypeCode(citation, complete) is not { } type
            || NamedPartyIssuer.After(CitationData.Get(options), paragraph, citation.Span.End) is not { } issuer
            || !facts.SelectMany(f => f.Facts).Any(c => c.Symbol is { Layout: SymbolLayout.Party, TypeCode: not null } symbol
                && string.Equals(symbol.Issuer, issuer, StringComparison.Ordinal)))
        {
            return null;
        }
        return Replace(paragraph, citation, $"{Number(paragraph, citation)}-{type}/{issuer}");
    }

    private static void Analyze(ParagraphAnalysisContext context)
    {
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation is { SpacedMark: { } mark, Symbol: { } spaced })
            {
                // One fix rewrites the whole symbol, its dash included.
                var text = CitationSource.Text(context.Paragraph, citation.ReferenceSpan);
                context.Report(Rule, citation.ReferenceSpan, CodeFix.Replace(citation.ReferenceSpan, spaced.Text, FixSafety.Safe,
                    new($"Sửa thành “{spaced.Text}”", $"Change to “{spaced.Text}”")), text, mark == '/' ? SpacedSlash : SpacedDash);
                continue;
            }
            if (MissingYearFix(context.Options, citation) is { } withYear)
            {
                context.Report(Rule, citation.ReferenceSpan, CitationSource.Replace(citation.ReferenceSpan, withYear),
                    CitationSource.Text(context.Paragraph, citation.ReferenceSpan),
                    new LocalizedText($"thiếu năm ban hành, viết “{withYear}”", $"the year of issue is missing: write “{withYear}”"));
                continue;
            }
            foreach (var dash in citation.WrongDashes)
            {
                context.Report(Rule, dash, CodeFix.Replace(dash, "-", FixSafety.Safe, new("Thay bằng dấu gạch nối “-”", "Use a hyphen “-”")),
                    CitationSource.Text(context.Paragraph, citation.ReferenceSpan), WrongDash);
            }
        }
    }

    /// <summary>
    /// `Nghị định số 33/NĐ-CP ngày 10/6/2023` → `33/2023/NĐ-CP`: a legal document whose symbol always carries its year
    /// (`yearInSymbol` in the data), written in the State layout without it, with a date from 2000 on to take it from
    /// (older symbols were laid out otherwise: `64-CP`).
    /// </summary>
    private static string? MissingYearFix(AnalyzerOptions options, Citation citation) =>
        citation is { Type.YearInSymbol: true, Symbol: { Layout: SymbolLayout.State, Year: null, TypeCode: { } code, Issuer: { } issuer } symbol,
                Date: { IsPlausible: true, Year: >= FirstYearInSymbol and var year } }
            && CitationData.Get(options).Types.TypeOfCode(code, SymbolLayout.State) is { YearInSymbol: true }
            ? $"{symbol.Number}/{year}/{code}-{issuer}"
            : null;

    private const int FirstYearInSymbol = 2000;

    /// <summary>The number as written (`08` of `08-` or `08-QĐi`).</summary>
    private static string Number(Paragraph paragraph, Citation citation) =>
        citation.Symbol?.Number ?? CitationSource.Text(paragraph, citation.ReferenceSpan).TrimEnd('-', '–', ' ');

    /// <summary>The written type code of a symbol cut short after it; else the one <see cref="PartyTypeCode"/> gives.</summary>
    private static string? TypeCode(Citation citation, List<Citation> complete) => citation.Symbol?.TypeCode ?? PartyTypeCode(citation, complete);

    /// <summary>Replaces the cut symbol with <paramref name="symbol"/>, a `/` left after it (`215-QĐ/ ngày`) included.</summary>
    private static CodeFix Replace(Paragraph paragraph, Citation citation, string symbol)
    {
        var span = citation.ReferenceSpan;
        var text = paragraph.Text;
        return CitationSource.Replace(span.End < text.Length && text[span.End] == '/' ? new TextSpan(span.Start, span.Length + 1) : span, symbol);
    }

    /// <summary>
    /// The Party type code a completed symbol takes: the type's only one; for a type of several (`Quy định`: QĐ, QĐi) the
    /// one the draft's own full symbols of that type write when they agree, else the type's first code, the usual one.
    /// </summary>
    private static string? PartyTypeCode(Citation citation, List<Citation> complete)
    {
        if (citation.Type is not { PartyCodes: [var first, ..] codes } type)
        {
            return null;
        }
        if (codes.Count == 1)
        {
            return first;
        }
        var written = complete.Where(c => c.Type == type && c.Symbol!.Layout == SymbolLayout.Party && type.Accepts(c.Symbol.TypeCode!, SymbolLayout.Party))
            .Select(c => c.Symbol!.TypeCode!).Distinct(StringComparer.Ordinal).ToList();
        return written is [var own] ? own : written.Count == 0 ? first : null;
    }

    /// <summary>
    /// `Quy định 08-` → `Quy định số 08-QĐi/TW` when the knowledge base tells which document it is; else the codes the
    /// citation itself names: `Kết luận số 86- … của Ban Thường vụ Huyện ủy` → `86-KL/HU`.
    /// </summary>
    private static CodeFix? CompleteFix(AnalyzerOptions options, Paragraph paragraph, Citation citation, List<Citation> complete)
    {
        if (citation.Document is not { } document)
        {
            var issuers = CitationData.Get(options).Issuers;
            return TypeCode(citation, complete) is { } type && citation is { Body.Body.Code: var issuer } && issuers.IsParty(issuer)
                ? Replace(paragraph, citation, $"{Number(paragraph, citation)}-{type}/{issuer}")
                : null;
        }
        if (citation.Type is null || citation.InList || citation.Symbol is not null)
        {
            return Replace(paragraph, citation, document.Symbol.Text);
        }
        var span = TextSpan.FromBounds(citation.TypeSpan.Start, citation.ReferenceSpan.End);
        return CitationSource.Replace(paragraph, span, $"{CitationSource.Text(paragraph, citation.TypeSpan)} số {document.Symbol.Text}");
    }
}
