using ReportLint.Core.Analysis;
using ReportLint.Rules;

namespace ReportLint.Cli;

/// <summary>`reportlint explain RLxxxx`: prints the rule's page from `rules/docs/`.</summary>
internal sealed class ExplainCommand(AnalyzerDriver driver, CliConsole console)
{
    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 1)
        {
            throw ArgumentParser.Usage("cú pháp: reportlint explain RLxxxx", "usage: reportlint explain RLxxxx");
        }
        var rule = driver.Descriptors.FirstOrDefault(d =>
            string.Equals(d.Id, args[0], StringComparison.OrdinalIgnoreCase) || string.Equals(d.Name, args[0], StringComparison.OrdinalIgnoreCase))
            ?? throw ArgumentParser.Usage($"không có quy tắc \"{args[0]}\" (xem: reportlint rules)", $"there is no rule \"{args[0]}\" (see: reportlint rules)");
        var page = RuleDocs.Get(rule.Id)
            ?? throw ArgumentParser.Usage($"quy tắc {rule.Id} chưa có trang tài liệu", $"rule {rule.Id} has no documentation page");
        console.WriteOutput(page.EndsWith('\n') ? page : page + "\n");
        return ExitCodes.Clean;
    }
}
