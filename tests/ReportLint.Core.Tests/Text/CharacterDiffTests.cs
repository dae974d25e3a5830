using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Text;

public class CharacterDiffTests
{
    private static TextEdit Edit(int start, int length, string newText) => new(new TextSpan(start, length), newText);

    [Fact]
    public void Two_fixes_far_apart_in_one_line_are_two_edits()
    {
        var edits = CharacterDiff.Compute("a , b c d e f g h  i", "a, b c d e f g h i");
        Assert.Equal([Edit(1, 1, ""), Edit(17, 1, "")], edits);
    }

    [Fact]
    public void An_inserted_letter_is_one_insertion()
    {
        Assert.Equal([Edit(2, 0, "h")], CharacterDiff.Compute("ngiêm túc", "nghiêm túc"));
    }

    [Fact]
    public void A_replacement_is_one_edit_and_unchanged_lines_give_none()
    {
        Assert.Equal([Edit(8, 2, "ba")], CharacterDiff.Compute("một\nhai xy\nbốn", "một\nhai ba\nbốn"));
        Assert.Empty(CharacterDiff.Compute("một\nhai", "một\nhai"));
    }

    [Fact]
    public void A_removed_line_break_is_an_edit_of_the_break()
    {
        Assert.Equal([Edit(1, 1, " ")], CharacterDiff.Compute("a\nb", "a b"));
    }

    [Fact]
    public void Beyond_the_maximum_distance_the_changed_region_is_one_replacement()
    {
        var oldText = "x" + new string('a', 600) + "y";
        var newText = "x" + new string('b', 600) + "y";
        Assert.Equal([Edit(1, 600, new string('b', 600))], CharacterDiff.Compute(oldText, newText));
    }

    [Fact]
    public void Edits_turn_the_old_text_into_the_new_sorted_and_never_adjacent()
    {
        var random = new Random(20240917);
        for (var round = 0; round < 500; round++)
        {
            var oldText = RandomText(random);
            var newText = random.Next(3) == 0 ? RandomText(random) : Mutate(random, oldText);
            var edits = CharacterDiff.Compute(oldText, newText);
            Assert.Equal(newText, TextEdit.Apply(oldText, edits));
            for (var i = 1; i < edits.Count; i++)
            {
                Assert.True(edits[i].Span.Start > edits[i - 1].Span.End, $"{oldText} → {newText}: {edits[i - 1]} then {edits[i]}");
            }
        }
    }

    private static string RandomText(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => "ab \n,"[random.Next(5)]).ToArray());

    private static string Mutate(Random random, string text)
    {
        var chars = text.ToList();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var position = random.Next(chars.Count + 1);
            if (random.Next(2) == 0 && position < chars.Count)
            {
                chars.RemoveAt(position);
            }
            else
            {
                chars.Insert(position, "xy "[random.Next(3)]);
            }
        }
        return new string(chars.ToArray());
    }
}
