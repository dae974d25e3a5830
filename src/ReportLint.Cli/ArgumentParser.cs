using System.Globalization;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Cli;

/// <summary>Parses `reportlint check` arguments; anything wrong is a <see cref="UsageException"/>.</summary>
internal static class ArgumentParser
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    public static CheckOptions ParseCheck(IReadOnlyList<string> args)
    {
        var options = new CheckOptions();
        var onlyPaths = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPaths || arg == "-" || !arg.StartsWith('-'))
            {
                options.Paths.Add(arg);
                continue;
            }
            var (name, inlineValue) = Split(arg);
            switch (name)
            {
                case "--":
                    onlyPaths = true;
                    break;
                case "--format":
                case "-f":
                    options.Format = Value(args, ref i, name, inlineValue);
                    if (!Formats.Contains(options.Format))
                    {
                        throw Usage($"định dạng không hợp lệ \"{options.Format}\" (dùng {string.Join(", ", Formats)})",
                            $"unknown format \"{options.Format}\" (use {string.Join(", ", Formats)})");
                    }
                    break;
                case "--output":
                case "-o":
                    options.OutputFile = Value(args, ref i, name, inlineValue);
                    break;
                case "--fix":
                    options.Fix = true;
                    break;
                case "--unsafe-fixes":
                    options.UnsafeFixes = true;
                    break;
                case "--config":
                    options.ConfigFile = Value(args, ref i, name, inlineValue);
                    break;
                case "--lang":
                    var language = Value(args, ref i, name, inlineValue);
                    options.Language = MessageLanguages.TryParse(language, out var parsed) ? parsed
                        : throw Usage($"ngôn ngữ không hợp lệ \"{language}\" (dùng vi hoặc en)", $"unknown language \"{language}\" (use vi or en)");
                    break;
                case "--max-warnings":
                    var count = Value(args, ref i, name, inlineValue);
                    options.MaxWarnings = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max
                        : throw Usage($"--max-warnings cần một số nguyên không âm, không phải \"{count}\"",
                            $"--max-warnings needs a non-negative integer, not \"{count}\"");
                    break;
                case "--stdin-filename":
                    options.StdinFileName = Value(args, ref i, name, inlineValue);
                    break;
                case "--no-progress":
                    options.NoProgress = true;
                    break;
                default:
                    throw Usage($"tùy chọn không hợp lệ \"{arg}\"", $"unknown option \"{arg}\"");
            }
        }
        if (options.UnsafeFixes && !options.Fix)
        {
            // As in Ruff: rewriting drafts takes --fix; --unsafe-fixes alone must not touch a file.
            throw Usage("--unsafe-fixes chỉ dùng cùng --fix (--fix --unsafe-fixes)", "--unsafe-fixes needs --fix (--fix --unsafe-fixes)");
        }
        if (options.Paths.Count == 0)
        {
            throw Usage("cần ít nhất một tệp, thư mục, mẫu glob hoặc - (đầu vào chuẩn)", "give at least one file, folder, glob or - (standard input)");
        }
        return options;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=');
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string name, string? inlineValue)
    {
        if (inlineValue is not null)
        {
            return inlineValue;
        }
        if (i + 1 >= args.Count)
        {
            throw Usage($"tùy chọn {name} cần một giá trị", $"option {name} needs a value");
        }
        return args[++i];
    }

    public static UsageException Usage(string vi, string en) => new(new LocalizedText(vi, en));
}
