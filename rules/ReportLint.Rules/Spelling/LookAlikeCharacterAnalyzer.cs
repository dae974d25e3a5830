using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// RL3006: a character that looks like a Vietnamese letter but is another one: `Ð` (U+00D0, eth) for
/// `Đ`, Cyrillic or Greek letters inside a Latin-script word. A word wholly in another script is left alone.
/// </summary>
public sealed class LookAlikeCharacterAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL3006", "look-alike-character",
        new("Ký tự giống chữ Việt nhưng khác mã", "Look-alike character"),
        new("Ký tự “{0}” ({1}) trong “{2}” trông giống “{3}” nhưng là ký tự khác",
            "The character “{0}” ({1}) in “{2}” looks like “{3}” but is a different character"),
        RuleFamily.Spelling, ReportSeverity.Warning, FixSafety.Safe);

    // Look-alike → Latin letter. Cyrillic and Greek capitals and small letters that share a glyph.
    private const string From = "ÐðаеосрхуіАВЕКМНОРСТХІοΟαΑΒΕΗΙΚΜΝΟΡΤΧΥνρ";
    private const string To = "ĐđaeocpxyiABEKMHOPCTXIoOaABEHIKMNOPTXYvp";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTokenAction(Analyze, TokenKind.Word, TokenKind.Abbreviation, TokenKind.Code);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (!context.Token.Has(TokenFlags.NonAscii))
        {
            return;
        }
        var text = context.Text;
        // Every look-alike is an eth or a Greek or Cyrillic letter (U+0370–U+04FF): a word with none of them, almost every
        // word of a draft, has nothing to report, and the per-character test below need not run.
        if (!text.ContainsAnyInRange('\u0370', '\u04FF') && !text.ContainsAny('Ð', 'ð'))
        {
            return;
        }
        var latin = false;
        var foreign = false;
        foreach (var c in text)
        {
            if (c is 'Ð' or 'ð' || From.Contains(c))
            {
                foreign = true;
            }
            else if (char.IsLetter(c) && (c < 0x80 || VietnameseLetters.TryDecompose(c, out _, out _)))
            {
                latin = true;
            }
        }
        var eth = text.IndexOfAny('Ð', 'ð') >= 0;
        if (!foreign || (!latin && !eth))
        {
            return; // a word wholly in Cyrillic or Greek is a foreign word, not a look-alike
        }
        var word = text.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            var index = From.IndexOf(text[i]);
            if (index < 0)
            {
                continue;
            }
            var span = new TextSpan(context.Token.Start + i, 1);
            var replacement = To[index].ToString();
            context.Report(Rule, span, CodeFix.Replace(span, replacement, FixSafety.Safe, new($"Thay bằng chữ “{replacement}”", $"Replace with “{replacement}”")),
                text[i].ToString(), $"U+{(int)text[i]:X4}", word, replacement);
        }
    }
}
