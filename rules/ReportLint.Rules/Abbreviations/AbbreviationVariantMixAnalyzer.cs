using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1007: one abbreviation written in several ways in a document (`TW` and `TƯ`, `UVTW` and
/// `UVTƯ`). Every spelling other than the document's first-defined form (else the registry's
/// canonical form) is reported with a fix; fix-all normalises the whole document. Dotted forms
/// with a known canonical form are RL1008's. A number run into the capitals (`BCĐ35`) where the definition keeps it
/// apart (`(BCĐ 35)`) is a spelling of that defined form too.
/// </summary>
public sealed class AbbreviationVariantMixAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1007", "abbreviation-variant-mix",
        new("Một chữ viết tắt được viết nhiều cách", "Abbreviation written in several ways"),
        new("“{0}” và “{1}” là cùng một chữ viết tắt; viết thống nhất “{1}”",
            "“{0}” and “{1}” are the same abbreviation; write “{1}” throughout"),
        RuleFamily.Abbreviations, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<ParagraphAbbreviations>(AbbreviationFacts.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        foreach (var group in DocumentAbbreviations.Get(context).Groups)
        {
            if (group.FormCount < 2)
            {
                continue;
            }
            var safety = group.TargetCertain ? FixSafety.Safe : FixSafety.Unsafe;
            foreach (var use in group.Uses)
            {
                var text = use.Mention.Text;
                if (text != group.Target && !NonStandardAbbreviationAnalyzer.Applies(group, text))
                {
                    // `TƯ` is also a word (a name's syllable) unless a number follows (`Nghị quyết TƯ 4`, `Hội nghị TƯ 6`), a
                    // heading in capitals may hold names, and other letters (`DNNV` for `DNNVV`) are a guess at what was meant:
                    // never a safe rewrite there.
                    var useSafety = (use.Mention.SyllableShaped && !use.Mention.BeforeNumberedCode) || use.InCapsLine
                        || AbbreviationText.LetterKey(text) != AbbreviationText.LetterKey(group.Target) ? FixSafety.Unsafe : safety;
                    context.Report(Rule, use.Span, AbbreviationFacts.Normalize(use.Span, group.Target, useSafety), text, group.Target);
                }
            }
        }
        // `BCĐ35` where the document defines `Ban Chỉ đạo 35 huyện (BCĐ 35)`: the same letters and number, the space dropped.
        foreach (var (use, target) in DocumentAbbreviations.Get(context).NumberedVariants)
        {
            var safety = use.InCapsLine ? FixSafety.Unsafe : FixSafety.Safe;
            context.Report(Rule, use.Span, AbbreviationFacts.Normalize(use.Span, target, safety), use.Mention.Text, target);
        }
    }
}
