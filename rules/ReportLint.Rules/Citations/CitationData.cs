using ReportLint.Core.Analysis;
using ReportLint.Core.Data;

namespace ReportLint.Rules.Citations;

/// <summary>Every table the citation rules read, built once per data pack set.</summary>
internal sealed class CitationData
{
    private CitationData(DataPackSet data)
    {
        Types = new DocumentTypeTable(data);
        Issuers = new IssuerTable(data);
        Documents = new KnowledgeBase(data, Issuers);
        foreach (var document in Documents.All)
        {
            if (Types.FindWord(document.Type) is null)
            {
                throw new InvalidDataException(
                    $"\"knownDocuments\": \"{document.Symbol.Text}\" has the type \"{document.Type}\", which is not in \"documentTypes\".");
            }
        }
        Resolver = new CitationResolver(this);
    }

    public DocumentTypeTable Types { get; }

    public IssuerTable Issuers { get; }

    public KnowledgeBase Documents { get; }

    public CitationResolver Resolver { get; }

    /// <summary>Parsed citations per paragraph syntax: parsed once, shared by every citation rule.</summary>
    public CitationCache Cache { get; } = new();

    public static CitationData Get(AnalyzerOptions options) =>
        options.Data.GetOrCreate("citations", data => new CitationData(data));
}
