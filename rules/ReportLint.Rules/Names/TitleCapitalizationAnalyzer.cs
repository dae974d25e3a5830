using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6002: a title before a person's name or a specific body written in lower case
/// (`bí thư Tỉnh ủy`, `phó bí thư Huyện ủy`, `phó Chủ tịch UBND tỉnh`, `chủ tịch Hội LHPN xã`). A title before a common
/// noun (`bí thư chi bộ`, `bí thư cấp ủy`) is generic and not checked.
/// </summary>
public sealed class TitleCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6002", "title-capitalization",
        new("Viết hoa chức danh chưa đúng", "Title capitalization"),
        new("Chức danh “{0}” đứng trước tên riêng hoặc tên cơ quan cụ thể phải viết “{1}”",
            "The title “{0}” before a name or a specific body is written “{1}”"),
        RuleFamily.Names, ReportSeverity.Warning, FixSafety.Unsafe);

    // A lower-case title may follow these words; after others (`thủ trưởng`, `tăng trưởng`) it is part of another word.
    private static readonly string[] Before =
        ["chí", "là", "làm", "kiêm", "nguyên", "giữ", "và", "hoặc", "các", "ông", "bà", "anh", "chị", "cử", "bầu", "nhiệm", "với", "của", "cho", "tân", "do", "theo", "gửi", "thay", "đến"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var tables = NameTables.Get(context.Options.Data);
        var titles = tables.TitlesIn(paragraph);
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (titles.At(i) is not { } match)
            {
                continue;
            }
            i = match.LastToken;
            var initial = NameContext.IsInitial(paragraph, match.FirstToken);
            var previous = TokenNavigation.Previous(paragraph.Tokens, match.FirstToken);
            if ((!initial && paragraph.Tokens[previous].Kind == TokenKind.Word && !TokenNavigation.IsWordIn(paragraph, previous, Before))
                || NamesACountedGroup(paragraph, previous) || GenericPost.At(paragraph, match))
            {
                continue;
            }
            if (!(BeforeSpecificName(paragraph, match.LastToken + 2, tables) || BeforeBodyAbbreviation(paragraph, match, tables)
                    || IsLowerDeputyOfCapitalTitle(paragraph, match))
                || CaseCheck.Corrections(paragraph, match, initial) is not { Count: > 0 } edits)
            {
                continue;
            }
            var span = CaseCheck.SpanOf(paragraph, match);
            var corrected = CaseCheck.Corrected(paragraph, span, edits);
            context.Report(Rule, span, CaseCheck.Fix(corrected, edits), CaseCheck.Written(paragraph, span), corrected);
        }
    }

    /// <summary>
    /// `15 đồng chí ủy viên Ban Chấp hành`, `gồm 15 ủy viên Ban Chấp hành`, `15 đại biểu đương nhiên là ủy viên Ban Chấp hành`,
    /// `các ủy viên Ban Chấp hành`, `hai đồng chí ủy viên Ban Thường vụ`: a title after a count or a plural says what the
    /// people counted are, a generic use left in lower case, even before a specific body. A count of one
    /// (`1 đảng viên là Phó Chủ tịch Ủy ban nhân dân xã Tân Lập`) names the one holder of a specific office, and a
    /// number after `ngày`, `năm`… is a date, no count: the title is checked.
    /// </summary>
    private static bool NamesACountedGroup(Paragraph paragraph, int previous)
    {
        var tokens = paragraph.Tokens;
        var said = TokenNavigation.IsWord(paragraph, previous, "là");
        var i = said ? TokenNavigation.Previous(tokens, previous) : previous;
        // After `là` the counted noun may run long (`đại biểu đương nhiên`); right before the title it is a word or two (`đồng chí`).
        var maxWords = said ? MaxWordsBackToCount : MaxWordsOfCountedNoun;
        for (var words = 0; i >= 0 && words <= maxWords; words++, i = TokenNavigation.Previous(tokens, i))
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                return paragraph.GetText(tokens[i]) is not ("1" or "01")
                    && !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, i), NotCounts);
            }
            // A capital other than a sentence's is a name's (`ông Lê Văn Ba`), no count.
            if (TokenNavigation.IsWordIn(paragraph, i, Several) && (!tokens[i].Has(TokenFlags.Capitalized) || NameContext.IsInitial(paragraph, i)))
            {
                return true;
            }
            if (tokens[i].Kind != TokenKind.Word || words == maxWords || TokenNavigation.IsWordIn(paragraph, i, ["và", "hoặc"]))
            {
                return false;
            }
        }
        return false;
    }

    // Words that count several holders as a number does (`các ủy viên Ban Chấp hành`, `hai đồng chí ủy viên Ban Thường vụ`).
    // Not `từng`, which also means "once" (`đã từng là ủy viên Ban Thường vụ Tỉnh ủy` names one holder), nor `một`.
    private static readonly string[] Several =
        ["các", "những", "mọi", "mỗi", "nhiều", "vài", "số", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    // A number after these words is a date or an ordinal, not how many people hold the title.
    private static readonly string[] NotCounts = ["ngày", "tháng", "năm", "quý", "khóa", "số", "lần", "thứ"];

    private const int MaxWordsOfCountedNoun = 2;

    private const int MaxWordsBackToCount = 6;

    /// <summary>
    /// An abbreviated body (`phó chủ tịch UBND tỉnh`, `bí thư ĐU xã`, `chủ tịch Hội LHPN`). Its capitals say nothing about the
    /// writer's intent, so a plural before the title or after the body makes it generic.
    /// </summary>
    private static bool BeforeBodyAbbreviation(Paragraph paragraph, PhraseMatch title, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        var index = title.LastToken + 2;
        return index < tokens.Count && TokenNavigation.IsGap(tokens[index - 1])
            && AbbreviatedBody.At(paragraph, index, tables) is { } last
            && !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, title.FirstToken), NameContext.Plural)
            && !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, last), NameContext.Plural);
    }

    /// <summary>
    /// `phó Giám đốc`, `phó Trưởng ban`: the writer capitalized the title, so they meant the title of one person, whatever
    /// follows (`phó Giám đốc Trung tâm …`), and the lower-case `phó` is a slip. A plural before it (`các phó Chủ tịch`)
    /// speaks of the post in general.
    /// </summary>
    private static bool IsLowerDeputyOfCapitalTitle(Paragraph paragraph, PhraseMatch title)
    {
        var tokens = paragraph.Tokens;
        var syllables = title.Phrase.Syllables;
        if (syllables.Length < 2 || !syllables[0].Canonical.Equals("Phó", StringComparison.Ordinal) || !syllables[1].UpperFirst
            || tokens[title.FirstToken].Has(TokenFlags.Capitalized))
        {
            return false;
        }
        var second = tokens[title.TokenOf(1)];
        return second.Has(TokenFlags.Capitalized) && !NameContext.IsAllCaps(second)
            && !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, title.FirstToken), NameContext.Plural);
    }

    /// <summary>A capitalized body name or complement (`Tỉnh ủy`, `Ban Tổ chức`, `Trung ương`) or two capitalized words (a person).</summary>
    private static bool BeforeSpecificName(Paragraph paragraph, int index, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        if (index >= tokens.Count || !TokenNavigation.IsGap(tokens[index - 1]) || tokens[index].Kind != TokenKind.Word
            || !tokens[index].Has(TokenFlags.Capitalized) || NameContext.IsAllCaps(tokens[index]))
        {
            return false;
        }
        if (tables.Bodies.Match(paragraph, index) is not null || tables.Complements.Match(paragraph, index) is not null)
        {
            return true;
        }
        // `Trung tâm Y tế huyện`, `Chi cục Thuế`: the head of a body's proper name before its capitalized name.
        if (tables.NameHeads.Match(paragraph, index) is { } head && head.LastToken + 2 < tokens.Count
            && TokenNavigation.IsWordGap(tokens[head.LastToken + 1]) && tokens[head.LastToken + 2].Kind == TokenKind.Word
            && tokens[head.LastToken + 2].Has(TokenFlags.Capitalized) && !NameContext.IsAllCaps(tokens[head.LastToken + 2]))
        {
            return true;
        }
        // `Công an xã`, `Quân sự phường`: a capitalized field and the unit it serves name that unit's body.
        if (index + 4 < tokens.Count && TokenNavigation.IsGap(tokens[index + 1]) && tokens[index + 2] is { Kind: TokenKind.Word } second
            && !second.Has(TokenFlags.Capitalized) && TokenNavigation.IsGap(tokens[index + 3]) && tables.Units.Match(paragraph, index + 4) is not null)
        {
            return true;
        }
        return index + 2 < tokens.Count && TokenNavigation.IsGap(tokens[index + 1]) && tokens[index + 2].Kind == TokenKind.Word
            && tokens[index + 2].Has(TokenFlags.Capitalized);
    }
}
