using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1003: an abbreviation defined again with the same meaning. After the first definition the
/// abbreviation alone is used, so the fix writes the abbreviation for the words its letters stand for and keeps the
/// others (`hợp tác xã nông nghiệp (HTX)` → `HTX nông nghiệp`). (A definition with another meaning is RL1004.)
/// </summary>
public sealed class AbbreviationDefinedTwiceAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1003", "abbreviation-defined-twice",
        new("Chữ viết tắt được định nghĩa nhiều lần", "Abbreviation defined more than once"),
        new("Chữ viết tắt “{0}” đã được định nghĩa ở dòng {1}; chỉ định nghĩa một lần",
            "The abbreviation “{0}” was already defined on line {1}; define it once"),
        RuleFamily.Abbreviations, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<ParagraphAbbreviations>(AbbreviationFacts.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        foreach (var (first, later, line) in AbbreviationFacts.Redefinitions(context))
        {
            if (Meanings.Differ(first.Definition, later.Definition))
            {
                continue; // RL1004
            }
            // Safe only when the words dropped are the ones the first definition gave the letters: nothing else goes.
            var safety = first.Definition.Core is { } core && core == later.Definition.Core ? FixSafety.Safe : FixSafety.Unsafe;
            var shortened = later.Shortened;
            var fixes = later.Definition.Construct is { } construct
                ? new[]
                {
                    CodeFix.Replace(later.Paragraph.ToAbsolute(construct), shortened, safety,
                        new($"Bỏ định nghĩa lặp lại: “{shortened}”", $"Drop the repeated definition: “{shortened}”")),
                }
                : [];
            context.Report(Rule, later.Span, fixes, [AbbreviationFacts.DefinitionLocation(first.Span)], later.Definition.Abbreviation, line);
        }
    }
}
