namespace ReportLint.Core.Syntax;

/// <summary>
/// Recognises URLs (`https://…`, `www.…`), bare domains (`tinhuy.gov.vn`), e-mail addresses and file names
/// (`bao-cao_2026.docx`, a bare extension `.pdf`): all read as one <see cref="TokenKind.Url"/> token, so neither the
/// spelling nor the spacing rules see their dots and letters.
/// </summary>
internal static class WebScanner
{
    private static readonly string[] TopLevelDomains =
        ["vn", "com", "net", "org", "gov", "edu", "info", "int", "io", "biz", "asia", "tv", "me", "co", "uk", "us", "jp", "cn", "fr", "de"];

    /// <summary>Extensions of the files an office sends; written in lower or upper case (`.pdf`, `.PDF`).</summary>
    private static readonly string[] FileExtensions =
        ["doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "rtf", "odt", "ods", "odp", "csv", "xml", "json", "zip", "rar",
         "jpg", "jpeg", "png", "gif", "tif", "tiff", "mp3", "mp4", "avi", "html", "htm", "md"];

    public static bool TryScan(string text, int start, int limit, out TokenKind kind, out int length)
    {
        kind = TokenKind.Url;
        length = 0;
        // Every prefix starts with h, f or w: most words are spared four comparisons.
        if ((text[start] | 0x20) is 'h' or 'f' or 'w' && (StartsWith(text, start, limit, "http://") || StartsWith(text, start, limit, "https://")
            || StartsWith(text, start, limit, "ftp://") || StartsWith(text, start, limit, "www.")))
        {
            length = UrlEnd(text, start, limit) - start;
            return length > 4;
        }

        // Bare domain or e-mail: ASCII letters, digits and . - _ + @ only.
        var end = start;
        var at = -1;
        while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_' or '+' or '@'))
        {
            if (text[end] == '@')
            {
                if (at >= 0)
                {
                    return false;
                }
                at = end;
            }
            end++;
        }
        // A Vietnamese letter straight after (`môn.Vai`, `chuyen.môn`) means this is prose.
        if (end < limit && Tokenizer.IsWordChar(text[end]))
        {
            return false;
        }
        while (end > start && text[end - 1] is '.' or '-' or '_' or '+')
        {
            end--;
        }
        var domainStart = at >= 0 ? at + 1 : start;
        if (at < 0 && IsFileName(text.AsSpan(start, end - start)))
        {
            length = end - start;
            return true;
        }
        if (at == start || !IsDomain(text.AsSpan(domainStart, end - domainStart)))
        {
            return false;
        }
        if (at >= 0)
        {
            kind = TokenKind.Email;
        }
        else if (end < limit && text[end] == '/')
        {
            end = UrlEnd(text, end, limit); // `tinhuy.gov.vn/tin-tuc`
        }
        length = end - start;
        return true;
    }

    /// <summary>
    /// A bare extension at <paramref name="start"/> (a '.'), after a space, a bracket or a word (`định dạng .doc`,
    /// `(.pdf)`, `Báo cáo.docx`), and not followed by a letter.
    /// </summary>
    public static bool TryScanExtension(string text, int start, int limit, out int length)
    {
        length = 0;
        var end = start + 1;
        while (end < limit && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }
        if (end - start < 3 || (end < limit && Tokenizer.IsWordChar(text[end])) || !IsFileExtension(text.AsSpan(start + 1, end - start - 1)))
        {
            return false;
        }
        length = end - start;
        return true;
    }

    private static bool IsFileExtension(ReadOnlySpan<char> extension)
    {
        // One case throughout: `.Doc` after a full stop is more likely a sentence that lost its space.
        bool lower = true, upper = true;
        foreach (var c in extension)
        {
            lower &= !char.IsAsciiLetterUpper(c);
            upper &= !char.IsAsciiLetterLower(c);
        }
        if (!lower && !upper)
        {
            return false;
        }
        foreach (var known in FileExtensions)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>`bao-cao_2026.docx`: a name, a dot and a known extension.</summary>
    private static bool IsFileName(ReadOnlySpan<char> text)
    {
        var lastDot = text.LastIndexOf('.');
        return lastDot > 0 && lastDot < text.Length - 1 && IsFileExtension(text[(lastDot + 1)..]) && !text.Contains("..", StringComparison.Ordinal);
    }

    private static bool IsDomain(ReadOnlySpan<char> text)
    {
        var lastDot = text.LastIndexOf('.');
        if (lastDot <= 0 || text.IndexOf('.') == 0)
        {
            return false;
        }
        var tld = text[(lastDot + 1)..];
        foreach (var known in TopLevelDomains)
        {
            if (tld.SequenceEqual(known))
            {
                return !text.Contains("..", StringComparison.Ordinal) && !text.Contains('_');
            }
        }
        return false;
    }

    private static int UrlEnd(string text, int start, int limit)
    {
        var end = start;
        var openParens = 0;
        while (end < limit && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '<' or '>' or '“' or '”' or '‘' or '’' or '«' or '»'))
        {
            openParens += text[end] == '(' ? 1 : text[end] == ')' ? -1 : 0;
            if (openParens < 0)
            {
                break;
            }
            end++;
        }
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'')
        {
            end--;
        }
        return end;
    }

    private static bool StartsWith(string text, int start, int limit, string prefix) =>
        start + prefix.Length <= limit && string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
