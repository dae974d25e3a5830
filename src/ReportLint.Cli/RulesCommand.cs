using System.Text;
using System.Text.Json;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Reporting;

namespace ReportLint.Cli;

/// <summary>`reportlint rules [--format json]`: every rule with its family, default severity and fix.</summary>
internal sealed class RulesCommand(AnalyzerDriver driver, CliConsole console)
{
    public int Run(IReadOnlyList<string> args, MessageLanguage language)
    {
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            json = args[i] switch
            {
                "--format=json" => true,
                "--format=text" => false,
                "--format" when i + 1 < args.Count && args[i + 1] is "json" or "text" => args[++i] == "json",
                _ => throw ArgumentParser.Usage($"tùy chọn không hợp lệ \"{args[i]}\"", $"unknown option \"{args[i]}\""),
            };
        }
        if (json)
        {
            WriteJson(language);
        }
        else
        {
            var builder = new StringBuilder();
            foreach (var rule in driver.Descriptors)
            {
                builder.Append($"{rule.Id}  {rule.Name,-32} {rule.DefaultSeverity.ToConfigName(),-8} {FixLabel(rule.FixSafety),-7} {rule.Title.Get(language)}\n");
            }
            console.WriteOutput(builder.ToString());
        }
        return ExitCodes.Clean;
    }

    private void WriteJson(MessageLanguage language)
    {
        using var writer = new Utf8JsonWriter(console.Output, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        writer.WriteStartArray();
        foreach (var rule in driver.Descriptors)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteString("family", rule.Family.ToString());
            writer.WriteString("title", rule.Title.Get(language));
            writer.WriteString("defaultSeverity", rule.DefaultSeverity.ToConfigName());
            writer.WriteString("fix", FixLabel(rule.FixSafety));
            writer.WriteString("helpUri", rule.HelpUri);
            writer.WriteStartArray("options");
            foreach (var option in rule.Options)
            {
                writer.WriteStartObject();
                writer.WriteString("name", option.Name);
                writer.WriteString("kind", option.Kind.ToString());
                writer.WriteString("default", option.DefaultValue);
                writer.WriteString("description", option.Description.Get(language));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.Flush();
        console.Output.WriteByte((byte)'\n');
        console.Output.Flush();
    }

    private static string FixLabel(FixSafety safety) => safety switch
    {
        FixSafety.Safe => "safe",
        FixSafety.Unsafe => "unsafe",
        _ => "none",
    };
}
