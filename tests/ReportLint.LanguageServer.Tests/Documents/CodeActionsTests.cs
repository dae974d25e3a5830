using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.LanguageServer.Configuration;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Features;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Tests.Documents;

/// <summary>Code actions with stand-in rules: a spelling rule (word list) and a rule with two fixes.</summary>
public sealed class CodeActionsTests
{
    private const string Uri = "file:///tmp/reportlint-tests/unit.txt";

    private sealed class UnknownWordAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("RL3999", "test-unknown-word",
            new("Từ lạ", "Unknown word"), new("Từ lạ “{0}”", "Unknown word “{0}”"), RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Unsafe);

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(c =>
        {
            if (c.Text.SequenceEqual("Tiktok") && !c.Options.IsWordAllowed(c.Text))
            {
                c.Report(Rule, c.Token.Span, (IReadOnlyList<CodeFix>)[CodeFix.Replace(c.Token.Span, "TikTok", FixSafety.Unsafe), CodeFix.Replace(c.Token.Span, "Tik Tok", FixSafety.Unsafe)], null, c.Text.ToString());
            }
        }, TokenKind.Word);
    }

    private static (CodeActions Actions, OpenDocument Document, AnalysisSnapshot Snapshot) Analyse(string text, MessageLanguage language)
    {
        var driver = new AnalyzerDriver([new UnknownWordAnalyzer(), .. ReportLint.Rules.BuiltInRules.CreateAnalyzers()]);
        var linter = new DocumentLinter(driver);
        var document = new OpenDocument(Uri, "/tmp/reportlint-tests/unit.txt", "plaintext", DocumentKind.PlainText, 1, LineMap.Create(text));
        var options = new AnalyzerOptions(ReportLintConfiguration.Default, Core.Data.DataPackSet.Empty, language);
        var snapshot = linter.Analyze(document, document.Text, 1, new ResolvedConfiguration(options, language, null, null), 0, CancellationToken.None);
        return (new CodeActions(linter), document, snapshot);
    }

    [Fact]
    public void Spelling_findings_offer_their_fixes_first_one_preferred_then_add_to_word_list()
    {
        var (actions, document, snapshot) = Analyse("Dùng Tiktok để tuyên truyền.\n", MessageLanguage.Vietnamese);
        var found = actions.Provide(document, snapshot, new Protocol.Range(new Position(0, 6), new Position(0, 6)), ["quickfix"],
            PositionEncoding.Utf16, CancellationToken.None);
        Assert.Equal(["Sửa thành “TikTok”", "Sửa thành “Tik Tok”", "Thêm “Tiktok” vào danh sách từ"], found.Select(a => a.Title));
        Assert.Equal([true, null, null], found.Select(a => a.IsPreferred));
        var add = found[2];
        Assert.Null(add.Edit);
        Assert.Equal("reportlint.addToWordList", add.Command!.CommandName);
        Assert.Equal([Uri, "Tiktok"], add.Command.Arguments!);
        Assert.Equal("RL3999", add.Diagnostics![0].Code);
        var edit = Assert.Single(found[0].Edit!.Changes[Uri]);
        Assert.Equal(new Protocol.Range(new Position(0, 5), new Position(0, 11)), edit.Range);
        Assert.Equal("TikTok", edit.NewText);
    }

    [Fact]
    public void Titles_follow_the_language_and_unsafe_fixes_do_not_bring_fix_all()
    {
        var (actions, document, snapshot) = Analyse("Dùng Tiktok.\n", MessageLanguage.English);
        var found = actions.Provide(document, snapshot, new Protocol.Range(new Position(0, 0), new Position(0, 12)), null,
            PositionEncoding.Utf16, CancellationToken.None);
        Assert.Equal(["Change to “TikTok”", "Change to “Tik Tok”", "Add “Tiktok” to the word list"], found.Select(a => a.Title));
    }

    [Fact]
    public void Only_filters_by_kind_prefix()
    {
        var (actions, document, snapshot) = Analyse("Dùng Tiktok , hôm nay.\n", MessageLanguage.Vietnamese);
        var range = new Protocol.Range(new Position(0, 0), new Position(0, 20));
        Assert.Equal(["source.fixAll.reportlint"], actions.Provide(document, snapshot, range, ["source"], PositionEncoding.Utf16, CancellationToken.None).Select(a => a.Kind));
        Assert.All(actions.Provide(document, snapshot, range, ["quickfix"], PositionEncoding.Utf16, CancellationToken.None),
            a => Assert.Equal("quickfix", a.Kind));
        Assert.Empty(actions.Provide(document, snapshot, range, ["refactor"], PositionEncoding.Utf16, CancellationToken.None));
    }

    [Fact]
    public void Fix_all_comes_with_quick_fixes_when_invoked_but_not_on_automatic_requests()
    {
        var (actions, document, snapshot) = Analyse("Hôm nay , ngày mai.\n", MessageLanguage.Vietnamese);
        var range = new Protocol.Range(new Position(0, 7), new Position(0, 7));
        Assert.Equal(["quickfix", "source.fixAll.reportlint"],
            actions.Provide(document, snapshot, range, null, PositionEncoding.Utf16, CancellationToken.None, triggerKind: 1).Select(a => a.Kind));
        Assert.Equal(["quickfix"],
            actions.Provide(document, snapshot, range, null, PositionEncoding.Utf16, CancellationToken.None, triggerKind: 2).Select(a => a.Kind));
    }
}
