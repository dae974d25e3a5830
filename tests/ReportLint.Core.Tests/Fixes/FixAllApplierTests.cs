using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Fixes;

public class FixAllApplierTests
{
    private static readonly DiagnosticDescriptor Rule = new("RL4999", "test", LocalizedText.Same("t"), LocalizedText.Same("m"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    private static Diagnostic WithFix(int start, int length, string newText, FixSafety safety = FixSafety.Safe) =>
        new(Rule, new TextSpan(start, length), ReportSeverity.Warning, [],
            [new CodeFix(LocalizedText.Same("fix"), [new TextEdit(new TextSpan(start, length), newText)], safety)], []);

    [Fact]
    public void Overlapping_fixes_are_not_applied_together()
    {
        var chosen = FixAllApplier.SelectNonOverlapping([WithFix(0, 3, "x"), WithFix(2, 2, "y"), WithFix(5, 1, "z")], includeUnsafe: false);
        Assert.Equal([0, 5], chosen.Select(f => f.Extent.Start));
    }

    [Fact]
    public void Two_insertions_at_one_point_are_not_applied_together()
    {
        var chosen = FixAllApplier.SelectNonOverlapping([WithFix(2, 0, "a"), WithFix(2, 0, "b")], includeUnsafe: false);
        Assert.Single(chosen);
    }

    [Fact]
    public void Unsafe_fixes_need_the_flag()
    {
        Assert.Empty(FixAllApplier.SelectNonOverlapping([WithFix(0, 1, "x", FixSafety.Unsafe)], includeUnsafe: false));
        Assert.Single(FixAllApplier.SelectNonOverlapping([WithFix(0, 1, "x", FixSafety.Unsafe)], includeUnsafe: true));
    }

    [Fact]
    public void A_fix_with_an_edit_the_file_cannot_take_is_skipped_and_not_counted()
    {
        // As for a .docx: a fix touching a tab is refused, the other still applies.
        var (text, applied) = FixAllApplier.FixAll("a\tb ,c",
            t => t == "a\tb ,c" ? [WithFix(1, 1, " "), WithFix(3, 1, "")] : [],
            includeUnsafe: false, canApply: (t, e) => !t.AsSpan(e.Span.Start, e.Span.Length).Contains('\t'));
        Assert.Equal(("a\tb,c", 1), (text, applied));
    }

    [Fact]
    public void Fix_all_relints_until_stable()
    {
        // A "lint" that reports every double space: after one pass "a    b" still has a double space.
        static IReadOnlyList<Diagnostic> Lint(string text)
        {
            var index = text.IndexOf("  ", StringComparison.Ordinal);
            return index < 0 ? [] : [WithFix(index, 2, " ")];
        }
        var (fixedText, applied) = FixAllApplier.FixAll("a    b", Lint, includeUnsafe: false);
        Assert.Equal("a b", fixedText);
        Assert.Equal(3, applied);
    }

    [Fact]
    public void Applying_fixes_never_touches_text_outside_the_edits()
    {
        var random = new Random(7);
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
            var diagnostics = Enumerable.Range(0, random.Next(0, 8)).Select(_ =>
            {
                var start = random.Next(0, text.Length + 1);
                var length = random.Next(0, Math.Min(5, text.Length - start) + 1);
                return WithFix(start, length, new string('#', random.Next(0, 3)));
            }).ToList();
            var chosen = FixAllApplier.SelectNonOverlapping(diagnostics, includeUnsafe: false);
            var result = FixAllApplier.Apply(text, chosen);

            // Rebuild the expected text from the untouched segments and the inserted texts only.
            var position = 0;
            var expected = new System.Text.StringBuilder();
            foreach (var edit in chosen.SelectMany(f => f.Edits).OrderBy(e => e.Span.Start))
            {
                Assert.True(edit.Span.Start >= position, "chosen edits overlap");
                expected.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
                position = edit.Span.End;
            }
            expected.Append(text, position, text.Length - position);
            Assert.Equal(expected.ToString(), result);
        }
    }
}
