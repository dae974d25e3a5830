using Microsoft.Extensions.DependencyInjection;
using ReportLint.Core;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Linting;
using ReportLint.Core.Reporting;
using ReportLint.Rules;

namespace ReportLint.Cli;

/// <summary>The `reportlint` command: dispatches to check, rules and explain.</summary>
internal static class CliApp
{
    private const string Usage = """
        reportlint — kiểm tra bản thảo văn bản tiếng Việt / a linter for Vietnamese official drafts

        Cú pháp / usage:
          reportlint check [PATH|GLOB|-]... [--format text|json|sarif|github] [--output FILE]
                           [--fix] [--unsafe-fixes] [--config FILE] [--lang vi|en]
                           [--max-warnings N] [--stdin-filename NAME] [--no-progress]
          reportlint rules [--format json] [--lang vi|en]
          reportlint explain RLxxxx

        Mã thoát / exit codes: 0 đạt / clean, 1 có lỗi vượt ngưỡng / findings over the threshold,
        2 lỗi cú pháp, cấu hình hoặc đầu vào / usage, configuration or input error.
        """;

    public static int Run(string[] args, CliConsole console)
    {
        var language = LanguageFromArgs(args);
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                console.WriteOutput(Usage + "\n");
                return args.Length == 0 ? ExitCodes.InputError : ExitCodes.Clean;
            }
            if (args[0] is "--version" or "-v")
            {
                console.WriteOutput(ToolInfo.Version + "\n");
                return ExitCodes.Clean;
            }
            using var services = BuildServices(console);
            var rest = args.Skip(1).ToArray();
            return args[0] switch
            {
                "check" when rest.Contains("--help") || rest.Contains("-h") => Help(console),
                "check" => services.GetRequiredService<CheckCommand>().Run(ArgumentParser.ParseCheck(rest)),
                "rules" => services.GetRequiredService<RulesCommand>().Run(WithoutLanguage(rest), language),
                "explain" => services.GetRequiredService<ExplainCommand>().Run(WithoutLanguage(rest)),
                _ => throw ArgumentParser.Usage($"lệnh không hợp lệ \"{args[0]}\" (dùng check, rules, explain)",
                    $"unknown command \"{args[0]}\" (use check, rules, explain)"),
            };
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"reportlint: {ex.Reason.Get(language)}");
            return ExitCodes.InputError;
        }
    }

    private static int Help(CliConsole console)
    {
        console.WriteOutput(Usage + "\n");
        return ExitCodes.Clean;
    }

    private static ServiceProvider BuildServices(CliConsole console)
    {
        var services = new ServiceCollection();
        services.AddReportLintRules();
        services.AddReportLintCore();
        services.AddSingleton(console);
        services.AddSingleton<CheckCommand>();
        services.AddSingleton<RulesCommand>();
        services.AddSingleton<ExplainCommand>();
        return services.BuildServiceProvider();
    }

    private static MessageLanguage LanguageFromArgs(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i][7..] : null;
            if (value is not null && MessageLanguages.TryParse(value, out var language))
            {
                return language;
            }
        }
        return MessageLanguage.Vietnamese;
    }

    private static string[] WithoutLanguage(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang")
            {
                i++;
            }
            else if (!args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                result.Add(args[i]);
            }
        }
        return result.ToArray();
    }
}
