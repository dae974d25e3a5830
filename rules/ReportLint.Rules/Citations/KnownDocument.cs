namespace ReportLint.Rules.Citations;

/// <summary>A document of the knowledge base (`knownDocuments` in `rules/data/known-documents.json` or a workspace pack).</summary>
/// <param name="Issuers">The issuing body; more than one when public sources disagree.</param>
/// <param name="Term">The Central Committee term (Roman), given or derived from the date for central issuers.</param>
/// <param name="Plenum">The Central Committee plenum that adopted it (`Nghị quyết Trung ương 4`), if any.</param>
public sealed record KnownDocument(CitationSymbol Symbol, string Type, IReadOnlyList<string> Issuers, DateOnly Date,
    string? Title, int? Plenum, string? Term, string? Source)
{
    /// <summary>The full citation: `Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương`.</summary>
    public string FullCitation => $"{Type} số {Symbol.Text} ngày {CitationDate.Format(Date)} của {Issuers[0]}";
}
