using ReportLint.Rules.Spelling;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>The spelling tables built from the embedded data, and the project-written text under Data/.</summary>
internal static class SpellingTestData
{
    public static SpellingData Tables => SpellingData.Get(RuleTester.Options());

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "tests", "ReportLint.Rules.Tests", "Spelling", "Data", name));

    public static readonly string[] SpellingRuleIds =
        ["RL3001", "RL3002", "RL3003", "RL3004", "RL3005", "RL3006", "RL3007", "RL3008", "RL3009", "RL3011"];
}
