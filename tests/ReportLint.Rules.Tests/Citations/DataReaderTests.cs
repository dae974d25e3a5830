using System.Globalization;
using ReportLint.Rules.Citations;

namespace ReportLint.Rules.Tests.Citations;

public class DataReaderTests
{
    [Theory]
    [InlineData("2019-07-01", 2019, 7, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("5/3/2021", 2021, 3, 5)]
    [InlineData("05/03/2021", 2021, 3, 5)]
    [InlineData("31/12/1999", 1999, 12, 31)]
    public void Reads_both_date_forms_of_the_data(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DataReader.ParseDate(text));

    [Theory]
    [InlineData("2019-7-01")]
    [InlineData("19-07-01")]
    [InlineData("2023-02-29")]
    [InlineData("2019-13-01")]
    [InlineData("2019-00-10")]
    [InlineData("31/4/2020")]
    [InlineData("1/2/20")]
    [InlineData("2020/01/02")]
    [InlineData(" 1/2/2020")]
    [InlineData("1/2/2020 ")]
    [InlineData("١/2/2020")]
    [InlineData("ngày 1/2/2020")]
    [InlineData("")]
    public void Rejects_what_is_not_one_of_the_two_forms(string text) =>
        Assert.Null(DataReader.ParseDate(text));

    [Fact]
    public void Agrees_with_the_framework_parser_on_every_day_of_a_leap_year_and_a_common_year()
    {
        for (var date = new DateOnly(2023, 1, 1); date < new DateOnly(2025, 1, 1); date = date.AddDays(1))
        {
            foreach (var format in new[] { "yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy" })
            {
                var text = date.ToString(format, CultureInfo.InvariantCulture);
                Assert.Equal(DateOnly.ParseExact(text, ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture), DataReader.ParseDate(text));
            }
        }
    }
}
