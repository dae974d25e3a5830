using System.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The abbreviations a document defines over a full form joined by `và`, by the letters with and without the `V` of
/// `và`: after `doanh nghiệp nhỏ và vừa (DNNVV)` an undefined `DNNV` is the same abbreviation with the conjunction
/// dropped (and `DNNVV` after `(DNNV)` the same with it kept), a spelling the writer should bring in line with the
/// definition (RL1007), not a new abbreviation to define.
/// </summary>
internal sealed class ConjunctionVariants
{
    private readonly Dictionary<string, string> _other = new(StringComparer.Ordinal);

    /// <summary>Records the definition's other spelling, when its full form holds `và`; the first definition wins.</summary>
    public void Add(DefinitionSite site, string id)
    {
        if (site.Definition is not { Matched: true } definition || site.Covered is not { } covered)
        {
            return;
        }
        var (with, without) = (new StringBuilder(), new StringBuilder());
        foreach (var word in covered.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsLetter(word[0]))
            {
                return; // a number or a symbol among the words: not a plain phrase
            }
            var initial = AbbreviationText.InitialOf(word) is 'Ư' ? 'W' : AbbreviationText.InitialOf(word);
            with.Append(initial);
            if (!word.Equals("và", StringComparison.OrdinalIgnoreCase))
            {
                without.Append(initial);
            }
        }
        var letters = AbbreviationText.LetterKey(definition.Abbreviation);
        var (full, dropped) = (with.ToString(), without.ToString());
        if (full == dropped || dropped.Length < 2)
        {
            return;
        }
        if (letters == full)
        {
            _other.TryAdd(dropped, id);
        }
        else if (letters == dropped)
        {
            _other.TryAdd(full, id);
        }
    }

    /// <summary>The id of the defined group that <paramref name="form"/> spells with the conjunction dropped or kept, or null.</summary>
    public string? DefinedGroupOf(string form) =>
        _other.Count > 0 && _other.TryGetValue(AbbreviationText.LetterKey(form), out var id) ? id : null;
}
