using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>The analyzers of this family, in id order.</summary>
public static class NumberFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new PercentageMismatchAnalyzer(),
        new PartOverWholeAnalyzer(),
        new NumberFormatMixAnalyzer(),
        new ImpossibleDateAnalyzer(),
        new WeekdayMismatchAnalyzer(),
        new RangeOrderAnalyzer(),
        new RangeStyleAnalyzer(),
        new AmbiguousSeparatorAnalyzer(),
        new DateRangeOrderAnalyzer(),
        new PointChangeMismatchAnalyzer(),
        new PartsSumMismatchAnalyzer(),
        new DateLineLeadingZeroAnalyzer(),
        new AnniversaryCountAnalyzer(),
        new ListCountMismatchAnalyzer(),
        new ChangeMismatchAnalyzer(),
        new TableTotalMismatchAnalyzer(),
        new UnitConversionMismatchAnalyzer(),
        new TableShareMismatchAnalyzer(),
        new TableRateMismatchAnalyzer(),
        new TableOutputMismatchAnalyzer(),
        new TableChangeMismatchAnalyzer(),
        new UnitPriceMismatchAnalyzer(),
        new DeadlineAfterEventAnalyzer(),
        new BallotCountMismatchAnalyzer(),
        new NumberingGapAnalyzer(),
        new WrittenArithmeticMismatchAnalyzer(),
        new DeadlineBeforeDraftDateAnalyzer(),
        new TargetYearBeforeBaseAnalyzer(),
        new AmountInWordsMismatchAnalyzer(),
        new QuorumCountMismatchAnalyzer(),
        new YieldOutputMismatchAnalyzer(),
        new MeetingEndBeforeStartAnalyzer(),
        new ChangeDirectionMismatchAnalyzer(),
        new TableShareSumMismatchAnalyzer(),
        new SplitNumberAnalyzer(),
        new TargetAssessmentMismatchAnalyzer(),
        new AverageOutsideRangeAnalyzer(),
    ];
}
