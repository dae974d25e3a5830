using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// RL5011's and RL5022's readers run at every sentence of a draft: a sentence that holds none of what they read must cost
/// no allocation (an iterator per reader and sentence was 1–2 MB per MB of text each).
/// </summary>
public class SentenceReaderAllocationTests
{
    private static readonly Core.Analysis.AnalyzerOptions Options = RuleTester.Options();

    // A figure, commas and a parenthesis (after no count), but no sum, no split count, no shares and no price per unit.
    private const string Plain = "Trong quý, xã đã tiếp nhận (qua bưu điện) 48 hồ sơ và trả kết quả đúng hẹn, đạt yêu cầu đề ra.\n";

    [Fact]
    public void A_sentence_with_nothing_to_read_gives_null()
    {
        var (paragraph, sentence) = Read(Plain);

        Assert.Null(AddedAmounts.Read(paragraph, sentence, Options));
        Assert.Null(BracketedCounts.Read(paragraph, sentence, Options));
        Assert.Null(ClosingAmounts.Read(paragraph, sentence, Options));
        Assert.Null(SharesOfWhole.Read(paragraph, sentence));
        Assert.Null(UnitPriceTotal.Read(paragraph, sentence));
        Assert.Empty(RuleTester.Lint(Plain, "RL5011", "RL5022"));
    }

    [Fact]
    public void A_sentence_with_nothing_to_read_allocates_nothing()
    {
        var (paragraph, sentence) = Read(Plain);

        Allocations.AssertNone(() =>
        {
            AddedAmounts.Read(paragraph, sentence, Options);
            BracketedCounts.Read(paragraph, sentence, Options);
            ClosingAmounts.Read(paragraph, sentence, Options);
            SharesOfWhole.Read(paragraph, sentence);
        });
    }

    [Fact]
    public void A_sentence_with_no_number_allocates_nothing_in_the_unit_price_reader()
    {
        var (paragraph, sentence) = Read("Các hộ được hỗ trợ đúng đối tượng, công khai, minh bạch.\n");

        Allocations.AssertNone(() => UnitPriceTotal.Read(paragraph, sentence));
    }

    [Fact]
    public void The_readers_still_find_what_they_read()
    {
        var (added, addedSentence) = Read("Thu ngân sách 1.200 triệu đồng cộng với thu bổ sung 300 triệu đồng, tổng thu là 1.500 triệu đồng.\n");
        var (priced, pricedSentence) = Read("Hỗ trợ 20 hộ, mỗi hộ 3 triệu đồng, tổng số tiền 60 triệu đồng.\n");

        var sum = Assert.Single(AddedAmounts.Read(added, addedSentence, Options)!);
        Assert.Equal("1.500", sum.Whole.Text);
        Assert.Equal(2, sum.Listed);
        var reading = Assert.Single(UnitPriceTotal.Read(priced, pricedSentence)!);
        Assert.Equal(("20", "3", "60"), (reading.Count.Text, reading.Price.Text, reading.Total.Text));
    }

    private static (Paragraph Paragraph, Sentence Sentence) Read(string text)
    {
        var paragraph = ReportDocument.Create("t.txt", new SourceText(text)).Paragraphs[0];
        return (paragraph, Assert.Single(paragraph.Sentences));
    }
}
