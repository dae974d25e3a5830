using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Data;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Analysis;

public class AnalyzerDriverTests
{
    /// <summary>Reports every word "lỗi" and counts the paragraphs it saw.</summary>
    private sealed class WordAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("RL3998", "test-word", LocalizedText.Same("t"),
            new("Từ “{0}”", "Word “{0}”"), RuleFamily.Spelling, ReportSeverity.Warning);

        public int Paragraphs;

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterParagraphAction(_ => Interlocked.Increment(ref Paragraphs));
            context.RegisterTokenAction(c =>
            {
                if (c.Text.SequenceEqual("lỗi"))
                {
                    c.Report(Rule, c.Token.Span, c.Text.ToString());
                }
            }, TokenKind.Word);
        }
    }

    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("RL3997", "throws", LocalizedText.Same("t"), LocalizedText.Same("m"),
            RuleFamily.Spelling, ReportSeverity.Warning);

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterTokenAction(_ => throw new InvalidOperationException("boom"), TokenKind.Word);
    }

    /// <summary>A document-wide rule: reports the second paragraph that contains "lỗi", at its absolute offset.</summary>
    private sealed class SecondMentionAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("RL1998", "second", LocalizedText.Same("t"), LocalizedText.Same("second"),
            RuleFamily.Abbreviations, ReportSeverity.Info);

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction<int[]>(
                c => c.Paragraph.Tokens.Where(t => c.Paragraph.GetText(t).SequenceEqual("lỗi")).Select(t => t.Start).ToArray() is { Length: > 0 } found ? found : null,
                (c, facts) =>
                {
                    if (facts.Count > 1)
                    {
                        c.Report(Rule, facts[1].Paragraph.ToAbsolute(new TextSpan(facts[1].Facts[0], 3)));
                    }
                });
    }

    /// <summary>Records what its document action sees, by <c>foreach</c> and by index.</summary>
    private sealed class FactsRecorder : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("RL1997", "recorder", LocalizedText.Same("t"), LocalizedText.Same("r"),
            RuleFamily.Abbreviations, ReportSeverity.Info);

        public List<string> ByEnumeration { get; } = [];

        public List<string> ByIndex { get; } = [];

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction<string>(
                c => c.Paragraph.Text.Contains("lỗi") ? c.Paragraph.Text.TrimEnd() : null,
                (_, facts) =>
                {
                    ByEnumeration.Clear();
                    ByIndex.Clear();
                    foreach (var fact in facts)
                    {
                        ByEnumeration.Add($"{fact.Paragraph.Span.Start}:{fact.Facts}");
                    }
                    for (var i = 0; i < facts.Count; i++)
                    {
                        ByIndex.Add($"{facts[i].Paragraph.Span.Start}:{facts[i].Facts}");
                    }
                    Assert.Throws<ArgumentOutOfRangeException>(() => facts[facts.Count]);
                });
    }

    private static ReportDocument Document(string text) => ReportDocument.Create("t.txt", new SourceText(text));

    [Fact]
    public void A_throwing_analyzer_is_reported_and_the_others_still_run()
    {
        var driver = new AnalyzerDriver([new ThrowingAnalyzer(), new WordAnalyzer()]);
        var diagnostics = driver.Analyze(Document("có lỗi ở đây"), AnalyzerOptions.Empty);
        Assert.Equal(["RL9001", "RL3998"], diagnostics.Select(d => d.Id));
        Assert.Equal("Quy tắc ThrowingAnalyzer gặp lỗi và đã bị bỏ qua ở đoạn này: InvalidOperationException: boom",
            diagnostics[0].GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(new TextSpan(3, 3), diagnostics[1].Span);
    }

    [Fact]
    public void Configured_severities_apply_and_off_removes()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer()]);
        var errors = Options(new Dictionary<string, ReportSeverity> { ["RL3998"] = ReportSeverity.Error });
        Assert.Equal(ReportSeverity.Error, Assert.Single(driver.Analyze(Document("lỗi"), errors)).Severity);
        var off = Options(new Dictionary<string, ReportSeverity> { ["RL3998"] = ReportSeverity.Off });
        Assert.Empty(driver.Analyze(Document("lỗi"), off));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer()]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => driver.Analyze(Document("lỗi"), AnalyzerOptions.Empty, cancelled.Token));
    }

    [Fact]
    public void Document_wide_rules_report_absolute_offsets()
    {
        var driver = new AnalyzerDriver([new SecondMentionAnalyzer()]);
        var diagnostic = Assert.Single(driver.Analyze(Document("một lỗi\nhai lỗi"), AnalyzerOptions.Empty));
        Assert.Equal(new TextSpan(12, 3), diagnostic.Span);
    }

    [Fact]
    public void Document_wide_rules_see_the_paragraphs_with_facts_in_order_and_nothing_left_from_an_earlier_analysis()
    {
        var recorder = new FactsRecorder();
        var driver = new AnalyzerDriver([recorder]);

        driver.Analyze(Document("một lỗi\nkhông\nhai lỗi\nba lỗi"), AnalyzerOptions.Empty);
        Assert.Equal(["0:một lỗi", "14:hai lỗi", "22:ba lỗi"], recorder.ByEnumeration);
        Assert.Equal(recorder.ByEnumeration, recorder.ByIndex);

        // The facts' storage is reused: a shorter list must not show the earlier analysis's entries.
        driver.Analyze(Document("không\nbốn lỗi"), AnalyzerOptions.Empty);
        Assert.Equal(["6:bốn lỗi"], recorder.ByEnumeration);
        Assert.Equal(recorder.ByEnumeration, recorder.ByIndex);

        driver.Analyze(Document("không có gì"), AnalyzerOptions.Empty);
        Assert.Empty(recorder.ByEnumeration);
    }

    [Fact]
    public void Unchanged_paragraphs_are_not_analysed_again_with_a_cache()
    {
        var analyzer = new WordAnalyzer();
        var driver = new AnalyzerDriver([analyzer, new SecondMentionAnalyzer()]);
        var cache = new AnalysisCache();
        var first = Document("một lỗi\nhai\nba lỗi");
        driver.Analyze(first, AnalyzerOptions.Empty, cache: cache);
        Assert.Equal(3, analyzer.Paragraphs);

        var edited = ReportDocument.Create("t.txt", new SourceText("một lỗi\nhai chữ\nba lỗi"), previous: first);
        var diagnostics = driver.Analyze(edited, AnalyzerOptions.Empty, cache: cache);
        Assert.Equal(4, analyzer.Paragraphs);
        Assert.Equal([new TextSpan(4, 3), new TextSpan(19, 3), new TextSpan(19, 3)], diagnostics.Select(d => d.Span));
    }

    [Fact]
    public void Each_cache_keeps_its_own_results_and_options_decide_a_hit()
    {
        var analyzer = new WordAnalyzer();
        var driver = new AnalyzerDriver([analyzer]);
        var document = Document("một lỗi\nhai");
        var first = new AnalysisCache();
        var second = new AnalysisCache();

        driver.Analyze(document, AnalyzerOptions.Empty, cache: first);
        driver.Analyze(document, AnalyzerOptions.Empty, cache: first);
        Assert.Equal(2, analyzer.Paragraphs); // the second run came from the cache

        driver.Analyze(document, AnalyzerOptions.Empty, cache: second);
        Assert.Equal(4, analyzer.Paragraphs); // another cache: analysed again (and now holds the paragraphs)

        var otherOptions = new AnalyzerOptions(ReportLintConfiguration.Default, ReportLint.Core.Data.DataPackSet.Empty);
        var diagnostics = driver.Analyze(document, otherOptions, cache: second);
        Assert.Equal(6, analyzer.Paragraphs); // other options: analysed again
        Assert.Equal(new TextSpan(4, 3), Assert.Single(diagnostics).Span);
    }

    [Fact]
    public void Suppressed_and_excluded_ranges_are_dropped()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer()]);
        var suppressions = new SuppressionMap([new Suppression(new TextSpan(0, 4), new HashSet<string> { "RL3998" })]);
        var document = ReportDocument.Create("t.md", new SourceText("lỗi lỗi lỗi"), DocumentKind.Markdown, [new TextSpan(8, 3)], suppressions);
        Assert.Equal([new TextSpan(4, 3)], driver.Analyze(document, AnalyzerOptions.Empty).Select(d => d.Span));
    }

    /// <summary>Long enough for the driver to analyse paragraphs in parallel (above 2,000 paragraphs).</summary>
    private static string LongDraft(int lines) =>
        string.Concat(Enumerable.Range(0, lines).Select(i => i % 7 == 0 ? $"dòng {i:D4} có lỗi\n" : $"dòng {i:D4} đúng\n"));

    [Fact]
    public void A_long_draft_gives_every_finding_in_document_order()
    {
        var analyzer = new WordAnalyzer();
        var driver = new AnalyzerDriver([analyzer, new SecondMentionAnalyzer()]);
        var text = LongDraft(3_000);

        var diagnostics = driver.Analyze(Document(text), AnalyzerOptions.Empty);

        var expected = Enumerable.Range(0, 3_000).Where(i => i % 7 == 0)
            .Select(i => text.IndexOf($"dòng {i:D4} có lỗi", StringComparison.Ordinal) + "dòng 0000 có ".Length)
            .ToList();
        Assert.Equal(3_000, analyzer.Paragraphs);
        Assert.Equal(expected.Count + 1, diagnostics.Count);
        Assert.Equal(expected, diagnostics.Where(d => d.Id == "RL3998").Select(d => d.Span.Start));
        Assert.Equal(expected[1], Assert.Single(diagnostics, d => d.Id == "RL1998").Span.Start);
    }

    [Fact]
    public void A_long_draft_reports_a_throwing_analyzer_once()
    {
        var driver = new AnalyzerDriver([new ThrowingAnalyzer(), new WordAnalyzer()]);
        var diagnostics = driver.Analyze(Document(LongDraft(2_500)), AnalyzerOptions.Empty);
        Assert.Single(diagnostics, d => d.Id == "RL9001");
        Assert.Equal(358, diagnostics.Count(d => d.Id == "RL3998"));
    }

    [Fact]
    public void Cancelling_a_long_draft_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var driver = new AnalyzerDriver([new CancellingAnalyzer(cancellation)]);
        Assert.Throws<OperationCanceledException>(() => driver.Analyze(Document(LongDraft(5_000)), AnalyzerOptions.Empty, cancellation.Token));
    }

    [Theory]
    [InlineData(30)]     // document actions one after the other
    [InlineData(3_000)]  // in parallel
    public void Document_actions_report_the_same_whichever_path(int lines)
    {
        var driver = new AnalyzerDriver([new SecondMentionAnalyzer(), new LastMentionAnalyzer(), new FailingDocumentAnalyzer(), new WordAnalyzer()]);
        var text = LongDraft(lines);

        var diagnostics = driver.Analyze(Document(text), AnalyzerOptions.Empty);

        var mentions = Enumerable.Range(0, lines).Where(i => i % 7 == 0)
            .Select(i => text.IndexOf($"dòng {i:D4} có lỗi", StringComparison.Ordinal) + "dòng 0000 có ".Length).ToList();
        Assert.Equal(mentions[1], Assert.Single(diagnostics, d => d.Id == "RL1998").Span.Start);
        Assert.Equal(mentions[^1], Assert.Single(diagnostics, d => d.Id == "RL1997").Span.Start);
        // The failing analyzer: one RL9001, and nothing from its second document action, which ran after the first failed.
        var failure = Assert.Single(diagnostics, d => d.Id == "RL9001");
        Assert.Equal("Quy tắc FailingDocumentAnalyzer gặp lỗi và đã bị bỏ qua ở đoạn này: InvalidOperationException: document boom",
            failure.GetMessage(MessageLanguage.Vietnamese));
        Assert.DoesNotContain(diagnostics, d => d.Id == "RL1996");
        Assert.Equal(mentions.Count, diagnostics.Count(d => d.Id == "RL3998"));
    }

    [Fact]
    public void Cancelling_during_the_document_wide_phase_of_a_long_draft_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var driver = new AnalyzerDriver([new SecondMentionAnalyzer(), new CancellingDocumentAnalyzer(cancellation), new LastMentionAnalyzer()]);
        Assert.Throws<OperationCanceledException>(() => driver.Analyze(Document(LongDraft(3_000)), AnalyzerOptions.Empty, cancellation.Token));
    }

    /// <summary>A second document-wide rule: reports the last "lỗi" of the document.</summary>
    private sealed class LastMentionAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("RL1997", "last", LocalizedText.Same("t"), LocalizedText.Same("last"),
            RuleFamily.Abbreviations, ReportSeverity.Info);

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction<int[]>(Mentions, (c, facts) => c.Report(Rule, facts[^1].Paragraph.ToAbsolute(new TextSpan(facts[^1].Facts[^1], 3))));
    }

    /// <summary>Two document actions: the first throws, so the second's finding must not appear.</summary>
    private sealed class FailingDocumentAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("RL1996", "failing", LocalizedText.Same("t"), LocalizedText.Same("m"),
            RuleFamily.Abbreviations, ReportSeverity.Info);

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterDocumentAction<int[]>(Mentions, (_, _) => throw new InvalidOperationException("document boom"));
            context.RegisterDocumentAction<int[]>(Mentions, (c, facts) => c.Report(Rule, facts[0].Paragraph.ToAbsolute(new TextSpan(facts[0].Facts[0], 3))));
        }
    }

    private sealed class CancellingDocumentAnalyzer(CancellationTokenSource cancellation) : DiagnosticAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [WordAnalyzer.Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction<int[]>(Mentions, (c, _) =>
            {
                cancellation.Cancel();
                c.CancellationToken.ThrowIfCancellationRequested();
            });
    }

    private static int[]? Mentions(ParagraphFactsContext c) =>
        c.Paragraph.Tokens.Where(t => c.Paragraph.GetText(t).SequenceEqual("lỗi")).Select(t => t.Start).ToArray() is { Length: > 0 } found ? found : null;

    /// <summary>Cancels the analysis from inside, as an editor does when the user types on.</summary>
    private sealed class CancellingAnalyzer(CancellationTokenSource cancellation) : DiagnosticAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [WordAnalyzer.Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterTokenAction(c =>
            {
                if (c.Text.SequenceEqual("1000"))
                {
                    cancellation.Cancel();
                    c.CancellationToken.ThrowIfCancellationRequested();
                }
            }, TokenKind.Number);
    }

    private static AnalyzerOptions Options(Dictionary<string, ReportSeverity> severities) =>
        new(new ReportLintConfiguration { Severities = severities }, DataPackSet.Empty);
}
