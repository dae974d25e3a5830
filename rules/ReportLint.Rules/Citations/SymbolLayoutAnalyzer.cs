using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Citations;

/// <summary>RL2002: a Party document written in the State layout (`18/NQ-TW`) or a State document in the Party layout (`123-QĐ/UBND`).</summary>
public sealed class SymbolLayoutAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2002", "symbol-layout",
        new("Số, ký hiệu sai thể thức Đảng/Nhà nước", "Party or State symbol layout swapped"),
        new("“{0}” là văn bản {1} nhưng số, ký hiệu viết theo thể thức {2}: viết “{3}”",
            "“{0}” is a {1} document but its symbol follows the {2} layout: write “{3}”"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText Party = new("của Đảng", "Party");
    private static readonly LocalizedText State = new("nhà nước", "State");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var data = CitationData.Get(context.Options);
        foreach (var citation in CitationSource.Of(context))
        {
            if (Corrected(data, citation.Symbol, citation.Date) is not var (corrected, layout))
            {
                continue;
            }
            var symbol = citation.Symbol!;
            context.Report(Rule, citation.ReferenceSpan, CitationSource.Replace(context.Paragraph, citation.ReferenceSpan, corrected),
                symbol.Text, layout == SymbolLayout.Party ? Party : State, layout == SymbolLayout.Party ? State : Party, corrected);
        }
    }

    /// <summary>
    /// The symbol rewritten in the layout it belongs to, or null when it fits or one cannot tell; RL2011 writes it into
    /// its own suggestion, so that `Nghị quyết 15/NQ-HU` is not told to become `Nghị quyết số 15/NQ-HU`.
    /// </summary>
    internal static (string Text, SymbolLayout Layout)? Corrected(CitationData data, CitationSymbol? symbol, CitationDate? date = null) =>
        symbol is { TypeCode: { } code, Issuer: { } issuer } && Expected(data, code, issuer, symbol.Layout) is { } layout
            ? (symbol.Relayout(layout, YearOf(data, code, layout, date)), layout)
            : null;

    /// <summary>`Nghị định số 33-NĐ/CP ngày 10/6/2023`: a legal document's State symbol carries the year of its date.</summary>
    private static int? YearOf(CitationData data, string code, SymbolLayout layout, CitationDate? date) =>
        layout == SymbolLayout.State && date is { IsPlausible: true } && data.Types.TypeOfCode(code, layout) is { YearInSymbol: true }
            ? date.Year
            : null;

    /// <summary>The layout the symbol should have when it is not the one used; null when it fits or one cannot tell.</summary>
    private static SymbolLayout? Expected(CitationData data, string code, string issuer, SymbolLayout used)
    {
        if (used == SymbolLayout.State)
        {
            // `18/NQ-TW`: a Party issuer, and a code the Party uses.
            var party = data.Issuers.IsParty(issuer) && data.Types.IsKnownCode(code, SymbolLayout.Party)
                || data.Types.BelongsOnlyTo(code, SymbolLayout.Party) && !data.Issuers.IsState(issuer);
            return party && !data.Issuers.IsState(code) ? SymbolLayout.Party : null;
        }
        var state = data.Issuers.IsState(issuer) && data.Types.IsKnownCode(code, SymbolLayout.State)
            || data.Types.BelongsOnlyTo(code, SymbolLayout.State) && !data.Issuers.IsParty(issuer);
        return state ? SymbolLayout.State : null;
    }
}
