using System.Globalization;
using Humanizer;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Linting;

namespace ReportLint.Core.Reporting;

/// <summary>The closing line of a run: counts and elapsed time, in the message language.</summary>
public static class RunSummary
{
    public static string Format(LintRun run)
    {
        return run.Language == MessageLanguage.English ? English(run) : Vietnamese(run);
    }

    /// <summary>Humanizer's plurals and durations, in a method of their own: the Vietnamese line does not load Humanizer.dll.</summary>
    private static string English(LintRun run)
    {
        var english = CultureInfo.GetCultureInfo("en-US");
        var line = $"Checked {"file".ToQuantity(run.Files.Count)}: {"error".ToQuantity(run.Errors)}, {"warning".ToQuantity(run.Warnings)}, "
            + $"{"note".ToQuantity(run.Infos)} ({run.Elapsed.Humanize(2, english)}).";
        return run.FixesApplied > 0 ? $"{line} Fixed {"problem".ToQuantity(run.FixesApplied)}." : line;
    }

    private static string Vietnamese(LintRun run)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var seconds = run.Elapsed.TotalSeconds.ToString("0.00", vi);
        var summary = $"Đã kiểm tra {run.Files.Count} tệp: {run.Errors} lỗi, {run.Warnings} cảnh báo, {run.Infos} gợi ý ({seconds} giây).";
        return run.FixesApplied > 0 ? $"{summary} Đã sửa {run.FixesApplied} chỗ." : summary;
    }
}
