using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Citations;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// Which parts of a paragraph are the writer's own running text, for RL1006: a full form written out
/// again is a slip there only. Not running text: a heading (a short line that does not end like a
/// sentence: `2. Công tác tổ chức, cán bộ và đảng viên`), a quotation, and the title of a cited
/// document (`Nghị định số 33/2023/NĐ-CP … quy định về cán bộ, công chức cấp xã`) or of one named by its
/// type word (`dự thảo Nghị quyết về …`, `Tờ trình về …`, `… và Đề án phát triển …`), which is quoted
/// as it was issued. Built for a paragraph only when a full form was found in it.
/// </summary>
internal sealed class RunningText
{
    // Longer lines are paragraphs of text even without a final stop.
    private const int MaxHeadingWords = 20;

    // `về` that opens a title comes soon after the citation: `… của Hội nghị lần thứ năm Ban Chấp hành
    // Trung ương Đảng khóa XIII về …` is the longest usual run, and a malformed symbol may stop the parse early.
    private const int MaxWordsBeforeTitle = 16;

    private readonly List<TextSpan> _excluded = [];

    private RunningText()
    {
    }

    public static RunningText Of(Paragraph paragraph, CitationData citations)
    {
        var text = new RunningText();
        if (IsHeading(paragraph))
        {
            text._excluded.Add(new TextSpan(0, paragraph.Text.Length));
            return text;
        }
        text.AddQuotations(paragraph);
        text.AddCitedTitles(paragraph, citations.Cache.Get(citations, paragraph).OrderBy(c => c.Span.Start).ToArray());
        text.AddNamedDocuments(paragraph, citations.Types);
        return text;
    }

    // Words after a type word that do not open a title: `Nghị quyết của …`, `Kế hoạch số …`, `Đề án này`.
    private static readonly HashSet<string> NotTitle = new(StringComparer.Ordinal)
    {
        "của", "số", "này", "đó", "trên", "đã", "được", "sẽ", "và", "là", "các", "cũng", "do", "với", "theo",
    };

    /// <summary>
    /// A document named by its type word and title without a symbol: `dự thảo Nghị quyết …`, `Tờ trình về …`, or a
    /// type word capitalized inside a sentence and followed by its title (`… và Đề án phát triển …`). The title runs
    /// to the end of the clause; it is quoted as the document is (to be) issued.
    /// </summary>
    private void AddNamedDocuments(Paragraph paragraph, DocumentTypeTable types)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !tokens[i].Has(TokenFlags.Capitalized) || tokens[i].Has(TokenFlags.AllUpper))
            {
                continue;
            }
            var last = TypeWordEnd(paragraph, i, types);
            if (last < 0)
            {
                continue;
            }
            var next = NextWord(paragraph, last + 1);
            var nextText = next < 0 ? "" : paragraph.GetString(tokens[next]).ToLowerInvariant();
            var draft = PreviousWord(paragraph, i - 1) is var p && p >= 0 && paragraph.GetText(tokens[p]).Equals("thảo", StringComparison.OrdinalIgnoreCase)
                && PreviousWord(paragraph, p - 1) is var d && d >= 0 && paragraph.GetText(tokens[d]).Equals("dự", StringComparison.OrdinalIgnoreCase);
            var titled = next >= 0 && (nextText == "về"
                || (!NotTitle.Contains(nextText) && (draft || paragraph.FirstWordOfSentence(i) != i)));
            if (!titled)
            {
                continue;
            }
            var end = last;
            while (end + 1 < tokens.Count && !EndsClause(paragraph, end + 1))
            {
                end++;
            }
            _excluded.Add(TextSpan.FromBounds(tokens[i].Start, tokens[end].End));
            i = end;
        }
    }

    /// <summary>The last token of a type word of the data starting at <paramref name="first"/>, or -1.</summary>
    public static int TypeWordEnd(Paragraph paragraph, int first, DocumentTypeTable types)
    {
        foreach (var (syllables, _) in types.StartingWith(paragraph.GetText(paragraph.Tokens[first])))
        {
            var i = first;
            var matched = true;
            for (var s = 0; s < syllables.Length && matched; s++)
            {
                i = s == 0 ? first : NextWord(paragraph, i + 1);
                matched = i >= 0 && paragraph.Tokens[i].Kind == TokenKind.Word
                    && CitationKey.Matches(paragraph.GetText(paragraph.Tokens[i]), syllables[s], paragraph.Tokens[i].Has(TokenFlags.CombiningMarks));
            }
            if (matched)
            {
                return i; // longest first
            }
        }
        return -1;
    }

    /// <summary>The next token from <paramref name="i"/> after spaces, when it is a word; else -1.</summary>
    private static int NextWord(Paragraph paragraph, int i)
    {
        while (i < paragraph.Tokens.Count && paragraph.Tokens[i].Kind.IsTrivia())
        {
            i++;
        }
        return i < paragraph.Tokens.Count && paragraph.Tokens[i].Kind == TokenKind.Word ? i : -1;
    }

    private static int PreviousWord(Paragraph paragraph, int i)
    {
        while (i >= 0 && paragraph.Tokens[i].Kind.IsTrivia())
        {
            i--;
        }
        return i >= 0 && paragraph.Tokens[i].Kind == TokenKind.Word ? i : -1;
    }

    /// <summary>True when the span (relative to the paragraph) lies in running text.</summary>
    public bool Contains(TextSpan span)
    {
        foreach (var excluded in _excluded)
        {
            if (excluded.OverlapsWith(span))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A short line that does not end like a sentence (`.`, `;`, `,`, `!`, `?`, `…`).</summary>
    internal static bool IsHeading(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind.IsWordLike() && ++words > MaxHeadingWords)
            {
                return false;
            }
            if (!tokens[i].Kind.IsTrivia())
            {
                last = i;
            }
        }
        return last >= 0 && !(tokens[last].Kind == TokenKind.Punctuation && paragraph.Text[tokens[last].End - 1] is '.' or ';' or ',' or '!' or '?' or '…');
    }

    /// <summary>
    /// A Markdown heading (`# HĐND tỉnh khai mạc kỳ họp`): its `#` marks are the file's markup, the first token of the
    /// paragraph. A headline or section title announces what the text below defines, as an all-caps title does.
    /// </summary>
    internal static bool IsMarkdownHeading(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        return tokens.Count > 0 && tokens[0].Kind == TokenKind.Markup && paragraph.Text[tokens[0].Start] == '#';
    }

    /// <summary>`“…”`, `‘…’` and `"…"`; an opening quote never closed runs to the end of the paragraph.</summary>
    private void AddQuotations(Paragraph paragraph)
    {
        var open = -1;
        var closer = '\0';
        foreach (var token in paragraph.Tokens)
        {
            if (token is not { Kind: TokenKind.Punctuation, Length: 1 })
            {
                continue;
            }
            var c = paragraph.Text[token.Start];
            if (open < 0 && c is '“' or '‘' or '"')
            {
                (open, closer) = (token.Start, c switch { '“' => '”', '‘' => '’', _ => '"' });
            }
            else if (open >= 0 && c == closer)
            {
                _excluded.Add(TextSpan.FromBounds(open, token.End));
                open = -1;
            }
        }
        if (open >= 0)
        {
            _excluded.Add(TextSpan.FromBounds(open, paragraph.Text.Length));
        }
    }

    /// <summary>
    /// From a `về` shortly after a citation (no comma, colon or stop between) to the end of the clause:
    /// the next `;` or `:`, the end of the sentence, or the next citation.
    /// </summary>
    private void AddCitedTitles(Paragraph paragraph, Citation[] citations)
    {
        var tokens = paragraph.Tokens;
        var i = 0;
        for (var c = 0; c < citations.Length; c++)
        {
            var nextCitation = c + 1 < citations.Length ? citations[c + 1].Span.Start : int.MaxValue;
            while (i < tokens.Count && tokens[i].Start < citations[c].Span.End)
            {
                i++;
            }
            var title = TitleStart(paragraph, i, nextCitation);
            if (title < 0)
            {
                continue;
            }
            var end = title;
            while (end + 1 < tokens.Count && tokens[end + 1].Start < nextCitation && !EndsClause(paragraph, end + 1))
            {
                end++;
            }
            _excluded.Add(TextSpan.FromBounds(tokens[title].Start, tokens[end].End));
            i = end;
        }
    }

    /// <summary>The index of the `về` that opens the title, or -1.</summary>
    private static int TitleStart(Paragraph paragraph, int from, int limit)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var i = from; i < tokens.Count && tokens[i].Start < limit; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                if (paragraph.GetText(token).Equals("về", StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
                if (++words > MaxWordsBeforeTitle)
                {
                    return -1;
                }
            }
            else if (token.Kind == TokenKind.Punctuation && paragraph.Text[token.Start] is ',' or ';' or ':' or '.' or '!' or '?' or '“' or '"')
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool EndsClause(Paragraph paragraph, int index)
    {
        var token = paragraph.Tokens[index];
        return token.Kind == TokenKind.Punctuation && paragraph.Text[token.Start] is ';' or ':' or '.' or '!' or '?' or '…';
    }
}
