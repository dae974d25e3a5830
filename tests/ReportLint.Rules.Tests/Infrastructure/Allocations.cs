namespace ReportLint.Rules.Tests.Infrastructure;

/// <summary>Asserts that a hot-path call allocates nothing once warmed up.</summary>
public static class Allocations
{
    public static void AssertNone(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            action();
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Any allocation per round (24 bytes at least) would pass 240,000. The counter can move by an 8 KB
        // allocation quantum when a collection (from tests running in parallel) interrupts the loop.
        Assert.True(allocated < 64_000, $"{allocated} bytes for 10,000 rounds");
    }
}
