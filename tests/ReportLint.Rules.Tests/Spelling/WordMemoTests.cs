using ReportLint.Rules.Spelling;
using Xunit;

namespace ReportLint.Rules.Tests.Spelling;

public class WordMemoTests
{
    [Fact]
    public void Computes_a_word_once()
    {
        var memo = new WordMemo<string>();
        var calls = 0;
        string Upper(string w)
        {
            calls++;
            return w.ToUpperInvariant();
        }

        Assert.Equal("THƯC", memo.GetOrAdd("thưc", Upper));
        Assert.Equal("THƯC", memo.GetOrAdd("thưc", Upper));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Starts_afresh_when_full_instead_of_growing()
    {
        var memo = new WordMemo<int>(capacity: 3);
        var calls = 0;
        int Length(string w)
        {
            calls++;
            return w.Length;
        }

        foreach (var word in new[] { "a", "bb", "ccc", "dddd" })
        {
            memo.GetOrAdd(word, Length);
        }
        Assert.Equal(4, calls);
        Assert.Equal(4, memo.GetOrAdd("dddd", Length)); // kept after the reset
        Assert.Equal(4, calls);
        Assert.Equal(1, memo.GetOrAdd("a", Length)); // forgotten: computed again
        Assert.Equal(5, calls);
    }
}
