using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Abbreviations;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

public class AbbreviationTableTests
{
    private const string Text =
        "Đội ngũ cán bộ, công chức (CB, CC) của tỉnh.\n" +
        "Nhiều CB được luân chuyển; UBND tỉnh và T.Ư đã chỉ đạo, CC được bồi dưỡng.\n";

    private static AbbreviationTable Build(string text) =>
        AbbreviationTable.Build(ReportDocument.Create("draft.txt", new SourceText(text)), RuleTester.Options());

    [Fact]
    public void Lists_definitions_and_uses_with_absolute_positions()
    {
        var table = Build(Text);
        var cb = Assert.Single(table.Entries, e => e.Abbreviation == "CB");
        Assert.Equal("cán bộ", cb.FullForm);
        Assert.Equal(["cán bộ", "chi bộ"], cb.Meanings);
        Assert.Equal(new TextSpan(Offset(Text, "CB"), 2), cb.DefinitionSpan);
        Assert.Equal(new TextSpan(Offset(Text, "cán bộ"), "cán bộ".Length), cb.FullFormSpan);
        Assert.Equal([new TextSpan(Offset(Text, "CB", 1), 2)], cb.UseSpans);
        var cc = Assert.Single(table.Entries, e => e.Abbreviation == "CC");
        Assert.Equal("công chức", cc.FullForm);
    }

    [Fact]
    public void Undefined_entries_carry_the_registry_meaning_and_canonical_form()
    {
        var table = Build(Text);
        var tw = table.Find("T.Ư");
        Assert.NotNull(tw);
        Assert.Equal("TW", tw.Abbreviation);
        Assert.Equal("Trung ương", tw.FullForm);
        Assert.Null(tw.DefinitionSpan);
        Assert.Equal(["T.Ư"], tw.Forms);
        Assert.True(Assert.Single(table.Entries, e => e.Abbreviation == "UBND").AllowedUndefined);
    }

    [Fact]
    public void Finds_the_entry_under_a_position_for_hover()
    {
        var table = Build(Text);
        Assert.Equal("CB", table.FindAt(Offset(Text, "CB", 1) + 1)?.Abbreviation);
        Assert.Equal("CC", table.FindAt(Offset(Text, "CC"))?.Abbreviation);
        Assert.Null(table.FindAt(Offset(Text, "luân chuyển")));
    }
}
