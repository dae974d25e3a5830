using System.Runtime.CompilerServices;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A pipe table put together from consecutive <see cref="TableRow"/> facts: a header line, the alignment line and the
/// body lines under it, every line with as many cells as the header (a table whose lines disagree is not read: its
/// columns cannot be trusted). A table typed in plain text may go without the alignment line; its header is then the
/// first of the rows and holds no figure but a year (`Chỉ tiêu | Năm 2023 | 2024`): a table without headings is not read.
/// A second header row under a group heading (<see cref="TwoRowHeader"/>) is read into the headings, not the body, and
/// a row of percentages under the total row (<see cref="TotalRowShares"/>) is kept apart from it: it is no data row.
/// What the table rules (RL5016, RL5018–RL5021) read of a table alike — its total rows, its total and product columns,
/// the cells found wrong, its column sums and share columns — is read once, on first use, and shared by them all
/// (<see cref="Of"/> gives every rule the same tables). Each reading is lazy and thread-safe: on a long draft the
/// rules run in parallel.
/// </summary>
internal sealed class PipeTable
{
    // The tables of an analysed document: its rules are five, and each would otherwise read every table anew.
    private static readonly ConditionalWeakTable<ReportDocument, IReadOnlyList<PipeTable>> Tables = new();

    private readonly Lazy<TotalRow?> _total;
    private readonly Lazy<IReadOnlyList<TotalRow>> _totals;
    private readonly Lazy<IReadOnlyList<FormulaReading>> _totalColumns;
    private readonly Lazy<IReadOnlyList<TableProduct>> _products;
    private readonly Lazy<IReadOnlyList<RowFormula>> _rates;
    private readonly Lazy<IReadOnlyList<(ChangeColumns Columns, RowFormula Formula)>> _changes;
    private readonly Lazy<RowCorrections> _acrossRows;
    private readonly Lazy<IReadOnlyList<ColumnTotalMismatch>> _columnTotalMismatches;
    private readonly Lazy<RowCorrections> _corrections;
    private readonly Lazy<IReadOnlyList<TableShareMismatchAnalyzer.ShareReading>> _shareReadings;

    private readonly Lazy<IReadOnlyList<ColumnBreakdown.Reading>> _breakdowns;

    private readonly Lazy<ProseFigures>? _prose;

    public PipeTable(TableRow header, IReadOnlyList<ParagraphFacts<TableRow>> body, IReadOnlyList<HeadingGroup>? groups = null,
        Lazy<ProseFigures>? prose = null)
    {
        (Header, HeadingGroups, _prose) = (header, groups ?? [], prose);
        (Body, ShareRow) = TotalRowShares.Split(body);
        _total = new(() => TotalRow.Find(this));
        _totals = new(() => ColumnTotals.Totals(this).ToList());
        _totalColumns = new(() => TotalColumn.Formulas(this).Select(formula => new FormulaReading(formula, formula.Slips())).ToList());
        _products = new(() => TableProduct.Find(this).ToList());
        _rates = new(() => RateColumns.Formulas(this).ToList());
        _changes = new(() => ChangeColumns.Find(this).Select(columns => (columns, columns.Formula(this))).ToList());
        _acrossRows = new(() => RowCorrections.AcrossRows(this));
        _columnTotalMismatches = new(() => ColumnTotals.Mismatches(this, Totals, AcrossRows).ToList());
        _corrections = new(() => RowCorrections.Of(this));
        _shareReadings = new(() => TableShareMismatchAnalyzer.Readings(this).ToList());
        _breakdowns = new(() => ColumnBreakdown.Readings(this).ToList());
    }

    public TableRow Header { get; }

    public IReadOnlyList<ParagraphFacts<TableRow>> Body { get; }

    public int ColumnCount => Header.Cells.Count;

    /// <summary>The row of percentages under the total row (`Tỷ lệ (%)`), not part of <see cref="Body"/>; or null.</summary>
    public ParagraphFacts<TableRow>? ShareRow { get; }

    /// <summary>The groups of a header on two rows (<see cref="TwoRowHeader"/>); none for a header on one row.</summary>
    public IReadOnlyList<HeadingGroup> HeadingGroups { get; }

    /// <summary>The total row (<see cref="TotalRow.Find"/>), or null.</summary>
    public TotalRow? Total => _total.Value;

    /// <summary>The total row, or the group rows of a table numbered on two levels (<see cref="ColumnTotals.Totals"/>).</summary>
    public IReadOnlyList<TotalRow> Totals => _totals.Value;

    /// <summary>The total columns (<see cref="TotalColumn"/>), each with the rows that are not its sum and the cells that may be their slip.</summary>
    public IReadOnlyList<FormulaReading> TotalColumns => _totalColumns.Value;

    /// <summary>The product columns (<see cref="TableProduct"/>: area × yield, quantity × unit price).</summary>
    public IReadOnlyList<TableProduct> Products => _products.Value;

    /// <summary>The rate columns (<see cref="RateColumns.Formulas"/>), read by RL5019.</summary>
    public IReadOnlyList<RowFormula> Rates => _rates.Value;

    /// <summary>The change columns (<see cref="ChangeColumns"/>) with their formulas, read by RL5021.</summary>
    public IReadOnlyList<(ChangeColumns Columns, RowFormula Formula)> Changes => _changes.Value;

    /// <summary>The cells found wrong across their rows only (<see cref="RowCorrections.AcrossRows"/>).</summary>
    public RowCorrections AcrossRows => _acrossRows.Value;

    /// <summary>The total rows' figures that are not their column's sum, read with <see cref="AcrossRows"/>: what RL5016 reports.</summary>
    public IReadOnlyList<ColumnTotalMismatch> ColumnTotalMismatches => _columnTotalMismatches.Value;

    /// <summary>Every cell another table rule finds wrong (<see cref="RowCorrections.Of"/>).</summary>
    public RowCorrections Corrections => _corrections.Value;

    /// <summary>The column groups `Trong đó`, `Chia ra` read as the parts of the column before them, with their rows that do not add up.</summary>
    public IReadOnlyList<ColumnBreakdown.Reading> Breakdowns => _breakdowns.Value;

    /// <summary>The columns RL5018 reads as shares of a count column.</summary>
    public IReadOnlyList<TableShareMismatchAnalyzer.ShareReading> ShareReadings => _shareReadings.Value;

    /// <summary>The figures the document's prose states (<see cref="ProseFigures"/>), or null when the table was read without its document.</summary>
    public ProseFigures? Prose => _prose?.Value;

    /// <summary>The header cell's text of <paramref name="column"/>: what the column holds.</summary>
    public string Heading(int column) => Header.Cells[column].Text;

    /// <summary>
    /// The tables of the analysed document, read from <paramref name="facts"/> by the first table rule to ask: every
    /// table rule collects the same rows (<see cref="TableRow.Collect"/> reads only the paragraph and the document's kind).
    /// </summary>
    public static IReadOnlyList<PipeTable> Of(DocumentAnalysisContext context, DocumentFacts<TableRow> facts) =>
        Tables.GetValue(context.Document, document =>
        {
            // The facts go back to their pool after the rule: the prose is read later from the rows' indices alone.
            var rows = facts.Select(row => row.Paragraph.Index).ToHashSet();
            return Find(facts, new Lazy<ProseFigures>(() => new ProseFigures(document, rows))).ToList();
        });

    /// <param name="prose">The figures of the document's prose, when the table rules read the document.</param>
    public static IEnumerable<PipeTable> Find(DocumentFacts<TableRow> facts, Lazy<ProseFigures>? prose = null)
    {
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var header = facts[i];
            var next = facts[i + 1];
            if (header.Facts.IsAlignment || !Follows(next, header))
            {
                continue;
            }
            var aligned = next.Facts.IsAlignment;
            if (aligned ? next.Facts.Cells.Count != header.Facts.Cells.Count : !header.Facts.Typed || !IsHeading(header.Facts)
                || (i > 0 && Follows(header, facts[i - 1]) && SameTable(facts[i - 1].Facts, header.Facts)))
            {
                continue;
            }
            var body = new List<ParagraphFacts<TableRow>>();
            var j = aligned ? i + 2 : i + 1;
            var headings = header.Facts;
            IReadOnlyList<HeadingGroup>? groups = null;
            if (j + 1 < facts.Count && Follows(facts[j], facts[j - 1]) && TwoRowHeader.Merge(headings, facts[j].Facts.Under(headings)) is { } merged)
            {
                (headings, groups, j) = (merged, TwoRowHeader.GroupsOf(header.Facts), j + 1);
            }
            for (; j < facts.Count && !facts[j].Facts.IsAlignment && Follows(facts[j], facts[j - 1]) && SameTable(facts[j].Facts, header.Facts); j++)
            {
                body.Add(new ParagraphFacts<TableRow>(facts[j].Paragraph, facts[j].Facts.Under(header.Facts)));
            }
            if (body.Count > 0 && body.TrueForAll(row => row.Facts.Cells.Count == header.Facts.Cells.Count))
            {
                yield return new PipeTable(headings, body, groups, prose);
            }
            i = j - 1;
        }
    }

    /// <summary>Whether a typed row reads as the headings of a table with no alignment line under them.</summary>
    private static bool IsHeading(TableRow row) => row.Cells.All(cell => cell.Figure is null || YearRange.IsYear(cell.Text));

    /// <summary>A row of two tab-parted cells (<see cref="TableRow.Narrow"/>) belongs only to a table of such rows: next to a wider one it is a numbered heading.</summary>
    private static bool SameTable(TableRow row, TableRow header) => row.Narrow == header.Narrow;

    private static bool Follows(ParagraphFacts<TableRow> row, ParagraphFacts<TableRow> previous) =>
        row.Paragraph.Index == previous.Paragraph.Index + 1;
}
