using System.Globalization;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2016: a reference to an article, clause or point of the draft itself that the draft does not have: `Điều 11 của
/// Quy chế này` in a regulation of eight articles, `khoản 5 Điều 4` when Điều 4 has three clauses, `điểm g khoản 2 Điều
/// 3` when that clause stops at `đ)`. The structure is read from the draft's own headings (`Điều N.` at a line's start,
/// at least two of them, numbered upward), clauses (`1.`) and points (`a)`). Only references to the draft are checked:
/// `… này`, or bare with no other document named after them or before them in the sentence. A clause is checked only in
/// an article written with numbered clauses, a point only under a clause (or article) written with points. Every member
/// of a list (`khoản 1 và khoản 3 Điều 5`, `các Điều 3, 4 và 12`, `từ Điều 3 đến Điều 12`) is checked; a clause with no
/// article (`theo khoản 2`) against the article it stands in; a chapter (`Chương V`) against the draft's chapter lines.
/// </summary>
public sealed class MissingArticleReferenceAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2016", "missing-reference-target",
        new("Dẫn chiếu đến điều, khoản, điểm mà văn bản không có", "Reference to an article, clause or point the document does not have"),
        new("{0} chỉ có {1}, không có {2}", "{0} has only {1}; there is no {2}"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.None);

    // With fewer headings, the draft's articles are not known well enough to say one is missing.
    private const int FewestArticles = 2;
    private const int FewestParts = 2;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(c => ArticleOutline.Collect(c.Paragraph, CitationData.Get(c.Options)), Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<ArticleLine> facts)
    {
        foreach (var run in ArticleOutline.Runs(facts))
        {
            if (run.Broken || run.Articles.Count < FewestArticles)
            {
                continue;
            }
            foreach (var (reference, current, start) in run.References)
            {
                if (Missing(run, reference, current) is { } arguments)
                {
                    context.Report(Rule, new TextSpan(start + reference.Span.Start, reference.Span.Length), arguments);
                }
            }
        }
    }

    /// <summary>The message's arguments when the reference points at something the run lacks, else null.</summary>
    private static object[]? Missing(ArticleRun run, ArticleReference reference, int current)
    {
        if (reference.Document is { } named && run.Title is { } title && !named.Equals(title, StringComparison.OrdinalIgnoreCase) && named != "Văn bản")
        {
            return null; // `Quy chế này` said in a decision: the regulation it issues is not in the draft
        }
        var document = new LocalizedText(reference.Document ?? run.Title ?? "Văn bản", "The document");
        if (reference.Chapter is { } chapter && reference.OwnRank >= LegalParts.ChapterRank && run.ChaptersKnown
            && !run.Chapters.Exists(known => known.Number == LegalParts.NumberOf(chapter)))
        {
            return [document, Range("Chương", run.Chapters.Select(known => known.Number).ToList(), run.Chapters.Select(known => known.Label).ToList()), "Chương " + chapter];
        }
        if (reference.Article == ArticleReference.NoArticle)
        {
            return null;
        }
        var number = reference.ToThisArticle ? current : reference.Article;
        var articleName = "Điều " + Format(number);
        if (run.Find(number) is not { } article)
        {
            // An article a list writes once (`khoản 1 và khoản 3 Điều 12`) is reported once, where it is written.
            var numbers = run.Articles.Select(a => a.Number).ToList();
            return reference.OwnRank >= LegalParts.ArticleRank ? [document, Range("Điều", numbers, numbers.Select(Format).ToList()), articleName] : null;
        }
        if (reference.Clause > 0)
        {
            if (!article.Clauses.TryGetValue(reference.Clause, out var points))
            {
                var clauses = article.Clauses.Keys.ToList();
                return article.Clauses.Count >= FewestParts ? [articleName, Range("khoản", clauses, clauses.Select(Format).ToList()), "khoản " + Format(reference.Clause)] : null;
            }
            return reference.Point is { } point && points.Count >= FewestParts && !points.Contains(point)
                ? ["Khoản " + Format(reference.Clause) + " " + articleName, "điểm " + string.Join(", ", points), "điểm " + point]
                : null;
        }
        return reference.Point is { } alone && article.Clauses.Count == 0 && article.Points.Count >= FewestParts && !article.Points.Contains(alone)
            ? [articleName, "điểm " + string.Join(", ", article.Points), "điểm " + alone]
            : null;
    }

    /// <summary>`Điều 1 đến Điều 8` for a run without gaps of three or more; else `Điều 1, 2, 4`. Labels as the draft writes them.</summary>
    private static object Range(string part, List<int> numbers, List<string> labels)
    {
        var contiguous = numbers.Count >= 3 && numbers[^1] - numbers[0] == numbers.Count - 1;
        if (!contiguous)
        {
            return part + " " + string.Join(", ", labels);
        }
        var (first, last) = ($"{part} {labels[0]}", $"{part} {labels[^1]}");
        return new LocalizedText($"{first} đến {last}", $"{first} to {last}");
    }

    private static string Format(int number) => number.ToString(CultureInfo.InvariantCulture);
}
