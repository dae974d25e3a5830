using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2004: the type word and the type code disagree: `Chỉ thị số 02-NQ/TU`. Document-wide only for its fixes: the draft's
/// own full citation of the same number and issuer can settle which part is the slip.
/// </summary>
public sealed class TypeCodeMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2004", "type-code-mismatch",
        new("Tên loại văn bản không khớp ký hiệu", "Type word and type code disagree"),
        new("“{0}” không khớp ký hiệu “{1}” ({2}) trong “{3}”", "“{0}” does not match the type code “{1}” ({2}) in “{3}”"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(CitationSource.Collect, Report);

    /// <summary>A disagreement: the type word's type, the code's type, the symbol (read in the layout of its issuer) and the code.</summary>
    private readonly record struct Mismatch(DocumentType Type, DocumentType Coded, CitationSymbol Symbol, string Code);

    /// <summary>Which part the evidence says is right: neither, the type word (fix the code) or the code (fix the word).</summary>
    private enum Settled { None, Word, Code }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<IReadOnlyList<Citation>> facts)
    {
        var data = CitationData.Get(context.Options);
        List<Citation>? agreeing = null;
        foreach (var (paragraph, citations) in facts)
        {
            foreach (var citation in citations)
            {
                if (Find(data, citation) is not { } mismatch)
                {
                    continue;
                }
                agreeing ??= facts.SelectMany(f => f.Facts).Where(c => Agrees(data, c)).ToList();
                var word = CitationSource.Text(paragraph, citation.TypeSpan);
                var fixes = Fixes(citation, mismatch, word, Settle(data, citation, mismatch, agreeing)).Select(f => f.Shift(paragraph.Start)).ToList();
                context.Report(Rule, paragraph.ToAbsolute(Span(citation)), fixes, null, word, mismatch.Code, mismatch.Coded.Word, mismatch.Symbol.Text);
            }
        }
    }

    private static Mismatch? Find(CitationData data, Citation citation)
    {
        if (citation is not { Type: { } type, Symbol: { TypeCode: { } code } } || InIssuerLayout(data, citation.Symbol) is not { } symbol
            || type.Codes(symbol.Layout).Count == 0 || type.Accepts(code, symbol.Layout)
            || data.Types.TypeOfCode(code, symbol.Layout) is not { } coded)
        {
            return null;
        }
        return new Mismatch(type, coded, symbol, code);
    }

    /// <summary>A full citation whose type word and code agree.</summary>
    private static bool Agrees(CitationData data, Citation citation) =>
        citation is { Form: CitationForm.Symbol, Type: { } type, Symbol: { TypeCode: { } code } } && InIssuerLayout(data, citation.Symbol) is { } symbol
        && type.Accepts(code, symbol.Layout);

    /// <summary>
    /// The symbol in the layout of its issuer: a Party document written in the State layout (`Quy định số 69/QĐ-TW`) is
    /// RL2002's finding; its type code is read with the Party list, where QĐ is also a Quy định. Null without an issuer.
    /// </summary>
    private static CitationSymbol? InIssuerLayout(CitationData data, CitationSymbol written) =>
        written.Issuer is not { } issuer ? null
        : written.Layout == SymbolLayout.State && data.Issuers.IsParty(issuer) && !data.Issuers.IsState(issuer) ? written with { Layout = SymbolLayout.Party }
        : written;

    /// <summary>
    /// The knowledge base settles it for the type word when it has the symbol with the word's code (`05-CT/TW`), not the
    /// symbol as written, and the citation's date or named issuer fits that document; the draft settles it when it cites
    /// the same number and issuer in full, of the same date when both give one, with only one of the two types.
    /// </summary>
    private static Settled Settle(CitationData data, Citation citation, Mismatch mismatch, List<Citation> agreeing)
    {
        if (citation.Document is not null || CitationSymbol.Parse(Rewrite(mismatch)) is not { } rewritten)
        {
            return Settled.None;
        }
        var date = citation.Date?.Value;
        var body = citation.Body is { Body.Generic: false } named ? named.Body : null;
        if ((date is not null || body is not null)
            && data.Documents.Find(rewritten, date, citation.Terms.Count == 1 ? citation.Terms[0].Numeral : null) is { } known
            && (date is null || known.Date == date) && (body is null || CitationResolver.IssuedBy(known, body)))
        {
            return Settled.Word;
        }
        var word = agreeing.Any(c => c.Type == mismatch.Type && c.Symbol!.Key == rewritten.Key && SameDate(c, citation));
        var code = agreeing.Any(c => c.Type == mismatch.Coded && c.Symbol!.Key == citation.Symbol!.Key && SameDate(c, citation));
        return word == code ? Settled.None : word ? Settled.Word : Settled.Code;
    }

    private static bool SameDate(Citation one, Citation other) =>
        one.Date is not { } date || other.Date is not { } second || (date.Day, date.Month, date.Year) == (second.Day, second.Month, second.Year);

    /// <summary>The symbol with the type word's code in place of the written one: `05-NQ/TW` for a Chỉ thị → `05-CT/TW`.</summary>
    private static string Rewrite(Mismatch mismatch)
    {
        var symbol = mismatch.Symbol;
        var offset = CodeOffset(mismatch);
        return string.Concat(symbol.Text.AsSpan(0, offset), mismatch.Type.Codes(symbol.Layout)[0], symbol.Text.AsSpan(offset + mismatch.Code.Length));
    }

    private static int CodeOffset(Mismatch mismatch) => mismatch.Symbol.Text.IndexOf(mismatch.Code, mismatch.Symbol.Number.Length + 1, StringComparison.Ordinal);

    /// <summary>
    /// The known document's type word when the knowledge base has the symbol as written; otherwise the code of
    /// the type word first (the sentence names the kind of document; the code is the part mistyped or copied
    /// from another symbol: `Kết luận số 01-CT/TW` is 01-KL/TW), then the word of the code, each only when the
    /// evidence does not rule it out.
    /// </summary>
    private static List<CodeFix> Fixes(Citation citation, Mismatch mismatch, string written, Settled settled)
    {
        var fixes = new List<CodeFix>();
        if (citation.Document is null && settled != Settled.Code)
        {
            // The finding marks the type word: the title says the fix rewrites the symbol instead.
            var right = mismatch.Type.Codes(mismatch.Symbol.Layout)[0];
            var rewritten = Rewrite(mismatch);
            fixes.Add(CodeFix.Replace(new TextSpan(citation.ReferenceSpan.Start + CodeOffset(mismatch), mismatch.Code.Length), right, FixSafety.Unsafe,
                new($"Sửa số, ký hiệu thành “{rewritten}”", $"Change the symbol to “{rewritten}”")));
        }
        if (!citation.InList && settled != Settled.Word)
        {
            fixes.Add(CitationSource.Replace(citation.TypeSpan, MatchCase(citation.Document?.Type ?? mismatch.Coded.Word, written)));
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
