using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Diagnostics;

public class DiagnosticShiftTests
{
    private static readonly DiagnosticDescriptor Rule = new("RL3996", "shift", LocalizedText.Same("t"), LocalizedText.Same("m"),
        RuleFamily.Spelling, ReportSeverity.Warning);

    [Fact]
    public void Shifting_moves_the_span_every_edit_of_every_fix_and_the_related_places()
    {
        var diagnostic = new Diagnostic(Rule, new TextSpan(10, 3), ReportSeverity.Warning, [],
            [new CodeFix(LocalizedText.Same("a"), [new TextEdit(new TextSpan(10, 3), "x"), TextEdit.Insert(20, "y")], FixSafety.Safe)],
            [new RelatedLocation(new TextSpan(2, 4), LocalizedText.Same("here"))]);

        var shifted = diagnostic.Shift(5);

        Assert.Equal(new TextSpan(15, 3), shifted.Span);
        Assert.Equal([new TextSpan(15, 3), new TextSpan(25, 0)], shifted.Fixes[0].Edits.Select(e => e.Span));
        Assert.Equal(["x", "y"], shifted.Fixes[0].Edits.Select(e => e.NewText));
        Assert.Equal(new TextSpan(7, 4), Assert.Single(shifted.Related).Span);
        Assert.Equal(new TextSpan(10, 3), diagnostic.Span); // the original is untouched
    }

    [Fact]
    public void Shifting_by_nothing_returns_the_same_finding()
    {
        var diagnostic = new Diagnostic(Rule, new TextSpan(1, 1), ReportSeverity.Warning, [], [], []);

        Assert.Same(diagnostic, diagnostic.Shift(0));
        Assert.Empty(diagnostic.Shift(3).Fixes);
    }
}
