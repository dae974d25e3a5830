using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>
/// What one paragraph tells about the draft's articles: an article heading (`Điều 3. Title`), a clause (`2. …`), a point
/// (`c) …`), a chapter line (`Chương II`), a title naming the document (`QUY CHẾ LÀM VIỆC`), and its references.
/// </summary>
internal sealed record ArticleLine(ArticleLine.Kind Of, int Number, string? Label, List<ArticleReference>? References)
{
    /// <summary>The paragraph amends or quotes another text: a clause it names with no article may be that text's.</summary>
    public bool Amends { get; init; }

    internal enum Kind : byte
    {
        Text,
        Heading,
        Clause,
        Point,
        Chapter,
        Title,
    }
}

/// <summary>One article of the draft: its number and the clauses and points written under it.</summary>
internal sealed class Article(int number)
{
    public int Number { get; } = number;

    /// <summary>Clause number → its points (`a`, `b`…).</summary>
    public SortedDictionary<int, List<string>> Clauses { get; } = [];

    /// <summary>Points written right under the article, with no clause.</summary>
    public List<string> Points { get; } = [];
}

/// <summary>
/// A run of article headings `Điều 1.`, `Điều 2.` … numbered upward; a draft holding a decision and the regulation it
/// issues has two (the second restarts at `Điều 1.`). Its title is the document's type word when a title line names
/// it (`QUY CHẾ …`). A run whose numbers go back or repeat without restarting is <see cref="Broken"/>: its structure is
/// not known.
/// </summary>
internal sealed class ArticleRun(string? title)
{
    public string? Title { get; } = title;

    public List<Article> Articles { get; } = [];

    public bool Broken { get; set; }

    /// <summary>The chapters written before and among the articles: number and label as written (`III`).</summary>
    public List<(int Number, string Label)> Chapters { get; } = [];

    /// <summary>At least two chapters, numbered upward: the draft's chapters are known.</summary>
    public bool ChaptersKnown => Chapters.Count >= 2 && Chapters.Zip(Chapters.Skip(1)).All(pair => pair.First.Number > 0 && pair.First.Number < pair.Second.Number);

    public List<(ArticleReference Reference, int Article, int ParagraphStart)> References { get; } = [];

    public Article? Find(int number) => Articles.Find(article => article.Number == number);
}

/// <summary>Reads the paragraphs' <see cref="ArticleLine"/> facts into the draft's runs of articles.</summary>
internal static partial class ArticleOutline
{
    public static ArticleLine? Collect(Paragraph paragraph, CitationData data) =>
        Read(paragraph, data) is { } line ? line with { Amends = ArticleReferences.Amends(paragraph) }
        : ArticleReferences.Amends(paragraph) ? new ArticleLine(ArticleLine.Kind.Text, 0, null, null) { Amends = true } : null;

    private static ArticleLine? Read(Paragraph paragraph, CitationData data)
    {
        var references = ArticleReferences.Find(paragraph, data);
        var text = paragraph.Text;
        if (Leading().Match(text) is { Success: true } match)
        {
            // The heading's own `Điều 3.` is no reference.
            references?.RemoveAll(reference => reference.Span.Start < match.Index + match.Length);
            references = references is { Count: > 0 } ? references : null;
            return match.Groups["article"].Success ? new ArticleLine(ArticleLine.Kind.Heading, int.Parse(match.Groups["article"].ValueSpan), null, references)
                : match.Groups["clause"].Success ? new ArticleLine(ArticleLine.Kind.Clause, int.Parse(match.Groups["clause"].ValueSpan), null, references)
                : match.Groups["point"].Success ? new ArticleLine(ArticleLine.Kind.Point, 0, match.Groups["point"].Value, references)
                : new ArticleLine(ArticleLine.Kind.Chapter, LegalParts.NumberOf(match.Groups["chapter"].Value), match.Groups["chapter"].Value, references);
        }
        if (TitleType(paragraph, data) is { } type)
        {
            return new ArticleLine(ArticleLine.Kind.Title, 0, type, references);
        }
        return references is null ? null : new ArticleLine(ArticleLine.Kind.Text, 0, null, references);
    }

    /// <summary>A line in capitals opening with a document type (`QUY CHẾ LÀM VIỆC`, `ĐIỀU LỆ`): the type word.</summary>
    private static string? TitleType(Paragraph paragraph, CitationData data)
    {
        var tokens = paragraph.Tokens;
        var first = 0;
        while (first < tokens.Count && tokens[first].Kind != TokenKind.Word)
        {
            first++;
        }
        if (first == tokens.Count || !tokens[first].Has(TokenFlags.AllUpper) || paragraph.Text.Any(char.IsLower))
        {
            return null;
        }
        return ArticleReferences.TypeWordAt(paragraph, data, first)?.Word;
    }

    public static List<ArticleRun> Runs(DocumentFacts<ArticleLine> facts)
    {
        var runs = new List<ArticleRun>();
        ArticleRun? run = null;
        Article? article = null;
        int? clause = null;
        string? title = null;
        var afterChapter = false;
        var amending = false; // the article amends or quotes another text
        var chapters = new List<(int, string)>(); // a chapter line comes before its first article, which may start a run
        foreach (var (paragraph, line) in facts)
        {
            switch (line.Of)
            {
                case ArticleLine.Kind.Heading:
                    if (run is null || line.Number == 1)
                    {
                        runs.Add(run = new ArticleRun(title)); // `Điều 1` opens a new run (a decision, then the regulation it issues)
                        title = null;
                    }
                    else
                    {
                        run.Broken |= line.Number <= run.Articles[^1].Number;
                    }
                    run.Articles.Add(article = new Article(line.Number));
                    clause = null;
                    run.Chapters.AddRange(chapters);
                    chapters.Clear();
                    amending = false;
                    break;
                case ArticleLine.Kind.Chapter:
                    chapters.Add((line.Number, line.Label!));
                    break;
                case ArticleLine.Kind.Clause when article is not null:
                    article.Clauses.TryAdd(line.Number, []);
                    clause = line.Number;
                    break;
                case ArticleLine.Kind.Point when article is not null:
                    (clause is { } number ? article.Clauses[number] : article.Points).Add(line.Label!);
                    break;
                case ArticleLine.Kind.Title when !afterChapter:
                    title = line.Label; // the last title before a run's first article names it
                    break;
            }
            // A chapter's name in capitals on the next line (`QUY ĐỊNH CHUNG`) is no document title.
            afterChapter = line.Of == ArticleLine.Kind.Chapter;
            amending |= line.Amends;
            if (run is not null && line.References is { } references)
            {
                foreach (var reference in references)
                {
                    if (reference.ArticleImplied && amending)
                    {
                        continue; // `theo khoản 2` in an article amending a text may be that text's clause
                    }
                    run.References.Add((reference, article!.Number, paragraph.Start));
                }
            }
        }
        return runs;
    }

    // The marker opening a paragraph, after an indent, a Markdown heading's `#` and bold: `Điều 3.` (also `Điều 3.Title`,
    // a space forgotten), `2.`, `c)`, `Chương II`.
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:Điều[ \t]+(?<article>\d{1,3})\.(?!\d)|(?<clause>\d{1,2})\.(?=[ \t])|(?<point>[a-zđ])\)(?=[ \t])|(?:Chương|CHƯƠNG)[ \t]+(?<chapter>[IVXLC\d]+)(?![\p{L}\d]))")]
    private static partial Regex Leading();
}
