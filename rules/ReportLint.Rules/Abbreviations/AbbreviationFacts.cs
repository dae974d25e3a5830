using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>Collectors and small helpers shared by the family's document-wide rules.</summary>
internal static class AbbreviationFacts
{
    /// <summary>The paragraph's abbreviation facts, or null when it has none.</summary>
    public static ParagraphAbbreviations? Collect(ParagraphFactsContext context) =>
        ParagraphAbbreviations.Of(context.Paragraph.Syntax) is { IsEmpty: false } facts ? facts : null;

    /// <summary>Every paragraph, so that a rule can also look for written-out full forms.</summary>
    public static ParagraphAbbreviations? CollectAll(ParagraphFactsContext context) =>
        ParagraphAbbreviations.Of(context.Paragraph.Syntax);

    /// <summary>1-based line of an absolute offset (for messages that point elsewhere).</summary>
    /// <summary>Each definition after the first of its abbreviation, with that first one and its line: RL1003 and RL1004 judge these pairs.</summary>
    public static IEnumerable<(DefinitionSite First, DefinitionSite Later, int FirstLine)> Redefinitions(DocumentAnalysisContext context)
    {
        foreach (var group in DocumentAbbreviations.Get(context).Groups)
        {
            if (group.FirstDefinition is not { } first)
            {
                continue;
            }
            var line = Line(context, first.Span.Start);
            foreach (var later in group.Definitions.Skip(1))
            {
                yield return (first, later, line);
            }
        }
    }

    public static int Line(DocumentAnalysisContext context, int offset) => context.Document.Text.GetLinePosition(offset).Line + 1;

    public static RelatedLocation DefinitionLocation(TextSpan span) =>
        new(span, new LocalizedText("Định nghĩa ở đây", "Defined here"));

    public static CodeFix Normalize(TextSpan span, string target, FixSafety safety) =>
        CodeFix.Replace(span, target, safety, new LocalizedText($"Viết thống nhất “{target}”", $"Write “{target}”"));
}
