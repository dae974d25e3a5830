using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The abbreviations a document defines in parts (`Nông nghiệp và Môi trường (NN&amp;MT)`), by those parts: the same
/// parts joined by another separator (`NN-MT`, `NN.MT`, `NN/MT`) are a spelling of the defined abbreviation, reported
/// as a variant (RL1007, RL1008) with the defined form as the fix, not as an undefined abbreviation. Between two forms
/// with separators the parts must agree (`N-NMT` is not `NN&amp;MT`); the same letters with no separator at all are
/// the same abbreviation written run together (`KHCN` after `(KH&amp;CN)`, `KH&amp;CN` after `(KHCN)`): the writer
/// should keep the form the document defined.
/// </summary>
internal sealed class SeparatorVariants
{
    private readonly Dictionary<string, string> _defined = new(StringComparer.Ordinal);

    // Letters only (`KHCN`) of the defined forms with separators, and of those without.
    private readonly Dictionary<string, string> _separatedLetters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _plainLetters = new(StringComparer.Ordinal);

    public bool IsEmpty => _defined.Count == 0 && _plainLetters.Count == 0;

    /// <summary>Records a defined form and the id of its group; the first definition of some parts wins.</summary>
    public void Add(string form, string id)
    {
        if (Parts(form) is { } parts)
        {
            _defined.TryAdd(parts, id);
            _separatedLetters.TryAdd(parts.Replace("|", "", StringComparison.Ordinal), id);
        }
        else if (Parts(form, allowSingle: true) is { } letters && letters.Length >= 2)
        {
            _plainLetters.TryAdd(letters, id);
        }
    }

    /// <summary>The id of the defined group written with the same parts as <paramref name="form"/> (or run together), or null.</summary>
    public string? DefinedGroupOf(string form)
    {
        if (Parts(form) is { } parts)
        {
            return _defined.TryGetValue(parts, out var id) || _plainLetters.TryGetValue(parts.Replace("|", "", StringComparison.Ordinal), out id)
                ? id : null;
        }
        return Parts(form, allowSingle: true) is { } letters && _separatedLetters.TryGetValue(letters, out var joined) ? joined : null;
    }

    /// <summary>
    /// `NN/MT`: the tokenizer splits capitals at a slash (a document symbol's `QĐ/TW` is read elsewhere). The mention
    /// and the capitals glued after its slash, as one form with its span (relative to the paragraph), or null.
    /// </summary>
    public static (string Text, TextSpan Span)? SlashJoined(Paragraph paragraph, TextSpan mention)
    {
        var tokens = paragraph.Tokens;
        var slash = NameHeads.FirstTokenAt(tokens, mention.End);
        if (slash + 1 >= tokens.Count || tokens[slash].Start != mention.End || !DefinitionTokens.IsChar(paragraph.Syntax, tokens[slash], '/')
            || tokens[slash + 1].Start != tokens[slash].End || !DefinitionTokens.IsCandidate(paragraph.Syntax, tokens[slash + 1]))
        {
            return null;
        }
        var last = DefinitionTokens.CompoundEnd(paragraph.Syntax, slash + 1);
        var span = TextSpan.FromBounds(mention.Start, tokens[last].End);
        return (paragraph.Text.Substring(span.Start, span.Length).Normalize(NormalizationForm.FormC), span);
    }

    /// <summary>
    /// The letter groups between separators, upper case (`Ư` as `W`), joined by `|`; null for fewer than two unless
    /// <paramref name="allowSingle"/>, and for a form that is not separators between letters.
    /// </summary>
    private static string? Parts(string form, bool allowSingle = false)
    {
        var builder = new StringBuilder(form.Length);
        var parts = 1;
        foreach (var c in form)
        {
            if (c is '-' or '&' or '.' or '/')
            {
                if (builder.Length == 0 || builder[^1] == '|')
                {
                    return null;
                }
                builder.Append('|');
                parts++;
            }
            else
            {
                builder.Append(c == 'Ư' ? 'W' : char.ToUpperInvariant(c));
            }
        }
        return (parts >= 2 || allowSingle) && builder.Length > 0 && builder[^1] != '|' ? builder.ToString() : null;
    }
}
