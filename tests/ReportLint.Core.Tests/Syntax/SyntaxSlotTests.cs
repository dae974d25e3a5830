using ReportLint.Core.Syntax;
using Xunit;

namespace ReportLint.Core.Tests.Syntax;

public class SyntaxSlotTests
{
    private static readonly SyntaxSlot<string> First = new();
    private static readonly SyntaxSlot<List<int>> Second = new();

    [Fact]
    public void Set_replaces_what_a_slot_holds_and_get_reads_it()
    {
        var syntax = ParagraphSyntax.Parse("Tỉnh ủy.\n");
        Assert.Null(syntax.Get(First));

        syntax.Set(First, "một");
        syntax.Set(First, "hai");

        Assert.Equal("hai", syntax.Get(First));
        Assert.Equal("hai", syntax.GetOrAdd(First, 0, (_, _) => "ba"));
        Assert.Null(syntax.Get(Second));
    }

    [Fact]
    public void Computes_once_per_paragraph_and_slot()
    {
        var syntax = ParagraphSyntax.Parse("Báo cáo sơ kết.\n");
        var calls = 0;
        string Create(ParagraphSyntax s, int state)
        {
            calls++;
            return $"{s.Tokens.Count}/{state}";
        }

        var a = syntax.GetOrAdd(First, 7, Create);
        var b = syntax.GetOrAdd(First, 8, Create);

        Assert.Equal("9/7", a); // nine tokens: four words, three spaces, the period, the line break
        Assert.Same(a, b);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Slots_and_paragraphs_are_independent()
    {
        var one = ParagraphSyntax.Parse("Một.");
        var two = ParagraphSyntax.Parse("Hai ba.");

        var list = one.GetOrAdd(Second, 1, static (_, n) => new List<int> { n });
        var text = one.GetOrAdd(First, 0, static (s, _) => s.Text);
        var other = two.GetOrAdd(Second, 2, static (_, n) => new List<int> { n });

        Assert.Equal([1], list);
        Assert.Equal("Một.", text);
        Assert.Equal([2], other);
        Assert.Same(list, one.GetOrAdd(Second, 3, static (_, n) => new List<int> { n }));
    }

    [Fact]
    public void Racing_first_uses_agree_on_one_value()
    {
        var syntax = ParagraphSyntax.Parse("Đồng thời.");
        var slot = new SyntaxSlot<object>();
        var seen = new object[16];
        Parallel.For(0, seen.Length, i => seen[i] = syntax.GetOrAdd(slot, i, static (_, _) => new object()));
        Assert.All(seen, value => Assert.Same(seen[0], value));
    }
}
