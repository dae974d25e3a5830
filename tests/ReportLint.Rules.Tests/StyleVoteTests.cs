namespace ReportLint.Rules.Tests;

/// <summary>The style a document keeps (RL4005, RL4009, RL5007): the most written, the first written on a tie.</summary>
public class StyleVoteTests
{
    [Fact]
    public void The_most_written_style_is_preferred()
    {
        var vote = new StyleVote();
        foreach (var style in new[] { "-", " - ", " - ", "–" })
        {
            vote.Add(style);
        }
        Assert.Equal(" - ", vote.Preferred);
        Assert.Equal(" - ", vote.MostWritten);
    }

    [Fact]
    public void On_a_tie_the_first_written_is_preferred()
    {
        var vote = new StyleVote();
        foreach (var style in new[] { " - ", "-", "-", " - " })
        {
            vote.Add(style);
        }
        Assert.Equal(" - ", vote.Preferred);
    }

    [Fact]
    public void One_style_only_is_no_mix_but_is_still_the_most_written()
    {
        var vote = new StyleVote();
        vote.Add("-");
        vote.Add("-");
        Assert.Null(vote.Preferred);
        Assert.Equal("-", vote.MostWritten);
    }

    [Fact]
    public void No_style_written_gives_nothing()
    {
        var vote = new StyleVote();
        Assert.Null(vote.Preferred);
        Assert.Null(vote.MostWritten);
    }
}
