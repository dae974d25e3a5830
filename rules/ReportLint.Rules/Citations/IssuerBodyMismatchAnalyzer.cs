using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2012: the issuer code of the symbol and the body named after `của` disagree
/// (`Nghị quyết số 02-NQ/ĐUK của Ban Chấp hành Trung ương`). A unit of a committee signs with the
/// committee's code as suffix (`VPTU` for the Tỉnh ủy's office), and the National Assembly adds its term
/// (`QH14`): both agree with the committee's or the assembly's name.
/// </summary>
public sealed class IssuerBodyMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2012", "issuer-body-mismatch",
        new("Ký hiệu cơ quan ban hành không khớp cơ quan được nêu", "Issuer code and issuing body disagree"),
        new("Ký hiệu cơ quan “{0}” trong “{1}” không khớp “{2}” (ký hiệu {3})",
            "The issuer code “{0}” in “{1}” does not match “{2}” (code {3})"),
        RuleFamily.Citations, ReportSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var data = CitationData.Get(context.Options);
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation is not { Symbol.Issuer: { } issuer, Body: { } body } || Agrees(issuer, body.Body.Code)
                || !(data.Issuers.IsParty(issuer) || data.Issuers.IsState(issuer))
                || (citation.Document is { } known && !body.Body.Generic && !CitationResolver.IssuedBy(known, body.Body)))
            {
                continue; // a known document's issuer is RL2009's finding, with the fix
            }
            context.Report(Rule, body.Span, issuer, citation.Symbol.Text, CitationSource.Text(context.Paragraph, body.Span), body.Body.Code);
        }
    }

    // `ĐU` and `ĐUK` are both seen for the committees of Khối: a code that extends the other agrees with it.
    private static bool Agrees(string issuer, string code) =>
        issuer.EndsWith(code, StringComparison.OrdinalIgnoreCase) || issuer.StartsWith(code, StringComparison.OrdinalIgnoreCase)
        || code.StartsWith(issuer, StringComparison.OrdinalIgnoreCase);
}
