using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Tests.Spelling;

public class SpellingRulePagesTests
{
    public static TheoryData<string> Ids => new(SpellingFamily.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_spelling_rule_has_a_page_with_the_standard_sections(string id)
    {
        var page = RuleDocs.Get(id);
        Assert.NotNull(page);
        Assert.StartsWith($"# {id} ", page);
        foreach (var heading in new[] { "## Vì sao", "## Ví dụ", "## Sửa tự động", "## Tùy chọn" })
        {
            Assert.Contains(heading, page);
        }
    }

    [Fact]
    public void Ids_are_unique_and_stay_in_the_family_range()
    {
        var ids = SpellingFamily.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Single(ids, id => id == "RL3010");
        Assert.All(ids, id => Assert.StartsWith("RL30", id));
    }

    [Fact]
    public void The_lexicon_holds_at_least_2000_valid_multi_syllable_entries() =>
        Assert.True(SpellingTestData.Tables.Lexicon.EntryCount >= 2000, $"{SpellingTestData.Tables.Lexicon.EntryCount} entries");
}
