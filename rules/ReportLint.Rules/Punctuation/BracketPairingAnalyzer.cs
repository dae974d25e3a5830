using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>RL4007: round and square brackets pair up within a paragraph; enumerations such as `a)` and `2)` are allowed.</summary>
public sealed class BracketPairingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL4007", "unpaired-bracket",
        new("Dấu ngoặc đơn không khớp", "Unpaired or mismatched bracket"),
        new("{0}", "{0}"),
        RuleFamily.Punctuation, ReportSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.Text;
        var tokens = context.Tokens;
        var open = new Stack<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation || token.Length != 1)
            {
                continue;
            }
            var c = text[token.Start];
            if (c is '(' or '[')
            {
                open.Push(token);
            }
            else if (c is ')' or ']')
            {
                if (open.Count == 0)
                {
                    if (!IsEnumerationMarker(context.Paragraph, i))
                    {
                        context.Report(Rule, token.Span, new LocalizedText($"Dấu “{c}” không có dấu mở tương ứng", $"“{c}” has no opening bracket"));
                    }
                    continue;
                }
                var opening = text[open.Pop().Start];
                var expected = opening == '(' ? ')' : ']';
                if (c != expected)
                {
                    context.Report(Rule, token.Span, new LocalizedText($"Mở bằng “{opening}” nhưng đóng bằng “{c}”", $"Opened with “{opening}” but closed with “{c}”"));
                }
            }
        }
        foreach (var unclosed in open)
        {
            var c = text[unclosed.Start];
            context.Report(Rule, unclosed.Span, new LocalizedText($"Dấu “{c}” không được đóng trong đoạn", $"“{c}” is not closed in the paragraph"));
        }
    }

    /// <summary>`a)`, `2)`, `IV)` after the start of a line, a space or a colon: a list marker, not a bracket.</summary>
    private static bool IsEnumerationMarker(Paragraph paragraph, int index)
    {
        if (index == 0)
        {
            return false;
        }
        var marker = paragraph.Tokens[index - 1];
        var isMarker = marker.Kind switch
        {
            TokenKind.Word => marker.Length <= 2,
            TokenKind.Number => marker.Length <= 3,
            TokenKind.RomanNumeral => true,
            _ => false,
        };
        if (!isMarker)
        {
            return false;
        }
        if (index < 2)
        {
            return true;
        }
        var before = paragraph.Tokens[index - 2];
        return before.Kind.IsTrivia() || before.Kind == TokenKind.Markup
            || (before.Kind == TokenKind.Punctuation && paragraph.Text[before.Start] is ':' or ';' or ',');
    }
}
