using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// RL1002: an abbreviation used before the place that defines it, reported at its first use. The fix moves the
/// definition there (and leaves the bare abbreviation where the definition was); a use in a heading, or one whose
/// definition shares its parentheses with others, is written in full instead, and the definition goes to the first use
/// in body text (or stays where it is).
/// All-caps lines, Markdown headings and a plain-text document's unnumbered first-line headline are not counted: a title
/// or headline may precede the body that defines its terms (`# HĐND tỉnh khai mạc kỳ họp` before a lead that writes
/// `Hội đồng nhân dân (HĐND) tỉnh`).
/// </summary>
public sealed class AbbreviationUsedBeforeDefinitionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL1002", "abbreviation-used-before-definition",
        new("Chữ viết tắt dùng trước khi định nghĩa", "Abbreviation used before its definition"),
        new("Chữ viết tắt “{0}” được dùng trước khi được định nghĩa ở dòng {1}",
            "The abbreviation “{0}” is used before its definition on line {1}"),
        RuleFamily.Abbreviations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction<ParagraphAbbreviations>(AbbreviationFacts.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ParagraphAbbreviations> facts)
    {
        foreach (var group in DocumentAbbreviations.Get(context).Groups)
        {
            if (group.FirstDefinition is not { } definition)
            {
                continue;
            }
            // Defined in a footnote (or a header): the note stands at its reference mark in the body, which the text does
            // not keep, so a use in the body may well come after it. Only uses among the notes are in reading order.
            var from = context.Document.AfterBodyStart is { } afterBody && definition.Span.Start >= afterBody ? afterBody : 0;
            foreach (var use in group.Uses)
            {
                if (use.Span.Start >= definition.Span.Start)
                {
                    break;
                }
                if (use.InCapsLine || use.Span.Start < from || RunningText.IsMarkdownHeading(use.Paragraph)
                    || IsPlainTextHeadline(context.Document, use.Paragraph))
                {
                    continue;
                }
                ReportFirst(context, group, definition, use);
                break;
            }
        }
    }

    /// <summary>
    /// The first line of a plain-text document, short, not ending like a sentence and not numbered (`HĐND tỉnh thông
    /// qua 20 nghị quyết` above a lead that writes `Hội đồng nhân dân (HĐND)`): the document's headline, which plain text
    /// cannot mark as Markdown does with `#`. A numbered first line (`1. Đẩy mạnh CĐS`) is a section heading and counts.
    /// </summary>
    private static bool IsPlainTextHeadline(ReportDocument document, Paragraph paragraph)
    {
        if (document.Kind != DocumentKind.PlainText || !RunningText.IsHeading(paragraph))
        {
            return false;
        }
        foreach (var earlier in document.Paragraphs)
        {
            if (earlier.Index >= paragraph.Index)
            {
                break;
            }
            if (!earlier.Syntax.IsBlank)
            {
                return false;
            }
        }
        var tokens = paragraph.Tokens;
        var first = tokens.Count > 0 && tokens[0].Kind.IsTrivia() ? TokenNavigation.Next(tokens, 0) : 0;
        return first >= 0 && first < tokens.Count && tokens[first].Kind is TokenKind.Word or TokenKind.Abbreviation
            && !IsListMarker(paragraph, first);
    }

    /// <summary>`a)`, `b.`: a lettered item, not a headline.</summary>
    private static bool IsListMarker(Paragraph paragraph, int first)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, first);
        return paragraph.Tokens[first].Length == 1 && next >= 0 && paragraph.Tokens[next].Kind == TokenKind.Punctuation
            && paragraph.Text[paragraph.Tokens[next].Start] is ')' or '.';
    }

    private static void ReportFirst(DocumentAnalysisContext context, AbbreviationGroup group, DefinitionSite definition, UseSite use)
    {
        var line = AbbreviationFacts.Line(context, definition.Span.Start);
        var fixes = (RunningText.IsHeading(use.Paragraph) ? SpellOutInHeading(use, group, definition)
            : MoveDefinition(use, definition, group.Entry) ?? SpellOut(use, definition, group.Entry)) is { } fix ? new[] { fix } : [];
        context.Report(Rule, use.Span, fixes, [AbbreviationFacts.DefinitionLocation(definition.Span)], use.Mention.Text, line);
    }

    private static CodeFix? MoveDefinition(UseSite use, DefinitionSite site, AbbreviationEntry? entry)
    {
        if (site.Definition is not { FullForm: { }, Construct: { } construct } definition)
        {
            return null;
        }
        // The words the letters stand for move; the others stay where the definition was (`hợp tác xã nông nghiệp
        // (HTX)` → `HTX nông nghiệp` there, `hợp tác xã (HTX)` here).
        var defined = $"{FullFormAt(use, site, entry)} ({definition.Abbreviation})";
        return new CodeFix(new($"Chuyển định nghĩa lên đây: “{defined}”", $"Move the definition here: “{defined}”"),
            [new TextEdit(use.Span, defined), new TextEdit(site.Paragraph.ToAbsolute(construct), site.Shortened)],
            FixSafety.Unsafe);
    }

    /// <summary>
    /// `cán bộ, đảng viên (CB, ĐV)` later on: a definition shared by several abbreviations cannot move without the others,
    /// so the early use is written in full (`Giúp đảng viên …`) and the definition stays where it is.
    /// </summary>
    private static CodeFix? SpellOut(UseSite use, DefinitionSite site, AbbreviationEntry? entry)
    {
        if (site.Definition.FullForm is null)
        {
            return null;
        }
        var text = FullFormAt(use, site, entry);
        return CodeFix.Replace(use.Span, text, FixSafety.Unsafe, new($"Viết đầy đủ “{text}”", $"Write “{text}” in full"));
    }

    /// <summary>
    /// `## Kết quả CCHC` before the body defines `cải cách hành chính (CCHC)`: an editor writes the heading in full and
    /// defines the abbreviation in the body, at its first use there (the definition moves up to it when that use comes
    /// before the definition).
    /// </summary>
    private static CodeFix? SpellOutInHeading(UseSite use, AbbreviationGroup group, DefinitionSite site)
    {
        if (site.Definition.FullForm is null || use.InCapsLine)
        {
            return null;
        }
        var text = FullFormAt(use, site, group.Entry);
        var edits = new List<TextEdit>(3) { new(use.Span, text) };
        var bodyUse = group.Uses.FirstOrDefault(u => u.Span.Start > use.Span.Start && u.Span.Start < site.Span.Start
            && !u.InCapsLine && !RunningText.IsHeading(u.Paragraph) && !RunningText.IsMarkdownHeading(u.Paragraph));
        if (bodyUse.Paragraph is not null)
        {
            if (MoveDefinition(bodyUse, site, group.Entry) is not { } move)
            {
                return null;
            }
            edits.AddRange(move.Edits);
        }
        return new CodeFix(new($"Viết đầy đủ trong đề mục: “{text}”", $"Write it in full in the heading: “{text}”"), edits, FixSafety.Unsafe);
    }

    /// <summary>
    /// The words the letters stand for, as the use's place wants them: a definition that opened a sentence may carry a
    /// capital the new place does not want, and the registry knows the usual spelling (`Tổ chức đảng` → `tổ chức đảng`).
    /// </summary>
    private static string FullFormAt(UseSite use, DefinitionSite site, AbbreviationEntry? entry)
    {
        var fullForm = site.Covered!;
        fullForm = entry?.Meanings.FirstOrDefault(m => string.Equals(m, fullForm, StringComparison.OrdinalIgnoreCase)) ?? fullForm;
        return use.Mention.AtSentenceStart ? AbbreviationText.Capitalize(fullForm) : fullForm;
    }
}
