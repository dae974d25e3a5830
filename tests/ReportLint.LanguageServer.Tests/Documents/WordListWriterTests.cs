using ReportLint.LanguageServer.Configuration;

namespace ReportLint.LanguageServer.Tests.Documents;

public sealed class WordListWriterTests
{
    [Theory]
    [InlineData("", "{\n  \"words\": [\"Tiktok\"]\n}\n")]
    [InlineData("{}", "{\n  \"words\": [\"Tiktok\"]\n}")]
    [InlineData("{ \"words\": [] }", "{ \"words\": [\"Tiktok\"] }")]
    [InlineData("{ \"words\": [\"Zalo\",] }", "{ \"words\": [\"Zalo\", \"Tiktok\",] }")]
    [InlineData("{\n  // ghi chú\n  \"rules\": { \"RL4001\": \"off\" } /* cuối */\n}",
        "{\n  // ghi chú\n  \"rules\": { \"RL4001\": \"off\" },\n  \"words\": [\"Tiktok\"] /* cuối */\n}")]
    [InlineData("{ \"language\": \"en\" }", "{ \"language\": \"en\",\n  \"words\": [\"Tiktok\"] }")]
    public void The_word_is_inserted_and_the_rest_kept(string before, string after) =>
        Assert.Equal(after, WordListWriter.AddWord(before, "Tiktok"));

    [Fact]
    public void A_word_already_listed_changes_nothing_whatever_its_case_or_normalisation()
    {
        var json = "{ \"words\": [\"ti\u0301ktok\"] }";
        Assert.Same(json, WordListWriter.AddWord(json, "TÍKTOK"));
    }

    [Fact]
    public void Vietnamese_and_quotes_are_written_readably_and_escaped_where_json_needs_it()
    {
        Assert.Equal("{ \"words\": [\"Đắk \\\"Nông\\\"\"] }", WordListWriter.AddWord("{ \"words\": [] }", "Đắk \"Nông\""));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{ \"words\": \"x\" }")]
    [InlineData("{ \"words\": [")]
    public void Files_that_cannot_take_a_word_are_refused(string json) =>
        Assert.Throws<InvalidDataException>(() => WordListWriter.AddWord(json, "x"));

    [Fact]
    public void A_byte_order_mark_is_kept() =>
        Assert.Equal("\uFEFF{ \"words\": [\"a\", \"b\"] }", WordListWriter.AddWord("\uFEFF{ \"words\": [\"a\"] }", "b"));
}
