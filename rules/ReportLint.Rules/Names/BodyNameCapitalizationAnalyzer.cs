using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6001: the name of a body written with the wrong capitals (`Ban thường vụ Huyện ủy`,
/// `sở Tài chính`, `Ủy ban nhân dân Huyện`). A phrase counts as a name when a word after its first
/// is capitalized, when its first word is capitalized outside a sentence start (or at one, for a head
/// with its own committee: `Thường trực huyện ủy`), when an administrative unit after it is
/// capitalized, when the body is unique (`Bộ Chính trị`), or when a body every unit has is followed by
/// one unit (`ủy ban nhân dân huyện`); `các ban thường vụ` in lower case is a generic use and stays silent.
/// A lower-case first word that ends a word begun before it (`trưởng thành Đoàn`, `đại hội Nông dân`) opens no name,
/// and a last word that begins a word after it (`đảng Ủy ban`) ends none.
/// </summary>
public sealed class BodyNameCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6001", "body-name-capitalization",
        new("Viết hoa tên cơ quan chưa đúng", "Body name capitalization"),
        new("Tên cơ quan “{0}” viết hoa chưa đúng: viết “{1}”", "The body name “{0}” is not capitalized correctly: write “{1}”"),
        RuleFamily.Names, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    // `Tiểu ban Tổ chức`, `Chi hội Cựu chiến binh` are bodies of their own, not `ban Tổ chức`, `hội Cựu chiến binh` miswritten.
    private static readonly string[] SubBodyPrefixes = ["tiểu", "phân", "chi"];

    // `Tỉnh ủy` after a body is a committee, not the unit `tỉnh`.
    private static readonly string[] Committee = ["ủy", "uỷ"];

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tables = NameTables.Get(context.Options.Data);
        var bodies = tables.BodiesIn(paragraph);
        SpellingData? spelling = null;
        AfterTitles(context, tables);
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (bodies.At(i) is not { } match || StartsInsideWord(paragraph, match, tables, spelling ??= SpellingData.Get(context.Options))
                || NameContext.ContinuesIntoWordAfter(paragraph, match.LastToken, spelling))
            {
                continue;
            }
            i = match.LastToken;
            if (TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, match.FirstToken), SubBodyPrefixes))
            {
                continue;
            }
            var initial = NameContext.IsInitial(paragraph, match.FirstToken);
            var unit = CapitalizedUnit(paragraph, match, tables);
            var meantAsName = match.Phrase.Unique || unit is not null || CaseCheck.HasInnerCapital(paragraph, match)
                || (paragraph.Tokens[match.FirstToken].Has(TokenFlags.Capitalized)
                    && (!initial || NamesOneCommittee(paragraph, match, tables) || BeforeCapitalizedBody(paragraph, match, tables)))
                || NamesTheBodyOfOneUnit(paragraph, match, tables);
            if (!meantAsName || CaseCheck.Corrections(paragraph, match, initial) is not { } edits)
            {
                continue;
            }
            if (AfterCompoundTitle(paragraph, match, tables))
            {
                RemoveEditAt(edits, paragraph.Tokens[match.FirstToken].Start);
            }
            var span = CaseCheck.SpanOf(paragraph, match);
            if (unit is { } after && CaseCheck.Corrections(paragraph, after, initial: false) is { } unitEdits)
            {
                edits.AddRange(unitEdits);
                span = TextSpan.FromBounds(span.Start, CaseCheck.SpanOf(paragraph, after).End);
                i = after.LastToken;
            }
            if (edits.Count > 0)
            {
                Report(context, span, edits, TitleBefore(paragraph, match, tables));
            }
        }
    }

    /// <summary>
    /// Drops the edit of the head after a compound title. A method of its own: a lambda in the token loop capturing
    /// `match` allocated a closure at every token of every paragraph (≈13 MB per MB of text).
    /// </summary>
    private static void RemoveEditAt(List<TextEdit> edits, int start) => edits.RemoveAll(edit => edit.Span.Start == start);

    /// <summary>
    /// `Phó trưởng ban Tuyên giáo`: a title the writer capitalized right before the body names its holder, so the fix
    /// gives the title its capitals too (`Phó Trưởng Ban Tuyên giáo`, DOMAIN §7) rather than leave `Phó trưởng Ban`.
    /// A title in lower case (`phó Trưởng`) or before a capitalized head is RL6002's, and a plural before it
    /// (`các Phó trưởng ban`) keeps it generic.
    /// </summary>
    private static (PhraseMatch Title, List<TextEdit> Edits)? TitleBefore(Paragraph paragraph, PhraseMatch body, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        // Before a capitalized head (`Phó trưởng Ban tuyên giáo`) RL6002 mends the title itself.
        if (body.FirstToken < 2 || !TokenNavigation.IsWordGap(tokens[body.FirstToken - 1]) || tokens[body.FirstToken].Has(TokenFlags.Capitalized))
        {
            return null;
        }
        var titles = tables.TitlesIn(paragraph);
        // The longest title ending right before the body: `Phó Trưởng`, not the `Trưởng` inside it.
        for (var start = Math.Max(0, body.FirstToken - 2 * tables.Titles.MaxSyllables); start <= body.FirstToken - 2; start++)
        {
            if (titles.At(start) is not { } title || title.LastToken != body.FirstToken - 2)
            {
                continue;
            }
            if (!tokens[start].Has(TokenFlags.Capitalized)
                || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, start), NameContext.Plural)
                || CaseCheck.Corrections(paragraph, title, NameContext.IsInitial(paragraph, start)) is not { Count: > 0 } edits)
            {
                return null;
            }
            return (title, edits);
        }
        return null;
    }

    /// <summary>
    /// `trưởng thành Đoàn`, `cán bộ Tư pháp`: the body's first word ends a word begun before it, so no name starts
    /// there. A title before a head (`Trưởng ban Tuyên giáo`) is the exception: the title precedes a body, written
    /// `Trưởng Ban Tuyên giáo`.
    /// </summary>
    private static bool StartsInsideWord(Paragraph paragraph, PhraseMatch body, NameTables tables, SpellingData spelling)
    {
        var first = body.FirstToken;
        if (!NameContext.ContinuesWordBefore(paragraph, first, spelling))
        {
            return false;
        }
        var afterTitle = tables.HeadFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(paragraph.GetText(paragraph.Tokens[first]))
            && tables.TitleLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(paragraph.GetText(paragraph.Tokens[first - 2]));
        // `Phó Trưởng ban Thường trực`: `Thường trực` qualifies the deputy's title; it opens no `Ban Thường trực`.
        return !afterTitle || body.Phrase.Text.EndsWith(" " + TitleQualifier, StringComparison.Ordinal);
    }

    private const string TitleQualifier = "Thường trực";

    /// <summary>
    /// `Trưởng phòng Nội vụ`: State offices write the head of a department as one title (data `compoundTitles`), so
    /// the head's lower case is right there; the rest of the name is still checked (`Trưởng phòng văn hóa và Thông tin`).
    /// </summary>
    private static bool AfterCompoundTitle(Paragraph paragraph, PhraseMatch body, NameTables tables) =>
        body.FirstToken >= 2 && tables.CompoundTitles.Match(paragraph, body.FirstToken - 2) is { } title && title.LastToken == body.FirstToken;

    /// <summary>
    /// `Ủy ban nhân dân Huyện`: an administrative unit right after the body, capitalized with no name or
    /// number after it (`Phường Nguyễn Du`, `Quận 1` are names of their own). It belongs in lower case,
    /// and its capital says that the writer meant the name.
    /// </summary>
    private static PhraseMatch? CapitalizedUnit(Paragraph paragraph, PhraseMatch body, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        var index = body.LastToken + 2;
        if (index >= tokens.Count || !TokenNavigation.IsWordGap(tokens[index - 1])
            || !tokens[index].Has(TokenFlags.Capitalized) || NameContext.IsAllCaps(tokens[index])
            || tables.Units.Match(paragraph, index) is not { } unit)
        {
            return null;
        }
        var next = unit.LastToken + 2;
        var named = next < tokens.Count && TokenNavigation.IsGap(tokens[next - 1])
            && (tokens[next].Kind is TokenKind.Number or TokenKind.RomanNumeral || tokens[next].Has(TokenFlags.Capitalized)
                || TokenNavigation.IsWordIn(paragraph, next, Committee));
        return named ? null : unit;
    }

    /// <summary>
    /// `ủy ban nhân dân huyện`: a body every unit has, followed by one unit, names that unit's body;
    /// `đảng ủy xã Phiêng Luông`: any body followed by a unit and its name names that one body.
    /// `các ủy ban nhân dân xã`, `ủy ban nhân dân huyện, xã` and `đảng ủy xã A và B` are generic.
    /// </summary>
    private static bool NamesTheBodyOfOneUnit(Paragraph paragraph, PhraseMatch match, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        var next = match.LastToken + 2;
        if (TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, match.FirstToken), NameContext.Plural)
            || next >= tokens.Count || !TokenNavigation.IsGap(tokens[next - 1]) || tokens[next].Has(TokenFlags.Capitalized)
            || tables.Units.Match(paragraph, next) is not { } unit)
        {
            return false;
        }
        var after = TokenNavigation.Next(tokens, unit.LastToken);
        if (after == unit.LastToken + 2 && IsName(tokens, after))
        {
            return !StartsAList(paragraph, after);
        }
        if (!tables.BodiesOfEveryUnit.Contains(match.Phrase.Text))
        {
            return false;
        }
        var listed = TokenNavigation.IsPunctuation(paragraph, after, ',') || TokenNavigation.IsWord(paragraph, after, "và")
            || TokenNavigation.IsDash(paragraph, after) || TokenNavigation.IsPunctuation(paragraph, after, '/');
        var levelAfter = listed ? TokenNavigation.Next(tokens, after) : -1;
        return levelAfter < 0 || tables.Units.Match(paragraph, levelAfter) is null;
    }

    private static bool IsName(TokenList tokens, int index) =>
        index >= 0 && tokens[index].Kind == TokenKind.Word && tokens[index].Has(TokenFlags.Capitalized) && !NameContext.IsAllCaps(tokens[index]);

    /// <summary>The name at <paramref name="index"/> is the first of several (`Phiêng Luông, Pá Hu`, `A và B`).</summary>
    private static bool StartsAList(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var end = index;
        while (end + 2 < tokens.Count && tokens[end + 1].Kind is TokenKind.Space or TokenKind.LineBreak && IsName(tokens, end + 2))
        {
            end += 2;
        }
        var after = TokenNavigation.Next(tokens, end);
        return (TokenNavigation.IsPunctuation(paragraph, after, ',') || TokenNavigation.IsWord(paragraph, after, "và"))
            && IsName(tokens, TokenNavigation.Next(tokens, after));
    }

    /// <summary>
    /// `Thường trực huyện ủy` at a sentence start: a head with a committee that is a body of its own
    /// names that one body, so the capital counts; a list of committees (`Thường trực huyện ủy, thành ủy`)
    /// reads as generic.
    /// </summary>
    private static bool NamesOneCommittee(Paragraph paragraph, PhraseMatch match, NameTables tables)
    {
        if (!match.Phrase.NamesOneCommittee)
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, match.LastToken);
        if (!TokenNavigation.IsPunctuation(paragraph, next, ',') && !TokenNavigation.IsWord(paragraph, next, "và"))
        {
            return true;
        }
        var after = TokenNavigation.Next(tokens, next);
        return after < 0 || tables.Complements.Match(paragraph, after) is null;
    }

    /// <summary>
    /// `Ban thường vụ Hội Nông dân huyện`, `Ủy ban kiểm tra ĐU xã` at a sentence start: a capitalized or abbreviated body right
    /// after the phrase says whose body it is, so the phrase is that body's name although its capital is the sentence's.
    /// </summary>
    private static bool BeforeCapitalizedBody(Paragraph paragraph, PhraseMatch match, NameTables tables)
    {
        var next = match.LastToken + 2;
        return next < paragraph.Tokens.Count && paragraph.Tokens[next - 1].Kind is TokenKind.Space or TokenKind.LineBreak
            && ((IsName(paragraph.Tokens, next) && tables.Bodies.Match(paragraph, next) is not null) || AbbreviatedBody.At(paragraph, next, tables) is not null);
    }

    /// <summary>
    /// `Bí thư huyện ủy`: a committee right after a capitalized title names that one committee, so
    /// it is capitalized too (a plural before the title makes it generic).
    /// </summary>
    private static void AfterTitles(ParagraphAnalysisContext context, NameTables tables)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        var titles = tables.TitlesIn(paragraph);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (titles.At(i) is not { } title)
            {
                continue;
            }
            i = title.LastToken;
            var next = title.LastToken + 2;
            if (!tokens[title.FirstToken].Has(TokenFlags.Capitalized)
                || (NameContext.IsInitial(paragraph, title.FirstToken) && !CaseCheck.HasInnerCapital(paragraph, title))
                || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, title.FirstToken), NameContext.Plural)
                || next >= tokens.Count || !TokenNavigation.IsGap(tokens[next - 1])
                || tables.Complements.Match(paragraph, next) is not { } committee
                || tokens[next].Has(TokenFlags.Capitalized) || CaseCheck.HasInnerCapital(paragraph, committee) // the name loop's case
                || CaseCheck.Corrections(paragraph, committee, initial: false) is not { Count: > 0 } edits)
            {
                continue;
            }
            Report(context, CaseCheck.SpanOf(paragraph, committee), edits);
        }
    }

    /// <summary>Reports the body; the fix also mends the title before it when there is one to mend (<see cref="TitleBefore"/>).</summary>
    private static void Report(ParagraphAnalysisContext context, TextSpan span, List<TextEdit> edits,
        (PhraseMatch Title, List<TextEdit> Edits)? title = null)
    {
        var paragraph = context.Paragraph;
        var corrected = CaseCheck.Corrected(paragraph, span, edits);
        var fix = CaseCheck.Fix(corrected, edits);
        if (title is { } before)
        {
            var whole = TextSpan.FromBounds(paragraph.Tokens[before.Title.FirstToken].Start, span.End);
            var allEdits = before.Edits.Concat(edits).ToArray();
            fix = CaseCheck.Fix(CaseCheck.Corrected(paragraph, whole, allEdits), allEdits);
        }
        context.Report(Rule, span, fix, CaseCheck.Written(paragraph, span), corrected);
    }
}
