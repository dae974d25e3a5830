using ReportLint.Rules.Citations;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>The citation tables are asked about every word and every symbol: a miss must not allocate.</summary>
public class CitationTableAllocationTests
{
    private static readonly CitationData Data = CitationData.Get(RuleTester.Options());

    [Fact]
    public void Words_that_start_no_type_word_or_body_allocate_nothing()
    {
        Assert.NotEmpty(Data.Types.StartingWith("Nghị"));
        Assert.Empty(Data.Types.StartingWith("nghiệp"));
        Assert.Empty(Data.Issuers.BodiesStartingWith("xyz"));
        Assert.Empty(Data.Documents.WithNumber(987_654));

        Allocations.AssertNone(() =>
        {
            Data.Types.StartingWith("nghiệp");
            Data.Issuers.BodiesStartingWith("xyz");
            Data.Documents.WithNumber(987_654);
        });
    }

    [Fact]
    public void Classifying_codes_allocates_nothing()
    {
        Assert.True(Data.Issuers.IsParty("TW"));
        Assert.True(Data.Types.IsKnownCode("NQ", SymbolLayout.Party));
        Assert.False(Data.Types.IsKnownCode("ZZ", SymbolLayout.State));

        Allocations.AssertNone(() =>
        {
            Data.Issuers.IsParty("ZZZ");
            Data.Issuers.IsParty("TW");
            Data.Types.IsKnownCode("ZZ", SymbolLayout.State);
        });
    }
}
