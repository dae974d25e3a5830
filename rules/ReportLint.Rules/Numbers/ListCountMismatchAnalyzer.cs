using System.Globalization;
using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5014: a count of places, people or cells named after places (`Chi bộ thôn Trà Lộc`) followed by their names,
/// where the names are not that many: `03 xã: Tân Hòa, Tân Phú, Tân Lập và Phú Mỹ` names four. Only these are read
/// because their names capitalise every syllable, which tells where a name, and so the list, ends; a list that does not end plainly
/// (with `và`, or a `.`, `;`, `)` after the last name) is left alone. A line announcing a count
/// (`Đoàn giám sát gồm 05 thành viên:`) is also compared with the bullet, numbered or name lines under it (<see cref="BulletListCount"/>),
/// and a count of any noun with the items marked `(1)`, `1.`, `a)`, `thứ nhất` after it in its paragraph (<see cref="InlineListCount"/>).
/// </summary>
public sealed partial class ListCountMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5014", "list-count-mismatch",
        new("Số lượng không khớp với danh sách kể ra", "Count does not match the list"),
        new("Nêu {0} {1} nhưng kể ra {2}", "Says {0} {1} but lists {2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "thị trấn", "thị xã", "thành phố", "tổ dân phố", "khu phố", "xã", "phường", "huyện", "quận", "tỉnh", "thôn", "bản",
        "ấp", "buôn", "làng", "xóm", "nước", "quốc gia", "địa phương",
    };

    private static readonly HashSet<string> PersonPrefixes = new(StringComparer.OrdinalIgnoreCase) { "đồng chí", "ông", "bà" };

    // Nouns that count places of any kind: `03 đơn vị: xã Tân Lập, thị trấn Phú Mỹ và xã Hòa An` mixes kinds legitimately.
    private static readonly HashSet<string> AnyPlaceNouns = new(StringComparer.OrdinalIgnoreCase) { "đơn vị", "địa phương" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterParagraphAction(Analyze);
        context.RegisterDocumentAction(BulletListCount.Collect, ReportBulletLists);
        context.RegisterDocumentAction(InlineListCount.Collect, ReportInlineLists);
    }

    private static void ReportInlineLists(DocumentAnalysisContext context, DocumentFacts<List<InlineListCount>> facts)
    {
        foreach (var (paragraph, lists) in facts)
        {
            foreach (var read in lists)
            {
                var list = read.Last is null ? read.Below(context.Document, paragraph.Index)
                    : read.EndsInItsParagraph(context.Document, paragraph.Index) ? read : null;
                if (list is null)
                {
                    continue;
                }
                var span = paragraph.ToAbsolute(list.CountSpan);
                var fix = CodeFix.Replace(span, StatedCount.Write(list.Count, list.Items), FixSafety.Unsafe);
                context.Report(Rule, span, fix, list.Count, list.Noun, new LocalizedText($"{list.Items} mục", $"{list.Items} items"));
            }
        }
    }

    private static void ReportBulletLists(DocumentAnalysisContext context, DocumentFacts<BulletListCount> facts)
    {
        foreach (var (announcement, items) in BulletListCount.Lists(facts, context.Document))
        {
            var stated = announcement.Facts;
            var span = announcement.Paragraph.ToAbsolute(stated.CountSpan!.Value);
            var fix = CodeFix.Replace(span, StatedCount.Write(stated.Count!, items), FixSafety.Unsafe);
            context.Report(Rule, span, fix, stated.Count!, stated.Noun!, new LocalizedText($"{items} mục", $"{items} items"));
        }
    }

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var text = paragraph.FlatText;
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Walking the tokens finds the few counts cheaply; a regex over every letter would not.
            var token = tokens[i];
            if (token.Length > 5 || token.Kind is not (TokenKind.Number or TokenKind.Word) || !MayStartNoun(text, token.End)
                || CountOf(paragraph, token) is not { } stated || !StatedCount.TryRead(paragraph.GetText(token)[..stated.Length], out var count)
                || StatedCount.FollowsNamingWord(text, token.Start))
            {
                continue;
            }
            var noun = Noun().Match(text, token.End);
            token = stated; // the fix rewrites the count, not the ratio's whole
            if (!noun.Success)
            {
                continue;
            }
            var start = ListStart(text, noun.Index + noun.Length);
            if (start < 0 || ReadList(text, start, noun.Groups["noun"].Value) is not { } listed || listed == count)
            {
                continue;
            }
            var written = paragraph.GetString(token);
            var fix = CodeFix.Replace(token.Span, StatedCount.Write(written, listed), FixSafety.Unsafe);
            context.Report(Rule, token.Span, fix, written, noun.Groups["noun"].Value, new LocalizedText($"{listed} tên", $"{listed} names"));
        }
    }

    /// <summary>The count a token states: all of it, or the part before `/` of a ratio (`6/11 thôn`: six of eleven).</summary>
    private static Token? CountOf(Paragraph paragraph, Token token)
    {
        var text = paragraph.GetText(token);
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return token.Length <= 4 ? token : null;
        }
        return slash > 0 && int.TryParse(text[..slash], CultureInfo.InvariantCulture, out var part) && int.TryParse(text[(slash + 1)..], CultureInfo.InvariantCulture, out var whole) && part < whole
            ? token with { Length = slash } : null;
    }

    /// <summary>A space then the first letter of one of the nouns (checked before the regex, which is dearer).</summary>
    private static bool MayStartNoun(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && text[end + 1] is 't' or 'x' or 'p' or 'h' or 'q' or 'b' or 'ấ' or 'l' or 'n' or 'đ' or 'c';

    /// <summary>Where the first name starts: right after the noun (`2 xã Tân Hòa và …`) or after a few words and `:`, `gồm`, `là` or `(`.</summary>
    private static int ListStart(string text, int afterNoun)
    {
        if (afterNoun + 1 < text.Length && text[afterNoun] == ' ' && char.IsUpper(text[afterNoun + 1]))
        {
            return afterNoun + 1;
        }
        var lead = Lead().Match(text, afterNoun);
        return lead.Success ? lead.Index + lead.Length : -1;
    }

    /// <summary>The number of names from <paramref name="start"/>, or null when the text there is not a plain list of two or more.</summary>
    private static int? ReadList(string text, int start, string noun)
    {
        var names = 0;
        var position = start;
        while (true)
        {
            var item = Item().Match(text, position);
            if (!IsName(item, noun))
            {
                return null;
            }
            names++;
            position = item.Index + item.Length;
            var separator = Separator().Match(text, position);
            if (separator.Success && Item().Match(text, separator.Index + separator.Length) is var next && IsName(next, noun))
            {
                position = separator.Index + separator.Length;
                if (separator.Value == " và ")
                {
                    // `và Ủy ban nhân dân huyện` starts a body's name, not a last place: one syllable before lower case.
                    return IsCutShort(text, next) ? null : names + 1;
                }
                continue;
            }
            return names >= 2 && EndsPlainly(text, position) ? names : null;
        }
    }

    private static bool IsName(Match item, string noun) =>
        item.Success && PrefixFits(item.Groups["prefix"], noun) && !HasAbbreviation(item.Groups["name"].Value);

    /// <summary>`UBND`, `TP` are not names of places or people in a list.</summary>
    private static bool HasAbbreviation(string name) =>
        name.Split(' ').Any(word => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    private static bool IsCutShort(string text, Match item)
    {
        var end = item.Index + item.Length;
        return !item.Groups["name"].Value.Contains(' ') && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);
    }

    /// <summary>A name may open with the counted noun (`xã Tân Hòa`) or a form of address; another place noun mixes kinds.</summary>
    private static bool PrefixFits(Group prefix, string noun)
    {
        if (!prefix.Success || prefix.Value.Equals(noun, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (AnyPlaceNouns.Contains(noun))
        {
            return PlaceNouns.Contains(prefix.Value);
        }
        // `Chi bộ thôn Trà Lộc` in a list of chi bộ: a cell named after its place.
        return PersonPrefixes.Contains(prefix.Value) ? !PlaceNouns.Contains(noun)
            : prefix.Value.StartsWith(noun + " ", StringComparison.OrdinalIgnoreCase) && PlaceNouns.Contains(prefix.Value[(noun.Length + 1)..]);
    }

    /// <summary>A list without `và` ends at `.`, `;`, `)` or the paragraph's end (`TP.` never gets here: no abbreviations in names).</summary>
    private static bool EndsPlainly(string text, int position)
    {
        if (position >= text.Length)
        {
            return true;
        }
        return text[position] is '.' or ';' or ')';
    }

    // The noun counted: places and people, whose names capitalise every syllable.
    [GeneratedRegex(@"\G (?<noun>thị trấn|thị xã|thành phố|tổ dân phố|khu phố|xã|phường|huyện|quận|tỉnh|thôn|bản|ấp|buôn|làng|xóm|nước|quốc gia|địa phương|đơn vị|đồng chí|đảng viên|cá nhân|chi bộ|đảng bộ|chi đoàn|chi hội)(?![\p{L}\p{M}])")]
    private static partial Regex Noun();

    // Lower-case words (`đặc biệt khó khăn`, `, thị xã`, a capitalized word not after a comma `vận động Quỹ`, `quý III`, an abbreviation `UBND`, one defined `(NTMNC)`, a quoted title
    // `“Thôn văn hóa”`, a year `năm 2024`) then `:` (also after a count in brackets, `(03 đơn vị):`), `gồm`, `là` (a whole word: `làm tốt:` is no `là`) or `(` before the names; no other digits, so `15 xã,
    // trong đó 3 xã: …` does not give the list of 3 to the 15.
    [GeneratedRegex(@"\G(?:,? (?:[\p{Ll}\p{M}]+|[IVXLC]+|[\p{Lu}\p{M}]{2,}(?![\p{Ll}])|\([\p{Lu}\p{M}]{2,}\)|[“""][^“”""\d]{1,40}[”""]|năm (?:19|20)\d\d(?!\d))| \p{Lu}[\p{Ll}\p{M}]+){0,16}?(?: ?\)?:| (?:gồm|là)(?![\p{L}\p{M}]):?| ?\((?![\p{Lu}\p{M}]+\))) ?")]
    private static partial Regex Lead();

    // One name: every syllable capitalised (`Tân Hòa`, `Bà Rịa - Vũng Tàu`, `Tân Hòa 2`, `H'Mông`), maybe after a noun
    // and before a note in brackets (`Nguyễn Văn An (Tổ trưởng)`), which is still one name.
    [GeneratedRegex(@"\G(?:(?<prefix>\p{Lu}[\p{Ll}\p{M}]*(?: [\p{Ll}\p{M}]+){1,3}|[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,3}) )?(?<name>\p{Lu}[\p{L}\p{M}'’]*(?:(?: | - | – )(?:\p{Lu}[\p{L}\p{M}'’]*|\d+))*)(?: \([^()]{1,60}\))?")]
    private static partial Regex Item();

    [GeneratedRegex(@"\G(?:, | và |; )")]
    private static partial Regex Separator();
}
