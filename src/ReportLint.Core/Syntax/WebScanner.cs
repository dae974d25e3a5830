namespace ReportLint.Core.Syntax;

/// <summary>Recognises URLs (`https://…`, `www.…`), bare domains (`tinhuy.gov.vn`) and e-mail addresses.</summary>
internal static class WebScanner
{
    private static readonly string[] TopLevelDomains =
        ["vn", "com", "net", "org", "gov", "edu", "info", "int", "io", "biz", "asia", "tv", "me", "co", "uk", "us", "jp", "cn", "fr", "de"];

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
