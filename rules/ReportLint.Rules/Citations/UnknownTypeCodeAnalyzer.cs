using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Citations;

/// <summary>RL2003: a symbol whose type code is no document type of its layout (`02-NQQ/TU`, `12/QD-UBND`, `12/QĐi-UBND`).</summary>
public sealed class UnknownTypeCodeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2003", "unknown-type-code",
        new("Ký hiệu loại văn bản không có trong danh mục", "Unknown document type code"),
        new("“{0}” trong “{1}” không phải ký hiệu loại văn bản {2}", "“{0}” in “{1}” is not a {2} document type code"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var data = CitationData.Get(context.Options);
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation.Symbol is not { TypeCode: { } code, Issuer: { } issuer } symbol || !IsUnknown(data, citation, symbol, code, issuer))
            {
                continue;
            }
            // A symbol is a number, a separator and the code: the code starts right after the separator.
            var codeStart = citation.ReferenceSpan.Start + symbol.Text.IndexOf(code, symbol.Number.Length + 1, StringComparison.Ordinal);
            var codeSpan = new Core.Text.TextSpan(codeStart, code.Length);
            var expected = citation.Type?.Codes(symbol.Layout) is { Count: > 0 } codes ? codes[0] : null;
            CodeFix? fix = expected is null ? null : CitationSource.Replace(codeSpan, expected);
            context.Report(Rule, codeSpan, fix, code, symbol.Text,
                symbol.Layout == SymbolLayout.Party ? new LocalizedText("của Đảng", "Party") : new LocalizedText("nhà nước", "State"));
        }
    }

    private static bool IsUnknown(CitationData data, Citation citation, CitationSymbol symbol, string code, string issuer)
    {
        if (data.Types.IsKnownCode(code, symbol.Layout))
        {
            return false; // a code of this layout: RL2004 checks it against the type word
        }
        if (data.Types.IsKnownCode(code, Other(symbol.Layout)))
        {
            // A code of the other layout with an issuer of this one (`12/QĐi-UBND`: a State Quy định is QyĐ);
            // with an issuer of the other layout, RL2002 says the layout is wrong instead.
            return symbol.Layout == SymbolLayout.State ? data.Issuers.IsState(issuer) : data.Issuers.IsParty(issuer);
        }
        if (symbol.Layout == SymbolLayout.Party)
        {
            // Outside a citation, `12-A1/B` may be a class or a room: only a Party issuer makes it a symbol.
            return citation.Type is not null || data.Issuers.IsParty(issuer);
        }
        // State: the first part may be the issuer of an official letter (`12/UBND-VX`); only a type word that
        // expects a code says it must be one.
        return citation.Type is { StateCodes.Count: > 0 } && !data.Issuers.IsState(code) && !data.Issuers.IsParty(code);
    }

    private static SymbolLayout Other(SymbolLayout layout) => layout == SymbolLayout.Party ? SymbolLayout.State : SymbolLayout.Party;
}
