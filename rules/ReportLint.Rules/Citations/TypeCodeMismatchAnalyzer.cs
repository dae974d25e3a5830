using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>RL2004: the type word and the type code disagree: `Chỉ thị số 02-NQ/TU`.</summary>
public sealed class TypeCodeMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2004", "type-code-mismatch",
        new("Tên loại văn bản không khớp ký hiệu", "Type word and type code disagree"),
        new("“{0}” không khớp ký hiệu “{1}” ({2}) trong “{3}”", "“{0}” does not match the type code “{1}” ({2}) in “{3}”"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var data = CitationData.Get(context.Options);
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation is not { Type: { } type, Symbol: { TypeCode: { } code, Issuer: { } issuer } written })
            {
                continue;
            }
            // A Party document written in the State layout (`Quy định số 69/QĐ-TW`) is RL2002's finding; its
            // type code is read with the Party list, where QĐ is also a Quy định.
            var symbol = written.Layout == SymbolLayout.State && data.Issuers.IsParty(issuer) && !data.Issuers.IsState(issuer)
                ? written with { Layout = SymbolLayout.Party }
                : written;
            if (type.Codes(symbol.Layout).Count == 0 || type.Accepts(code, symbol.Layout)
                || data.Types.TypeOfCode(code, symbol.Layout) is not { } coded)
            {
                continue;
            }
            var word = CitationSource.Text(context.Paragraph, citation.TypeSpan);
            context.Report(Rule, Span(citation), Fixes(citation, type, coded, symbol, code, word), null,
                word, code, coded.Word, symbol.Text);
        }
    }

    /// <summary>
    /// The known document's type word when the knowledge base has the symbol as written; otherwise the code of
    /// the type word first (the sentence names the kind of document; the code is the part mistyped or copied
    /// from another symbol: `Kết luận số 01-CT/TW` is 01-KL/TW), then the word of the code.
    /// </summary>
    private static IReadOnlyList<CodeFix> Fixes(Citation citation, DocumentType type, DocumentType coded, CitationSymbol symbol, string code,
        string written)
    {
        var fixes = new List<CodeFix>();
        if (citation.Document is null)
        {
            // The finding marks the type word: the title says the fix rewrites the symbol instead.
            var offset = symbol.Text.IndexOf(code, symbol.Number.Length + 1, StringComparison.Ordinal);
            var right = type.Codes(symbol.Layout)[0];
            var rewritten = string.Concat(symbol.Text.AsSpan(0, offset), right, symbol.Text.AsSpan(offset + code.Length));
            fixes.Add(CodeFix.Replace(new TextSpan(citation.ReferenceSpan.Start + offset, code.Length), right, Core.Diagnostics.FixSafety.Unsafe,
                new($"Sửa số, ký hiệu thành “{rewritten}”", $"Change the symbol to “{rewritten}”")));
        }
        if (!citation.InList)
        {
            fixes.Add(CitationSource.Replace(citation.TypeSpan, MatchCase(citation.Document?.Type ?? coded.Word, written)));
        }
        return fixes;
    }

    /// <summary>
    /// The two parts that disagree and what lies between them (`Chỉ thị số 02-NQ/TU`): either may be the slip, so an
    /// editor sees both, and each fix edits inside the span. A later item of a list (`…, 03-NQ/TU`) shares its type word
    /// with items that agree with it: only its symbol is marked, and only the symbol is fixed.
    /// </summary>
    private static TextSpan Span(Citation citation) =>
        citation.InList ? citation.ReferenceSpan : TextSpan.FromBounds(citation.TypeSpan.Start, citation.ReferenceSpan.End);

    private static string MatchCase(string word, string written) =>
        written.Length > 0 && char.IsLower(written[0]) ? char.ToLowerInvariant(word[0]) + word[1..] : word;
}
