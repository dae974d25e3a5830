using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// Finds the paragraphs of a plain-text draft hard-wrapped at a fixed width (copied from an e-mail or a PDF):
/// a line that ends mid-sentence and a next line that starts in lower case are one paragraph. Drafts written a
/// paragraph per line (the usual case) are left alone: the reading applies only when most lines have the
/// lengths of a wrap and hardly any (one in twenty) is longer. In any draft, a line with a hanging indent goes on with
/// the one above it.
/// </summary>
public static class WrappedPlainText
{
    private const int ShortestWrappedLine = 40;
    private const int LongestLine = 120;
    private const int FewestLines = 4;

    // At most one line in this many may be longer than a wrap allows.
    private const int LongLinesPerWrappedDraft = 20;

    public static IReadOnlyList<ParagraphLines> Paragraphs(SourceText text)
    {
        var wrapped = LooksWrapped(text);
        var width = wrapped ? Width(text) : 0;
        var groups = new List<ParagraphLines>();
        var first = 0;
        var openBrackets = 0; // across the lines joined so far: `(khóa` / `XII) và … (khóa` / `XIII) về …`
        for (var line = 0; line < text.LineCount; line++)
        {
            var content = Content(text, line);
            openBrackets = Math.Max(0, openBrackets + BracketBalance(content, line == first));
            var continues = line + 1 < text.LineCount
                && (wrapped ? GoesOn(content, Content(text, line + 1), width, openBrackets > 0) : HangsUnder(text, line));
            if (!continues)
            {
                if (line > first)
                {
                    groups.Add(new ParagraphLines(first, line));
                }
                first = line + 1;
                openBrackets = 0;
            }
        }
        return groups;
    }

    /// <summary>
    /// `   - Đại biểu khách mời (đại diện …` / `     và Hội Nông dân huyện): 05 đồng chí.`: a line indented deeper than the
    /// one before, starting in lower case where that one ended mid-sentence, goes on with it (a list item typed with a
    /// hanging indent), in any draft.
    /// </summary>
    private static bool HangsUnder(SourceText text, int line)
    {
        var current = Content(text, line);
        var next = Content(text, line + 1);
        return current.Length > 0 && current[^1] is not ('.' or '!' or '?' or '…' or ':' or ';') && StartsMidSentence(next)
            && Indentation(text, line + 1) > Indentation(text, line);
    }

    private static int Indentation(SourceText text, int line)
    {
        var start = text.GetLineStart(line);
        var end = text.GetLineContentEnd(line);
        var i = start;
        while (i < end && text.Text[i] is ' ' or '\t')
        {
            i++;
        }
        return i - start;
    }

    private static bool LooksWrapped(SourceText text)
    {
        int lines = 0, wrapped = 0, longer = 0, cut = 0;
        for (var line = 0; line < text.LineCount; line++)
        {
            var content = Content(text, line);
            lines += content.Length > 0 ? 1 : 0;
            wrapped += content.Length is >= ShortestWrappedLine and <= LongestLine ? 1 : 0;
            longer += content.Length > LongestLine ? 1 : 0;
            cut += content.Length <= LongestLine && line + 1 < text.LineCount
                && GoesOn(content, Content(text, line + 1), width: 0, BracketBalance(content, opensParagraph: true) > 0) ? 1 : 0;
        }
        // A wrap by hand leaves a few lines somewhat longer; a draft written a paragraph per line has many. A short draft
        // has many short lines (header, headings, signature), so sentences the wrap cut in a good share of its lines tell too.
        return lines >= FewestLines && longer * LongLinesPerWrappedDraft <= lines
            && (wrapped * 5 >= lines * 3 || (cut >= FewestCutLines && cut * 3 >= wrapped));
    }

    // Lines ending mid-sentence over a next line going on with it: a few could be chance, this many are a wrap.
    private const int FewestCutLines = 4;

    private static ReadOnlySpan<char> Content(SourceText text, int line) =>
        text.Text.AsSpan(text.GetLineStart(line), text.GetLineContentEnd(line) - text.GetLineStart(line)).Trim();

    /// <summary>Read as wrapped, the line ends mid-sentence and the next goes on with it.</summary>
    private static bool GoesOn(ReadOnlySpan<char> line, ReadOnlySpan<char> next, int width, bool bracketOpen) =>
        EndsMidSentence(line) && (StartsMidSentence(next) || OpensWithAbbreviation(next) || OpensBracketMidSentence(next) || bracketOpen
            || PushedOver(line, next, width));

    /// <summary>The width the draft was wrapped at: its longest line of a wrap's length.</summary>
    private static int Width(SourceText text)
    {
        var width = 0;
        for (var line = 0; line < text.LineCount; line++)
        {
            var length = Content(text, line).Length;
            width = length <= LongestLine ? Math.Max(width, length) : width;
        }
        return width;
    }

    /// <summary>
    /// `… chỉ đạo của Ban thường vụ` / `Huyện ủy tiếp tục …`: a capitalized word the line had no room for, pushed to the
    /// next line by the wrap. A word that would have fitted says the writer broke the line (a heading, a signature); an
    /// item marker (`II.`, `1)`, `Điều 2:`) or a line in capitals opens a block of its own.
    /// </summary>
    private static bool PushedOver(ReadOnlySpan<char> line, ReadOnlySpan<char> next, int width)
    {
        var space = next.IndexOf(' ');
        var word = space < 0 ? next : next[..space];
        return width > 0 && next.Length > 0 && char.IsUpper(next[0]) && line.Length + 1 + word.Length > width && ContainsLowerLetter(next)
            && !EndsMarker(word) && !(space > 0 && NumberedMarker(next[(space + 1)..]));
    }

    private static bool EndsMarker(ReadOnlySpan<char> word) => word[^1] is '.' or ')' or ':';

    /// <summary>`2. …`, `3: …` after the first word: `Điều 2.`, `Mục 3:` open a block.</summary>
    private static bool NumberedMarker(ReadOnlySpan<char> rest)
    {
        var digits = rest.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && rest[digits] is '.' or ')' or ':';
    }

    private static bool ContainsLowerLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsMidSentence(ReadOnlySpan<char> line) =>
        line.Length >= ShortestWrappedLine && line[^1] is not ('.' or '!' or '?' or '…' or ':' or ';');

    /// <summary>`(GPMB) các dự án …`: a definition's parentheses the wrap pushed to the next line.</summary>
    private static bool OpensWithAbbreviation(ReadOnlySpan<char> line)
    {
        var close = line.IndexOf(')');
        if (line.Length == 0 || line[0] != '(' || close < 3 || close == line.Length - 1)
        {
            return false;
        }
        foreach (var c in line[1..close])
        {
            if (!(char.IsUpper(c) || c is '&' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Brackets the line opens minus those it closes: `… 612,7 tỷ đồng (đạt` / `49,2%); …` leaves one open, so the next
    /// line goes on with it.
    /// </summary>
    private static int BracketBalance(ReadOnlySpan<char> line, bool opensParagraph)
    {
        // `a) Về người: … (sinh năm 1968, xã Lũng` / `Pù) bị lũ …`: the item's own marker closes no bracket.
        var marker = line.IndexOf(')');
        if (opensParagraph && marker is > 0 and <= 3 && line[..marker].IndexOfAnyExcept(ItemMarkerCharacters) < 0)
        {
            line = line[(marker + 1)..];
        }
        return line.Count('(') - line.Count(')');
    }

    /// <summary>
    /// `… được 27/30 đơn` / `(đạt 93,33%), …`: a bracket opening on a lower-case word or a figure goes on with the
    /// sentence; `(1) …`, `(a) …` open items.
    /// </summary>
    private static bool OpensBracketMidSentence(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] != '(' || !(char.IsLower(line[1]) || char.IsAsciiDigit(line[1])))
        {
            return false;
        }
        var close = line.IndexOf(')');
        var space = line.IndexOf(' ');
        var first = line[1..(close > 0 && (space < 0 || close < space) ? close : space > 0 ? space : line.Length)];
        return !(close > 0 && first.Length <= 2 && first.IndexOfAnyExcept(ItemMarkerCharacters) < 0);
    }

    private static readonly System.Buffers.SearchValues<char> ItemMarkerCharacters =
        System.Buffers.SearchValues.Create("0123456789abcdefghiklmnopqrstuvxyđ");

    // `a) …` and `b. …` open list items, which start in lower case too; `15-KH/HU ngày …` goes on with a citation the
    // wrap cut after `số`, where `1. …` and `2) …` open items.
    private static bool StartsMidSentence(ReadOnlySpan<char> line) =>
        line.Length > 0 && (char.IsLower(line[0]) ? !(line.Length >= 2 && line[1] is ')' or '.') : char.IsAsciiDigit(line[0]) && !OpensNumberedItem(line));

    /// <summary>`.500` or `,500` then no further digit: a thousands group, where `1.2.` and `3.` number items.</summary>
    private static bool GroupOfThousands(ReadOnlySpan<char> rest) =>
        rest.Length >= 4 && rest[0] is '.' or ',' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
        && (rest.Length == 4 || !char.IsAsciiDigit(rest[4]));

    private static bool OpensNumberedItem(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }
        if (digits <= 3 && GroupOfThousands(line[digits..]))
        {
            return false; // `4.500.000 đồng, …`: a figure going on, maybe the rest of one the wrap cut (`1.28` ⏎ `4.500.000`)
        }
        return digits == line.Length || line[digits] is '.' or ')' or ':'
            || (line[digits] == ' ' && digits + 1 < line.Length && char.IsUpper(line[digits + 1])); // `1 Tổ chức …`, not `125 hộ dân …`
    }
}
