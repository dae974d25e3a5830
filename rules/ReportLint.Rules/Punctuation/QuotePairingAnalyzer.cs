using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// RL4006: quotation marks pair up within a paragraph, and a pair uses one style
/// (`“Dân vận khéo’` mixes double and single marks).
/// </summary>
public sealed class QuotePairingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4006", "unpaired-quote",
        new("Dấu ngoặc kép không khớp", "Unpaired or mismatched quotation mark"),
        new("{0}", "{0}"),
        RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.Text;
        var open = new Stack<int>();
        Token? straight = null;
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation || token.Length != 1)
            {
                continue;
            }
            var c = text[token.Start];
            switch (c)
            {
                case '“' or '‘' or '«':
                    open.Push(i);
                    break;
                case '”' or '’' or '»':
                    if (c == '’' && IsApostrophe(tokens, i))
                    {
                        break;
                    }
                    if (open.Count == 0)
                    {
                        context.Report(Rule, token.Span, Messages.Unopened(c));
                        break;
                    }
                    var openingToken = tokens[open.Pop()];
                    var opening = text[openingToken.Start];
                    if (opening == '‘' && c == '”' && open.Count == 0)
                    {
                        // Not inside another quotation: double marks are the outer kind, so the single opening is the slip.
                        context.Report(Rule, openingToken.Span, Messages.Fix(openingToken.Span, '“'), Messages.OuterSingleOpening());
                    }
                    else if (Closing(opening) != c)
                    {
                        context.Report(Rule, token.Span,
                            Messages.Fix(token.Span, Closing(opening)), Messages.Mismatch(opening, c));
                    }
                    break;
                case '"' when straight is null && open.Count > 0 && ClosesAWord(tokens, i):
                    // `“then chốt"`: a straight mark glued to the word after a curly opening closes it in the wrong style.
                    var curly = text[tokens[open.Pop()].Start];
                    context.Report(Rule, token.Span, Messages.Fix(token.Span, Closing(curly)), Messages.Mismatch(curly, c));
                    break;
                case '"':
                    straight = straight is null ? token : null;
                    break;
            }
        }
        foreach (var unclosed in open)
        {
            var mark = text[tokens[unclosed].Start];
            context.Report(Rule, tokens[unclosed].Span,
                QuotedTermEnd.Find(context.Paragraph, unclosed) is { } end ? Messages.Close(end, Closing(mark)) : null,
                Messages.Unclosed(mark));
        }
        if (straight is { } lone)
        {
            context.Report(Rule, lone.Span, Messages.Unclosed('"'));
        }
    }

    private static char Closing(char opening) => opening switch
    {
        '“' => '”',
        '‘' => '’',
        _ => '»',
    };

    /// <summary>The mark follows a word directly and no word follows it directly: it ends what it quotes.</summary>
    private static bool ClosesAWord(TokenList tokens, int index) =>
        index > 0 && !tokens[index - 1].Kind.IsTrivia() && tokens[index - 1].Kind != TokenKind.Punctuation
        && (index + 1 == tokens.Count || tokens[index + 1].Kind.IsTrivia() || tokens[index + 1].Kind == TokenKind.Punctuation);

    /// <summary>`’` between two letters is an apostrophe (a foreign name), not a quote.</summary>
    private static bool IsApostrophe(TokenList tokens, int index) =>
        index > 0 && index + 1 < tokens.Count && tokens[index - 1].Kind == TokenKind.Word && tokens[index + 1].Kind == TokenKind.Word;

    /// <summary>Marks named in words, so a message does not wrap a quotation mark in quotation marks (`““”`).</summary>
    private static class Messages
    {
        public static LocalizedText Unopened(char c) =>
            new($"Dấu đóng {Name(c).Vi} không có dấu mở tương ứng", $"The closing {Name(c).En} has no opening mark");

        public static LocalizedText Unclosed(char c) =>
            new($"Dấu mở {Name(c).Vi} không được đóng trong đoạn", $"The opening {Name(c).En} is not closed in the paragraph");

        /// <summary>Writes the right mark, titled by its name: `Sửa thành “””` reads as three marks.</summary>
        public static CodeFix Fix(TextSpan span, char mark) =>
            CodeFix.Replace(span, mark.ToString(), FixSafety.Safe, new($"Thay bằng {Name(mark).Vi}", $"Replace with {Name(mark).En}"));

        /// <summary>Inserts the missing closing mark where the quoted term ends; a guess, so not applied by `--fix`.</summary>
        public static CodeFix Close(int position, char closing) =>
            CodeFix.Insert(position, closing.ToString(), FixSafety.Unsafe, new($"Đóng bằng {Name(closing).Vi}", $"Close with {Name(closing).En}"));

        public static LocalizedText OuterSingleOpening() =>
            new($"Mở bằng {Name('‘').Vi} nhưng đóng bằng {Name('”').Vi}; trích dẫn không lồng trong trích dẫn khác mở bằng {Name('“').Vi}",
                $"Opened with {Name('‘').En} but closed with {Name('”').En}; a quotation not inside another opens with {Name('“').En}");

        public static LocalizedText Mismatch(char opening, char closing) =>
            new($"Mở bằng {Name(opening).Vi} nhưng đóng bằng {Name(closing).Vi}; dùng {Name(Closing(opening)).Vi}",
                $"Opened with {Name(opening).En} but closed with {Name(closing).En}; use {Name(Closing(opening)).En}");

        private static LocalizedText Name(char c) => c switch
        {
            '“' => new("ngoặc kép mở (“)", "a left double quote (“)"),
            '”' => new("ngoặc kép đóng (”)", "a right double quote (”)"),
            '‘' => new("nháy đơn mở (‘)", "a left single quote (‘)"),
            '’' => new("nháy đơn đóng (’)", "a right single quote (’)"),
            '"' => new("ngoặc kép thẳng (\")", "a straight double quote (\")"),
            '\'' => new("nháy thẳng (')", "a straight single quote (')"),
            '«' => new("ngoặc kép góc mở («)", "a left angle quote («)"),
            '»' => new("ngoặc kép góc đóng (»)", "a right angle quote (»)"),
            _ => new($"({c})", $"({c})"),
        };
    }
}
