using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Citations;

/// <summary>The analyzers of this family, in id order.</summary>
public static class CitationFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new MalformedSymbolAnalyzer(),
        new SymbolLayoutAnalyzer(),
        new UnknownTypeCodeAnalyzer(),
        new TypeCodeMismatchAnalyzer(),
        new RepeatedNumberSignAnalyzer(),
        new ImpossibleCitationDateAnalyzer(),
        new InvalidTermNumeralAnalyzer(),
        new IncompleteCitationAnalyzer(),
        new KnownDocumentContradictionAnalyzer(),
        new InconsistentCitationDateAnalyzer(),
        new MissingNumberSignAnalyzer(),
        new IssuerBodyMismatchAnalyzer(),
        new NonStandardSymbolAnalyzer(),
        new ReferenceOrderAnalyzer(),
        new InconsistentCongressNumeralAnalyzer(),
        new MissingArticleReferenceAnalyzer(),
    ];
}
