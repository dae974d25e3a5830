using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>
/// Reads the citations of one paragraph from its tokens:
/// `&lt;type word&gt; [số] &lt;symbol or number&gt; [ngày &lt;date&gt;] [của &lt;body&gt;] [(khóa &lt;Roman&gt;)]`, lists of numbers,
/// conventional names (`Nghị quyết Trung ương 4 (khóa XII)`) and symbols cited on their own. One linear pass.
/// </summary>
internal sealed class CitationParser
{
    private static readonly string[][] CentralMarkers = [["trung", "ương"], ["tw"], ["t.ư"], ["tư"], ["t.w"]];
    private static readonly HashSet<string> NumberFollowers = ["ngày", "của", "về", "và", "khóa", "do", "tại"];

    private readonly CitationData _data;
    private readonly CitationTokens _tokens;
    private readonly List<Citation> _output = [];

    private CitationParser(CitationData data, Paragraph paragraph)
    {
        _data = data;
        _tokens = new CitationTokens(paragraph);
    }

    public static IReadOnlyList<Citation> Parse(CitationData data, Paragraph paragraph) =>
        new CitationParser(data, paragraph).Run();

    private IReadOnlyList<Citation> Run()
    {
        var tokens = _tokens.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && TryTypeWord(i, out var type, out var typeEnd))
            {
                var end = ParseAfterType(i, typeEnd, type);
                if (end >= 0)
                {
                    i = end;
                }
            }
            else if (token.Kind == TokenKind.DocumentSymbol && CitationSymbol.Parse(_tokens.Paragraph.GetString(token)) is { } symbol)
            {
                // A symbol cited without a type word (`theo 02-NQ/ĐUK`).
                var citation = new Citation(CitationForm.Symbol, token.Span) { ReferenceSpan = token.Span, Number = symbol.NumberValue, Symbol = symbol };
                var (withTails, last) = ParseTails(citation, i);
                Add(withTails);
                i = last;
            }
        }
        return _output;
    }

    private bool TryTypeWord(int index, out DocumentType type, out int end)
    {
        var candidates = _data.Types.StartingWith(_tokens.Paragraph.GetText(_tokens[index]));
        for (var i = 0; i < candidates.Count; i++) // indexed: foreach over the interface would allocate an enumerator
        {
            var (syllables, candidate) = candidates[i];
            end = syllables.Length == 1 ? index : _tokens.MatchSyllables(index, syllables);
            if (end >= 0)
            {
                type = candidate;
                return true;
            }
        }
        type = null!;
        end = -1;
        return false;
    }

    /// <summary>Parses what follows a type word; returns the last token consumed, or -1 when it is no citation.</summary>
    private int ParseAfterType(int typeStart, int typeEnd, DocumentType type)
    {
        var typeSpan = TextSpan.FromBounds(_tokens[typeStart].Start, _tokens[typeEnd].End);
        var next = _tokens.Next(typeEnd);
        if (next < 0)
        {
            return -1;
        }
        if (TryConventional(typeSpan, type, next) is { } conventional)
        {
            return conventional;
        }
        TextSpan? sign = null, repeated = null;
        if (_tokens.IsWord(next, "số"))
        {
            sign = _tokens[next].Span;
            next = _tokens.Next(next);
            if (_tokens.IsWord(next, "số"))
            {
                repeated = _tokens[next].Span;
                next = _tokens.Next(next);
            }
        }
        var capitalized = _tokens[typeStart].Has(TokenFlags.Capitalized);
        // Without `số`, a bare number is a citation only for types cited that way and in a citation's context; a number
        // cut short by its dash (`Kế hoạch 45- ngày …`) is one after any capitalized type.
        var item = ReadReference(next, requireContext: sign is null, allowBare: sign is not null || (type.BareNumber && capitalized),
            allowDangling: sign is not null || capitalized);
        if (item is null)
        {
            return -1;
        }
        var inList = false;
        var last = -1;
        var items = new List<Citation>();
        while (item is { } reference)
        {
            var citation = reference.Citation with
            {
                Span = TextSpan.FromBounds(inList ? reference.Citation.ReferenceSpan.Start : typeSpan.Start, reference.Citation.ReferenceSpan.End),
                Type = type,
                TypeSpan = typeSpan,
                NumberSign = inList ? null : sign,
                RepeatedNumberSign = inList ? null : repeated,
                InList = inList,
            };
            (citation, last) = ParseTails(citation, reference.Last);
            items.Add(citation);
            item = ListContinuation(last, reference.Citation.Form);
            inList = true;
        }
        if (items.Count > 0 && IssueClauseAfter(last) is { } after)
        {
            // Like a date or body written after a list, the clause after it is its last item's.
            var tail = items[^1];
            items[^1] = tail with { Date = tail.Date ?? after.Date, Body = tail.Body ?? after.Issuer };
        }
        if (IssueClauseBefore(typeStart) is { } issued)
        {
            for (var k = 0; k < items.Count; k++)
            {
                var own = items[k];
                items[k] = own with
                {
                    Date = own.Date ?? issued.Date,
                    Dateline = own.Date is null ? issued.Dateline : null,
                    Body = own.Body ?? issued.Issuer,
                };
            }
        }
        AddList(items);
        return last;
    }

    private static readonly string[][] IssuingVerbs = [["ban", "hành"], ["ký"], ["thông", "qua"]];

    // A news dateline may name the part of the day instead of `ngày`: `Sáng 3/9, …`, `Chiều ngày 14/6, …`.
    private static readonly string[] DayParts = ["sáng", "trưa", "chiều", "tối", "đêm"];

    // Words between the subject and the verb: `Ban Bí thư đã ban hành`, `Bộ Chính trị vừa ký ban hành`.
    private static readonly string[] VerbAdverbs = ["đã", "vừa", "mới", "cũng", "ký", "chính", "thức"];

    /// <summary>
    /// What the clause of an issuing verb says about the cited document before naming it: its full date, a day without
    /// year (a news dateline, whose year is the article's), and the issuing body as the verb's subject.
    /// </summary>
    private readonly record struct IssueClause(CitationDate? Date, TextSpan? Dateline, BodyMention? Issuer);

    /// <summary>
    /// `Ngày 16/8/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 05-NQ/TU`: the date opening the clause of a verb
    /// of issuing (`ban hành`, `ký`, `thông qua`) whose object is the citation is its date. The date must open the sentence or
    /// a clause (after `,` or `;`, `vào ngày` too), belong to no other citation and have the verb's subject after it; a `;`
    /// between ends the clause. A news item writes that date without its year (`Sáng 3/9, Tỉnh ủy ban hành …`): it still
    /// dates the document. The subject right before the verb, opening its clause, is the issuer (`Bộ Chính trị ban hành`).
    /// </summary>
    private IssueClause? IssueClauseBefore(int typeStart)
    {
        var verb = -1;
        foreach (var syllables in IssuingVerbs)
        {
            var start = typeStart;
            for (var k = syllables.Length - 1; k >= 0 && start >= 0; k--)
            {
                start = TokenNavigation.Previous(_tokens.Tokens, start);
                start = _tokens.IsWord(start, syllables[k]) ? start : -1;
            }
            if (start >= 0)
            {
                verb = start;
                break;
            }
        }
        if (verb < 0)
        {
            return null;
        }
        var sentenceStart = _tokens.Paragraph.FirstWordOfSentence(verb);
        if (sentenceStart < 0)
        {
            return null;
        }
        var issuer = SubjectBefore(verb, sentenceStart);
        var (date, dateline) = DateBefore(verb, sentenceStart);
        return date is null && dateline is null && issuer is null ? null : new IssueClause(date, dateline, issuer);
    }

    // How far a subject (`về …`) may run before the clause that says who issued the document.
    private const int SubjectTokens = 60;

    /// <summary>
    /// `Kết luận số 21-KL/TW ngày 25/10/2021 do Ban Chấp hành Trung ương ban hành`, `Đề án số 06-ĐA/TU về …, được Ban Thường
    /// vụ Tỉnh ủy ban hành ngày 15/3/2018`: the passive clause after the citation names its issuer and may date it. The clause
    /// follows the citation's tails at once or after a comma; after a subject (`về …`) only after a comma, since a subject
    /// may hold its own `do … ban hành` (`về các văn bản do Bộ Chính trị ban hành`). `do` needs a body of the data;
    /// `được` without one (`được ban hành ngày …`) gives the date alone. Another symbol or `số` with a number before it ends the search.
    /// </summary>
    private IssueClause? IssueClauseAfter(int last)
    {
        var next = _tokens.Next(last);
        var agent = -1;
        if (IsAgentWord(next))
        {
            agent = next;
        }
        else if (_tokens.IsPunctuation(next, ',') && IsAgentWord(_tokens.Next(next)))
        {
            agent = _tokens.Next(next);
        }
        else if (_tokens.IsWord(next, "về"))
        {
            for (var (i, k) = (_tokens.Next(next), 0); i >= 0 && k < SubjectTokens; (i, k) = (_tokens.Next(i), k + 1))
            {
                if (_tokens[i].Kind == TokenKind.DocumentSymbol || (_tokens.IsWord(i, "số") && _tokens.Next(i) is >= 0 and var n && _tokens[n].Kind == TokenKind.Number)
                    || _tokens[i].Kind == TokenKind.Punctuation && !(_tokens.IsPunctuation(i, ',') || _tokens.IsPunctuation(i, '-')
                        || _tokens.IsPunctuation(i, '“') || _tokens.IsPunctuation(i, '”') || _tokens.IsPunctuation(i, '"')))
                {
                    return null;
                }
                if (_tokens.IsPunctuation(i, ',') && IsAgentWord(_tokens.Next(i)))
                {
                    agent = _tokens.Next(i);
                    break;
                }
            }
        }
        if (agent < 0)
        {
            return null;
        }
        var at = _tokens.Next(agent);
        BodyMention? issuer = null;
        if (ReadBody(at) is { } body)
        {
            (issuer, at) = (body.Body, _tokens.Next(body.Last));
        }
        else if (_tokens.IsWord(agent, "do"))
        {
            return null;
        }
        while (at >= 0 && IsAdverb(at) && !_tokens.IsWord(at, "ký"))
        {
            at = _tokens.Next(at);
        }
        var verbEnd = IssuingVerbAt(at);
        // `được BTV Tỉnh ủy ban hành ngày …`: a name the data does not know (capitalized, no document type in it) still leaves
        // the date to read; `được cụ thể hóa bằng Kế hoạch … ban hành ngày` dates another document.
        if (verbEnd < 0 && issuer is null && at >= 0 && (_tokens[at].Kind == TokenKind.Abbreviation || _tokens[at].Has(TokenFlags.Capitalized) || _tokens[at].Has(TokenFlags.AllUpper)))
        {
            for (var k = 0; verbEnd < 0 && k < 6 && at >= 0 && _tokens[at].Kind is TokenKind.Word or TokenKind.Abbreviation
                && !TryTypeWord(at, out _, out _); k++)
            {
                at = _tokens.Next(at);
                verbEnd = IssuingVerbAt(at);
            }
        }
        if (verbEnd < 0)
        {
            return null;
        }
        var dateAt = _tokens.Next(verbEnd);
        if (_tokens.IsWord(dateAt, "vào"))
        {
            dateAt = _tokens.Next(dateAt);
        }
        var date = _tokens.IsWord(dateAt, "ngày") ? ReadDate(_tokens, _tokens.Next(dateAt))?.Date : null;
        return issuer is null && date is null ? null : new IssueClause(date, null, issuer);
    }

    private bool IsAgentWord(int index) => _tokens.IsWord(index, "do") || _tokens.IsWord(index, "được");

    /// <summary>The last token of an issuing verb (`ban hành`, `ký ban hành`, `thông qua`) at <paramref name="index"/>, or -1.</summary>
    private int IssuingVerbAt(int index)
    {
        if (_tokens.IsWord(index, "ký") && _tokens.IsWord(_tokens.Next(index), "ban"))
        {
            index = _tokens.Next(index); // `ký ban hành`
        }
        foreach (var syllables in IssuingVerbs)
        {
            if (_tokens.MatchSyllables(index, syllables) is >= 0 and var end)
            {
                return end;
            }
        }
        return -1;
    }

    private (CitationDate? Date, TextSpan? Dateline) DateBefore(int verb, int sentenceStart)
    {
        for (var i = TokenNavigation.Previous(_tokens.Tokens, verb); i >= sentenceStart; i = TokenNavigation.Previous(_tokens.Tokens, i))
        {
            if (_tokens.IsPunctuation(i, ';') || _tokens.IsPunctuation(i, ':'))
            {
                return default;
            }
            if (!(_tokens.IsWord(i, "ngày") || IsDayPart(i)) || !OpensClause(i))
            {
                continue;
            }
            var first = _tokens.Next(i);
            if (IsDayPart(i) && _tokens.IsWord(first, "ngày"))
            {
                first = _tokens.Next(first); // `Sáng ngày 3/9`
            }
            TextSpan span;
            CitationDate? full = null;
            int last;
            if (ReadDate(_tokens, first) is { } date)
            {
                (full, span, last) = (date.Date, date.Date.Span, date.Last);
            }
            else if (ReadDayMonth(first) is { } day)
            {
                (span, last) = day;
            }
            else
            {
                continue;
            }
            // A subject comes between: `Ngày 5/3/2024, thông qua Báo cáo số …` reads `via the report`, not its adoption.
            var after = _tokens.Next(last);
            if ((_tokens.IsPunctuation(after, ',') ? _tokens.Next(after) : after) == verb)
            {
                return default;
            }
            foreach (var other in _output)
            {
                if (other.Span.Contains(span.Start))
                {
                    return default;
                }
            }
            return full is null ? (null, span) : (full, null);
        }
        return default;
    }

    private bool IsDayPart(int index)
    {
        foreach (var part in DayParts)
        {
            if (_tokens.IsWord(index, part))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>`16/8`, `16-8` or `16 tháng 8`: a real day of the year, written without the year.</summary>
    private (TextSpan Span, int Last)? ReadDayMonth(int index)
    {
        if (index < 0 || _tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }
        var text = _tokens.Paragraph.GetText(_tokens[index]);
        var last = index;
        var mark = text.IndexOfAny('/', '-');
        int day, month;
        if (mark > 0)
        {
            // `16/8`: one or two digits on each side of the mark.
            if (mark > 2 || text.Length - mark - 1 is not (1 or 2) || !TryDigits(text[..mark], out day) || !TryDigits(text[(mark + 1)..], out month))
            {
                return null;
            }
        }
        else if (_tokens.IsPlainNumber(index, out day) && _tokens.IsWord(_tokens.Next(index), "tháng")
            && _tokens.IsPlainNumber(_tokens.Next(_tokens.Next(index)), out month))
        {
            last = _tokens.Next(_tokens.Next(index));
        }
        else
        {
            return null;
        }
        // 2024 is a leap year: 29/2 is a real day of some year.
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month)
            ? (TextSpan.FromBounds(_tokens[index].Start, _tokens[last].End), last)
            : null;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// `Bộ Chính trị ban hành`, `Ban Bí thư đã ban hành`: a body of the data that fills the clause from its start (the
    /// sentence's, or after `,` `;` `:`) up to the verb, adverbs aside. `Bộ Chính trị và Ban Bí thư ban hành` names two
    /// issuers and `Bí thư Tỉnh ủy ký` a person: neither is read.
    /// </summary>
    private BodyMention? SubjectBefore(int verb, int sentenceStart)
    {
        var end = TokenNavigation.Previous(_tokens.Tokens, verb);
        while (end >= sentenceStart && IsAdverb(end))
        {
            end = TokenNavigation.Previous(_tokens.Tokens, end);
        }
        if (end < sentenceStart)
        {
            return null;
        }
        var start = end;
        for (var k = 0; k < 8; k++)
        {
            var before = TokenNavigation.Previous(_tokens.Tokens, start);
            if (start == sentenceStart || _tokens.IsPunctuation(before, ',') || _tokens.IsPunctuation(before, ';') || _tokens.IsPunctuation(before, ':'))
            {
                return ReadBody(start) is { } body && body.Last == end ? body.Body : null;
            }
            if (before < 0 || _tokens[before].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral))
            {
                return null;
            }
            start = before;
        }
        return null;
    }

    private bool IsAdverb(int index)
    {
        foreach (var word in VerbAdverbs)
        {
            if (_tokens.IsWord(index, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>`ngày` (or `vào ngày`) first in its sentence or right after a comma or semicolon.</summary>
    private bool OpensClause(int index)
    {
        var before = TokenNavigation.Previous(_tokens.Tokens, index);
        if (_tokens.IsWord(before, "vào"))
        {
            (index, before) = (before, TokenNavigation.Previous(_tokens.Tokens, before));
        }
        return _tokens.Paragraph.FirstWordOfSentence(index) == index || _tokens.IsPunctuation(before, ',') || _tokens.IsPunctuation(before, ';');
    }

    private readonly record struct Reference(Citation Citation, int Last);

    /// <summary>A symbol, a number with a dangling dash, or a bare number at <paramref name="index"/>.</summary>
    private Reference? ReadReference(int index, bool requireContext, bool allowBare, bool? allowDangling = null)
    {
        if (index < 0)
        {
            return null;
        }
        var token = _tokens[index];
        if (token.Kind == TokenKind.DocumentSymbol)
        {
            if (ReadSplitSymbol(index) is { } split)
            {
                return split;
            }
            if (CitationSymbol.Parse(_tokens.Paragraph.GetString(token)) is not { } symbol)
            {
                return null;
            }
            // `215-QĐ/ ngày …`: the issuer after the slash was left out; the date and body after it still belong to the citation.
            var last = symbol.Issuer is null && _tokens.IsPunctuation(index + 1, '/') ? index + 1 : index;
            return new Reference(new Citation(CitationForm.Symbol, token.Span) { ReferenceSpan = token.Span, Number = symbol.NumberValue, Symbol = symbol }, last);
        }
        if (!_tokens.IsPlainNumber(index, out var number))
        {
            return null;
        }
        if ((ReadDashedSymbol(index) ?? ReadSpacedSymbol(index) ?? ReadSplitSymbol(index)) is { } dashed)
        {
            return dashed;
        }
        // `08-` followed by a space, punctuation or the end: the type and issuer were left out.
        // `2019- 2020` is a badly spaced range, not a symbol; and without `số` only types cited by bare number count.
        if ((allowDangling ?? allowBare) && index + 1 < _tokens.Tokens.Count && IsDash(index + 1) && _tokens[index + 1].Start == token.End
            && (index + 2 >= _tokens.Tokens.Count || !_tokens[index + 2].Kind.IsWordLike())
            && !(_tokens.Next(index + 1) is var after and >= 0 && _tokens[after].Kind == TokenKind.Number))
        {
            var span = TextSpan.FromBounds(token.Start, _tokens[index + 1].End);
            return new Reference(new Citation(CitationForm.DanglingDash, span) { ReferenceSpan = span, Number = number }, index + 1);
        }
        if (!allowBare || (requireContext && !EndsNumber(index)))
        {
            return null;
        }
        return new Reference(new Citation(CitationForm.Number, token.Span) { ReferenceSpan = token.Span, Number = number }, index);
    }

    /// <summary>
    /// `08–QĐi/TW` typed with an en or em dash: the tokenizer splits it, so the pieces glued to the number
    /// are put back together and read as the symbol they were meant to be.
    /// </summary>
    private Reference? ReadDashedSymbol(int index)
    {
        if (!(_tokens.IsPunctuation(index + 1, '–') || _tokens.IsPunctuation(index + 1, '—')) || index + 2 >= _tokens.Tokens.Count
            || _tokens[index + 2].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || _tokens[index + 2].Start != _tokens[index + 1].End)
        {
            return null;
        }
        var last = index;
        var dashes = new List<TextSpan>();
        for (var j = index + 1; j < _tokens.Tokens.Count && _tokens[j].Start == _tokens[j - 1].End; j++)
        {
            var kind = _tokens[j].Kind;
            var glue = _tokens.IsPunctuation(j, '–') || _tokens.IsPunctuation(j, '—');
            if (!(glue || kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.DocumentSymbol
                || _tokens.IsPunctuation(j, '/') || _tokens.IsPunctuation(j, '-')))
            {
                break;
            }
            if (glue)
            {
                dashes.Add(_tokens[j].Span);
            }
            last = j;
        }
        while (_tokens[last].Kind == TokenKind.Punctuation)
        {
            last--; // a trailing `/` or dash belongs to the sentence, not the symbol
        }
        var span = TextSpan.FromBounds(_tokens[index].Start, _tokens[last].End);
        var text = _tokens.Paragraph.Text.Substring(span.Start, span.Length).Replace('–', '-').Replace('—', '-');
        return CitationSymbol.Parse(text) is { Issuer: not null } symbol
            ? new Reference(new Citation(CitationForm.Symbol, span)
            {
                ReferenceSpan = span, Number = symbol.NumberValue, Symbol = symbol, WrongDashes = dashes.Where(d => d.End <= span.End).ToArray(),
            }, last)
            : null;
    }

    /// <summary>
    /// `144 -QĐ/TW`, `144- QĐ/TW`, `144 - QĐ/TW`: a symbol split by spaces around its dash, read as the symbol
    /// when what follows the dash is a known type code and an issuer (`2019 - 2020` is a range, not this).
    /// </summary>
    private Reference? ReadSpacedSymbol(int index)
    {
        var count = _tokens.Tokens.Count;
        var j = index + 1;
        var spaced = false;
        if (j < count && _tokens[j].Kind == TokenKind.Space)
        {
            (spaced, j) = (true, j + 1);
        }
        if (!IsDash(j))
        {
            return null;
        }
        var dash = j++;
        if (j < count && _tokens[j].Kind == TokenKind.Space)
        {
            (spaced, j) = (true, j + 1);
        }
        if (!spaced || j >= count || _tokens[j].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return null;
        }
        var last = j;
        for (var k = j + 1; k < count && _tokens[k].Start == _tokens[k - 1].End
            && (_tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation || _tokens.IsPunctuation(k, '/')); k++)
        {
            last = k;
        }
        while (_tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }
        var rest = _tokens.Paragraph.Text[_tokens[j].Start.._tokens[last].End];
        if (CitationSymbol.Parse($"{_tokens.Paragraph.GetString(_tokens[index])}-{rest}") is not { Issuer: not null, TypeCode: { } code } symbol
            || !_data.Types.IsKnownCode(code, symbol.Layout))
        {
            return null;
        }
        var span = TextSpan.FromBounds(_tokens[index].Start, _tokens[last].End);
        return new Reference(new Citation(CitationForm.Symbol, span)
        {
            ReferenceSpan = span, Number = symbol.NumberValue, Symbol = symbol, SpacedMark = '-',
            WrongDashes = IsDash(dash) && !_tokens.IsPunctuation(dash, '-') ? [_tokens[dash].Span] : [],
        }, last);
    }

    /// <summary>
    /// `342/2016/TT- BTC`, `25/QĐ- UBND`, `07-CT/ TU`, `25 /QĐ-UBND`: a symbol split by one space beside a `-` or `/`
    /// after its number, read as the symbol when the pieces joined make one with a known type code and an issuer.
    /// </summary>
    private Reference? ReadSplitSymbol(int index)
    {
        var count = _tokens.Tokens.Count;
        var text = _tokens.Paragraph.Text;
        var joined = new System.Text.StringBuilder(_tokens.Paragraph.GetString(_tokens[index]));
        char? spacedMark = null;
        var space = -1;
        var last = index;
        for (var j = index + 1; j < count; j++)
        {
            var token = _tokens[j];
            if (token is { Kind: TokenKind.Space, Length: 1 } && spacedMark is null && j + 1 < count)
            {
                // One space, touching a mark on either side: `TT- BTC`, `25 /QĐ`.
                var mark = IsMark(j - 1) ? text[_tokens[j - 1].Start] : IsMark(j + 1) ? text[_tokens[j + 1].Start] : '\0';
                if (mark == '\0' || (IsMark(j - 1) && IsMark(j + 1)))
                {
                    break;
                }
                (spacedMark, space) = (mark == '/' ? '/' : '-', j);
                continue;
            }
            if (token.Start != _tokens[j - 1].End && _tokens[j - 1].Kind != TokenKind.Space
                || !(IsMark(j) || token.Kind is TokenKind.Abbreviation or TokenKind.DocumentSymbol
                    || token.Kind == TokenKind.Word && token.Has(TokenFlags.AllUpper)))
            {
                break;
            }
            joined.Append(text, token.Start, token.Length);
            last = j;
        }
        while (last > index && (IsMark(last) || _tokens[last].Kind == TokenKind.Space))
        {
            last--;
        }
        if (spacedMark is null || space > last
            || CitationSymbol.Parse(joined.ToString().TrimEnd('-', '/')) is not { Issuer: not null, TypeCode: { } code } symbol
            || !_data.Types.IsKnownCode(code, symbol.Layout))
        {
            return null;
        }
        var span = TextSpan.FromBounds(_tokens[index].Start, _tokens[last].End);
        return new Reference(new Citation(CitationForm.Symbol, span)
        {
            ReferenceSpan = span, Number = symbol.NumberValue, Symbol = symbol, SpacedMark = spacedMark,
        }, last);
    }

    private bool IsMark(int index) => _tokens.IsPunctuation(index, '/') || _tokens.IsPunctuation(index, '-');

    private bool IsDash(int index) => _tokens.IsPunctuation(index, '-') || _tokens.IsPunctuation(index, '–') || _tokens.IsPunctuation(index, '—');

    /// <summary>What may follow a number cited without `số`: the end, punctuation, or a citation word (`ngày`, `của`…).</summary>
    private bool EndsNumber(int index)
    {
        if (index + 1 < _tokens.Tokens.Count && !_tokens[index + 1].Kind.IsTrivia() && _tokens[index + 1].Kind != TokenKind.Punctuation)
        {
            return false;
        }
        var next = _tokens.Next(index);
        return next < 0 || _tokens[next].Kind == TokenKind.Punctuation && !_tokens.IsPunctuation(next, '/')
            || _tokens[next].Kind == TokenKind.Word && NumberFollowers.Contains(_tokens.KeyOf(next));
    }

    /// <summary>`, 27` or `và 27-NQ/TW` after a list item: the next item, of the same form.</summary>
    private Reference? ListContinuation(int last, CitationForm form)
    {
        var separator = _tokens.Next(last);
        if (separator < 0 || !(_tokens.IsPunctuation(separator, ',') || _tokens.IsWord(separator, "và")))
        {
            return null;
        }
        var next = _tokens.Next(separator);
        if (_tokens.IsWord(next, "và"))
        {
            next = _tokens.Next(next);
        }
        var item = ReadReference(next, requireContext: true, allowBare: form == CitationForm.Number);
        return item is { } reference && (reference.Citation.Form == form || form != CitationForm.Number && reference.Citation.Form == CitationForm.Symbol)
            ? reference : null;
    }

    /// <summary>`Nghị quyết [Hội nghị] Trung ương 4 [(khóa XII)]`.</summary>
    private int? TryConventional(TextSpan typeSpan, DocumentType type, int index)
    {
        if (_tokens.IsWord(index, "hội") && _tokens.IsWord(_tokens.Next(index), "nghị"))
        {
            index = _tokens.Next(_tokens.Next(index));
            if (_tokens.IsWord(index, "lần") && _tokens.IsWord(_tokens.Next(index), "thứ"))
            {
                return TryFormalConventional(typeSpan, type, _tokens.Next(_tokens.Next(index)));
            }
        }
        var markerEnd = CentralMarkerEnd(index);
        var numberIndex = markerEnd < 0 ? -1 : _tokens.Next(markerEnd);
        if (numberIndex < 0 || !_tokens.IsPlainNumber(numberIndex, out var plenum) || plenum is < 1 or > 30)
        {
            return null;
        }
        var reference = _tokens[numberIndex].Span;
        var citation = new Citation(CitationForm.Conventional, TextSpan.FromBounds(typeSpan.Start, reference.End))
        {
            Type = type, TypeSpan = typeSpan, ReferenceSpan = reference, Number = plenum, Plenum = plenum, PlenumSpan = reference,
        };
        return AddConventional(citation, numberIndex);
    }

    private int CentralMarkerEnd(int index)
    {
        foreach (var marker in CentralMarkers)
        {
            if (_tokens.MatchSyllables(index, marker) is >= 0 and var end)
            {
                return end;
            }
        }
        return -1;
    }

    /// <summary>
    /// Adds a conventional name with its tails. `Nghị quyết Trung ương 4 (khóa XII) số 04-NQ/TW`: a symbol after `số` makes it
    /// the citation of that symbol, the plenum and term kept to be checked against it.
    /// </summary>
    private int AddConventional(Citation conventional, int last)
    {
        (conventional, last) = ParseTails(conventional, last);
        var sign = _tokens.Next(last);
        if (_tokens.IsWord(sign, "số") && ReadReference(_tokens.Next(sign), requireContext: false, allowBare: false) is
            { Citation: { Form: CitationForm.Symbol, Symbol.Issuer: not null } symbol } reference)
        {
            (conventional, last) = ParseTails(symbol with
            {
                Span = TextSpan.FromBounds(conventional.Span.Start, symbol.Span.End), Type = conventional.Type, TypeSpan = conventional.TypeSpan,
                NumberSign = _tokens[sign].Span, Plenum = conventional.Plenum, PlenumSpan = conventional.PlenumSpan,
                Date = conventional.Date, Body = conventional.Body, Terms = conventional.Terms,
            }, reference.Last);
        }
        Add(conventional);
        return last;
    }

    /// <summary>`Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII` (from the ordinal on).</summary>
    private int? TryFormalConventional(TextSpan typeSpan, DocumentType type, int index)
    {
        if (Ordinals.Read(_tokens, index) is not { } ordinal || ReadCentralBody(_tokens.Next(ordinal.Last)) is not { } body)
        {
            return null;
        }
        var reference = TextSpan.FromBounds(_tokens[index].Start, _tokens[ordinal.Last].End);
        var citation = new Citation(CitationForm.Conventional, TextSpan.FromBounds(typeSpan.Start, body.Body.Span.End))
        {
            Type = type, TypeSpan = typeSpan, ReferenceSpan = reference, Number = ordinal.Value, Plenum = ordinal.Value, PlenumSpan = reference,
            Body = body.Body,
        };
        return AddConventional(citation, body.Last);
    }

    /// <summary>
    /// The plenum after a symbol, `của` optional: `Hội nghị lần thứ tư Ban Chấp hành Trung ương [Đảng]`, `Hội nghị Trung ương 4`,
    /// `Hội nghị Trung ương lần thứ tư`, `Hội nghị Ban Chấp hành Trung ương lần thứ tư`. A plenum of a local committee is not read.
    /// </summary>
    private (int Value, TextSpan Span, BodyMention? Body, int Last)? ReadPlenum(int index)
    {
        var start = _tokens.IsWord(index, "của") ? _tokens.Next(index) : index;
        if (!_tokens.IsWord(start, "hội") || !_tokens.IsWord(_tokens.Next(start), "nghị"))
        {
            return null;
        }
        var at = _tokens.Next(_tokens.Next(start));
        var ordinalAt = AfterLanThu(at);
        if (ordinalAt >= 0)
        {
            return Ordinals.Read(_tokens, ordinalAt) is { Value: >= 1 and <= 30 } ordinal && ReadCentralBody(_tokens.Next(ordinal.Last)) is { } body
                ? (ordinal.Value, TextSpan.FromBounds(_tokens[ordinalAt].Start, _tokens[ordinal.Last].End), body.Body, body.Last)
                : null;
        }
        // `Hội nghị Ban Chấp hành Trung ương lần thứ tư`, or `Hội nghị Trung ương` with a number or `lần thứ`.
        var named = ReadCentralBody(at);
        if (named is { Body.Body.Generic: true })
        {
            named = null;
        }
        var markerEnd = named?.Last ?? CentralMarkerEnd(at);
        if (markerEnd < 0)
        {
            return null;
        }
        var next = _tokens.Next(markerEnd);
        ordinalAt = AfterLanThu(next);
        // A word ordinal only after `lần thứ`: `Hội nghị Trung ương năm 2016` names no plenum.
        var read = ordinalAt >= 0 ? Ordinals.Read(_tokens, ordinalAt)
            : named is null && _tokens.IsPlainNumber(next, out var number) ? (number, next) : null;
        if (read is not { Value: >= 1 and <= 30 } plenum)
        {
            return null;
        }
        var first = ordinalAt >= 0 ? ordinalAt : next;
        // `Hội nghị Trung ương` is itself a name of the Ban Chấp hành Trung ương.
        return (plenum.Value, TextSpan.FromBounds(_tokens[first].Start, _tokens[plenum.Last].End), named?.Body ?? ReadCentralBody(start)?.Body, plenum.Last);
    }

    /// <summary>The token after `lần thứ` at <paramref name="index"/>, or -1.</summary>
    private int AfterLanThu(int index) =>
        _tokens.IsWord(index, "lần") && _tokens.IsWord(_tokens.Next(index), "thứ") ? _tokens.Next(_tokens.Next(index)) : -1;

    /// <summary>A central Party body (`Ban Chấp hành Trung ương Đảng`) at <paramref name="index"/>.</summary>
    private (BodyMention Body, int Last)? ReadCentralBody(int index) =>
        ReadBody(index) is { } body && body.Body.Body.Code.Equals("TW", StringComparison.OrdinalIgnoreCase) ? body : null;

    /// <summary>Optional parts after the reference, in any order: `ngày …`, `của …`, `khóa …`, `(khóa …)`, `[của] Hội nghị Trung ương 4`.</summary>
    private (Citation Citation, int Last) ParseTails(Citation citation, int last)
    {
        var progress = true;
        while (progress)
        {
            progress = false;
            var next = _tokens.Next(last);
            if (next < 0)
            {
                break;
            }
            if (citation.Date is null && _tokens.IsPunctuation(next, ',') && _tokens.IsWord(_tokens.Next(next), "ngày"))
            {
                next = _tokens.Next(next); // `Chỉ thị số 05-CT/TW, ngày 15/5/2016`
            }
            if (citation.Date is null && _tokens.IsWord(next, "ngày") && ReadDate(_tokens, _tokens.Next(next)) is { } date)
            {
                citation = citation with { Date = date.Date };
                (last, progress) = (date.Last, true);
            }
            else if (citation.Plenum is null && ReadPlenum(next) is { } plenum)
            {
                citation = citation with { Plenum = plenum.Value, PlenumSpan = plenum.Span, Body = citation.Body ?? plenum.Body };
                (last, progress) = (plenum.Last, true);
            }
            else if (citation.Body is null && _tokens.IsWord(next, "của") && !InClosingFormula(next) && ReadBody(_tokens.Next(next)) is { } body)
            {
                citation = citation with { Body = body.Body };
                (last, progress) = (body.Last, true);
            }
            else if (citation.Terms.Count == 0 && ReadTerms(next) is { } terms)
            {
                citation = citation with { Terms = terms.Terms };
                (last, progress) = (terms.Last, true);
            }
        }
        var end = _tokens[last].End;
        return (citation with { Span = TextSpan.FromBounds(citation.Span.Start, Math.Max(end, citation.Span.End)) }, last);
    }

    /// <summary>
    /// `Trên đây là Báo cáo … thực hiện Nghị quyết số 21-NQ/TW của Ban Thường vụ Huyện ủy`: the closing formula
    /// names the report's own author after `của`, not the cited document's issuer.
    /// </summary>
    private bool InClosingFormula(int index) =>
        _tokens.Paragraph.FirstWordOfSentence(index) is >= 0 and var first && _tokens.IsWord(first, "trên") && _tokens.IsWord(_tokens.Next(first), "đây");

    /// <summary>`25/10/2018`, `25-10-2018`, `25.10.2018` or `25 tháng 10 năm 2018`.</summary>
    internal static (CitationDate Date, int Last)? ReadDate(CitationTokens tokens, int index)
    {
        if (index < 0 || tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }
        var text = tokens.Paragraph.GetText(tokens[index]);
        var parts = new int[3];
        var count = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                continue;
            }
            if (count == 3 || i == start || i - start > 4 || (i < text.Length && text[i] is not ('/' or '-' or '.')))
            {
                count = -1;
                break;
            }
            parts[count++] = int.Parse(text[start..i], System.Globalization.CultureInfo.InvariantCulture);
            start = i + 1;
        }
        if (count == 3 && parts[2] >= 1000)
        {
            return (new CitationDate(tokens[index].Span, parts[0], parts[1], parts[2]), index);
        }
        if (count == 1 && tokens.IsWord(tokens.Next(index), "tháng"))
        {
            var month = tokens.Next(tokens.Next(index));
            var yearWord = month < 0 ? -1 : tokens.Next(month);
            var year = yearWord < 0 ? -1 : tokens.Next(yearWord);
            if (tokens.IsPlainNumber(month, out var m) && tokens.IsWord(yearWord, "năm") && tokens.IsPlainNumber(year, out var y) && y >= 1000)
            {
                return (new CitationDate(TextSpan.FromBounds(tokens[index].Start, tokens[year].End), parts[0], m, y), year);
            }
        }
        return null;
    }

    /// <summary>The longest issuing body name of the data at <paramref name="index"/>.</summary>
    private (BodyMention Body, int Last)? ReadBody(int index)
    {
        if (index < 0 || _tokens[index].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return null;
        }
        foreach (var (syllables, body) in _data.Issuers.BodiesStartingWith(_tokens.KeyOf(index)))
        {
            var end = _tokens.MatchSyllables(index, syllables);
            if (end >= 0)
            {
                return (new BodyMention(TextSpan.FromBounds(_tokens[index].Start, _tokens[end].End), body), end);
            }
        }
        return null;
    }

    /// <summary>`khóa XII`, `(khóa XI, XII)`.</summary>
    private (IReadOnlyList<TermMention> Terms, int Last)? ReadTerms(int index)
    {
        var open = _tokens.IsPunctuation(index, '(');
        var word = open ? _tokens.Next(index) : index;
        if (!IsTermWord(word))
        {
            return null;
        }
        var terms = new List<TermMention>();
        var last = word;
        var next = _tokens.Next(word);
        while (next >= 0 && _tokens[next].Kind == TokenKind.RomanNumeral)
        {
            terms.Add(new TermMention(_tokens[next].Span, _tokens.Paragraph.GetString(_tokens[next])));
            last = next;
            var separator = _tokens.Next(next);
            if (!(_tokens.IsPunctuation(separator, ',') || _tokens.IsWord(separator, "và")))
            {
                break;
            }
            next = _tokens.Next(separator);
        }
        if (terms.Count == 0)
        {
            return null;
        }
        if (open && _tokens.IsPunctuation(_tokens.Next(last), ')'))
        {
            last = _tokens.Next(last);
        }
        return (terms, last);
    }

    private bool IsTermWord(int index) => _tokens.IsWord(index, "khóa") || _tokens.IsWord(index, "khoá");

    /// <summary>
    /// `Nghị quyết số 18, 19 ngày 25/10/2017 của …`: the date, body and term after a list usually describe every
    /// item, so they help tell which documents the earlier numbers are. They are used for that only: the
    /// checks read an item's own parts, so a list of documents with different dates is never reported.
    /// </summary>
    private void AddList(List<Citation> items)
    {
        var tail = items[^1];
        foreach (var citation in items)
        {
            var own = citation.Date is not null || citation.Body is not null || citation.Terms.Count > 0;
            var document = _data.Resolver.Resolve(own ? citation : citation with { Date = tail.Date, Body = tail.Body, Terms = tail.Terms });
            _output.Add(citation with { Document = document, ListDate = own ? null : tail.Date });
        }
    }

    private void Add(Citation citation) => _output.Add(citation with { Document = _data.Resolver.Resolve(citation) });
}
