using ReportLint.Rules.Abbreviations;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Abbreviations;

public class AbbreviationRegistryTests
{
    [Fact]
    public void Every_built_in_meaning_fits_its_letters_so_expansions_are_clean()
    {
        var registry = AbbreviationRegistry.Get(RuleTester.Options());
        Assert.True(registry.Entries.Count > 50);
        foreach (var entry in registry.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Source), entry.Abbreviation);
            foreach (var meaning in entry.Meanings)
            {
                Assert.True(DefinitionParser.Fits(meaning, entry.Abbreviation), $"{entry.Abbreviation}: {meaning}");
            }
        }
    }

    [Fact]
    public void Later_packs_override_only_the_properties_they_give()
    {
        var options = RuleTester.Options("""{ "data": { "abbreviations": [ { "abbreviation": "CB", "meanings": ["chi bộ"] }, { "abbreviation": "ĐBQH", "allowedUndefined": true } ] } }""");
        var registry = AbbreviationRegistry.Get(options);
        Assert.Equal(["chi bộ"], registry.Find("CB")!.Meanings);
        var dbqh = registry.Find("ĐBQH")!;
        Assert.True(dbqh.AllowedUndefined);
        Assert.Equal(["đại biểu Quốc hội"], dbqh.Meanings);
    }

    [Fact]
    public void Finds_variants_and_dotted_forms()
    {
        var registry = AbbreviationRegistry.Get(RuleTester.Options());
        Assert.Equal("TW", registry.Find("T.Ư")!.Abbreviation);
        Assert.Equal("TW", registry.Find("TƯ")!.Abbreviation);
        Assert.Equal("UVTW", registry.Find("UVT.Ư")!.Abbreviation);
        Assert.Null(registry.Find("XYZ"));
    }

    [Fact]
    public void A_malformed_workspace_entry_is_reported_not_thrown()
    {
        var options = RuleTester.Options("""{ "data": { "abbreviations": [ { "meanings": ["quản lý nhà nước"] } ] } }""");
        var diagnostics = RuleTester.Lint("Kiểm tra QLNN năm nay.", options);
        Assert.Contains(diagnostics, d => d.Id == "RL9001" && d.GetMessage(Core.Diagnostics.MessageLanguage.English).Contains("abbreviations[0]", StringComparison.Ordinal));
    }
}
