using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Features;

/// <summary>
/// Code actions for a range: each finding's fixes (the first one preferred), "add to word list"
/// for spelling findings, and `source.fixAll.reportlint` (safe fixes, re-linted until stable).
/// </summary>
public sealed class CodeActions(DocumentLinter linter)
{
    public const string AddToWordListCommand = "reportlint.addToWordList";

    /// <summary>The repeated-word rule is a spelling rule whose words are correct: no word-list entry for it.</summary>
    private const string RepeatedWordRule = "RL3010";

    /// <summary>`CodeActionTriggerKind.Automatic`: the editor asks on its own (cursor moves), not the user.</summary>
    public const int AutomaticTrigger = 2;

    public List<CodeAction> Provide(OpenDocument document, AnalysisSnapshot snapshot, Protocol.Range range, string[]? only,
        PositionEncoding encoding, CancellationToken cancellationToken, int? triggerKind = null)
    {
        var uri = document.Uri;
        var start = encoding.ToOffset(snapshot.Text, range.Start);
        var end = encoding.ToOffset(snapshot.Text, range.End);
        var actions = new List<CodeAction>();
        var language = snapshot.Language;
        var inRange = snapshot.Diagnostics.Where(d => d.Span.Start <= end && d.Span.End >= start).ToList();
        if (Wants(only, CodeActionKinds.QuickFix))
        {
            foreach (var diagnostic in inRange)
            {
                var lsp = DiagnosticConverter.Convert(uri, diagnostic, snapshot.Text, encoding, language);
                for (var i = 0; i < diagnostic.Fixes.Count; i++)
                {
                    var fix = diagnostic.Fixes[i];
                    actions.Add(new CodeAction(fix.Title.Get(language), CodeActionKinds.QuickFix, [lsp], i == 0 ? true : null,
                        Edit(uri, snapshot.Text, encoding, fix.Edits)));
                }
                if (diagnostic.Descriptor.Family == RuleFamily.Spelling && diagnostic.Id != RepeatedWordRule && !diagnostic.Span.IsEmpty)
                {
                    var word = snapshot.Text.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length).Trim();
                    if (word.Length > 0)
                    {
                        var title = language == MessageLanguage.English ? $"Add “{word}” to the word list" : $"Thêm “{word}” vào danh sách từ";
                        actions.Add(new CodeAction(title, CodeActionKinds.QuickFix, [lsp],
                            Command: new Command(title, AddToWordListCommand, [uri, word])));
                    }
                }
            }
        }
        // Fix-all relints the document: offer it when asked for, or next to a finding it would fix
        // when the user (not a cursor move) asked for actions.
        var asked = only is not null && Wants(only, CodeActionKinds.FixAllReportLint);
        var nearFixable = only is null && triggerKind != AutomaticTrigger && inRange.Any(d => d.Fixes.Any(f => f.Safety == FixSafety.Safe));
        if ((asked || nearFixable) && FixAll(document, snapshot, encoding, cancellationToken) is { } fixAll)
        {
            actions.Add(fixAll);
        }
        return actions;
    }

    private CodeAction? FixAll(OpenDocument document, AnalysisSnapshot snapshot, PositionEncoding encoding, CancellationToken cancellationToken)
    {
        var original = snapshot.Text.Text;
        var previous = snapshot.Document;
        var (fixedText, applied) = FixAllApplier.FixAll(original, text =>
        {
            if (ReferenceEquals(text, original))
            {
                return snapshot.Diagnostics;
            }
            var diagnostics = linter.Lint(document, text, snapshot.Options, previous, cancellationToken);
            return diagnostics;
        }, includeUnsafe: false);
        if (applied == 0 || fixedText == original)
        {
            return null;
        }
        // One edit covering what changed: clients apply it atomically and the cursor stays put outside it.
        var prefix = original.AsSpan().CommonPrefixLength(fixedText);
        var suffix = CommonSuffixLength(original.AsSpan(prefix), fixedText.AsSpan(prefix));
        var edit = new TextEdit(TextSpan.FromBounds(prefix, original.Length - suffix), fixedText.Substring(prefix, fixedText.Length - suffix - prefix));
        var title = snapshot.Language == MessageLanguage.English ? $"Fix all safe ReportLint findings ({applied})" : $"Sửa tất cả lỗi an toàn của ReportLint ({applied})";
        return new CodeAction(title, CodeActionKinds.FixAllReportLint, Edit: Edit(document.Uri, snapshot.Text, encoding, [edit]));
    }

    private static WorkspaceEdit Edit(string uri, LineMap text, PositionEncoding encoding, IEnumerable<TextEdit> edits) =>
        new(new Dictionary<string, LspTextEdit[]>
        {
            [uri] = edits.Select(e => new LspTextEdit(encoding.ToRange(text, e.Span.Start, e.Span.End), e.NewText)).ToArray(),
        });

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[^(length + 1)] == b[^(length + 1)])
        {
            length++;
        }
        return length;
    }

    /// <summary>`only` filters by kind prefix: `source` admits `source.fixAll.reportlint`.</summary>
    private static bool Wants(string[]? only, string kind) =>
        only is null || only.Length == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));
}
