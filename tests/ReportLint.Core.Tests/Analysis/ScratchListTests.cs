using ReportLint.Core.Analysis;

namespace ReportLint.Core.Tests.Analysis;

public class ScratchListTests
{
    [Fact]
    public void A_returned_list_comes_back_empty_on_the_next_rent()
    {
        var list = ScratchList<int>.Rent();
        list.AddRange([1, 2, 3]);
        ScratchList<int>.Return(list);

        var again = ScratchList<int>.Rent();

        Assert.Same(list, again);
        Assert.Empty(again);
        ScratchList<int>.Return(again);
    }

    [Fact]
    public void Nested_rents_get_different_lists()
    {
        var outer = ScratchList<string>.Rent();
        var inner = ScratchList<string>.Rent();

        Assert.NotSame(outer, inner);
        ScratchList<string>.Return(inner);
        ScratchList<string>.Return(outer);
    }

    [Fact]
    public void A_very_large_list_is_not_kept()
    {
        var list = ScratchList<long>.Rent();
        list.AddRange(new long[10_000]);
        ScratchList<long>.Return(list);

        var next = ScratchList<long>.Rent();

        Assert.NotSame(list, next);
        Assert.Empty(list);
    }
}
