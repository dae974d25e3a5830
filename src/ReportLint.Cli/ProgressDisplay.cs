using Spectre.Console;

namespace ReportLint.Cli;

/// <summary>A progress bar on standard error while many files are linted in parallel (interactive terminals only).</summary>
internal static class ProgressDisplay
{
    public static void Run(CliConsole console, int count, Action<int> lintOne)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reportlint", maxValue: count);
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                {
                    lintOne(i);
                    task.Increment(1);
                });
            });
    }
}
