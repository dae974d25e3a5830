using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Tests.Spelling;

public class SyllableMemoTests
{
    private static readonly SyllableValidator Validator = SpellingTestData.Tables.Validator;

    // Valid in both placements and casings, invalid, not Vietnamese, and a word too long to be a syllable.
    private static readonly string[] Words = ["hoà", "hòa", "HÒA", "Thực", "thưc", "qủa", "report", "nghiêng", "abcdefghijk"];

    [Fact]
    public void Gives_the_validators_verdict_and_key_the_first_time_and_every_time_after()
    {
        var memo = new SyllableMemo(Validator);
        foreach (var round in new[] { 1, 2 })
        {
            foreach (var word in Words)
            {
                var expected = Verdict(word, (w, k) => (Validator.Analyze(w, k, out var n), n));
                var actual = Verdict(word, (w, k) => (memo.Analyze(w, k, out var n), n));
                Assert.True(expected == actual, $"round {round}, {word}: {actual} instead of {expected}");
            }
        }
        Assert.Equal(Words.Length, memo.Count);
    }

    [Fact]
    public void Past_its_capacity_it_stops_remembering_but_still_answers()
    {
        var memo = new SyllableMemo(Validator, capacity: 2);
        foreach (var word in Words)
        {
            var expected = Verdict(word, (w, k) => (Validator.Analyze(w, k, out var n), n));
            Assert.Equal(expected, Verdict(word, (w, k) => (memo.Analyze(w, k, out var n), n)));
        }
        Assert.Equal(2, memo.Count);
    }

    private delegate (SyllableStatus Status, int Length) Analyzer(ReadOnlySpan<char> word, Span<char> key);

    private static (SyllableStatus, string) Verdict(string word, Analyzer analyze)
    {
        Span<char> key = stackalloc char[SyllableValidator.MaxLength];
        var (status, length) = analyze(word, key);
        return (status, key[..length].ToString());
    }
}
