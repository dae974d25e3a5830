using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The abbreviations a document defines in parts (`Nông nghiệp và Môi trường (NN&amp;MT)`), by those parts: the same
/// parts joined by another separator (`NN-MT`, `NN.MT`, `NN/MT`) are a spelling of the defined abbreviation, reported
/// as a variant (RL1007, RL1008) with the defined form as the fix, not as an undefined abbreviation. The parts must
/// agree: `KHCN` is no variant of `KH&amp;CN`, whose `&amp;` is part of its usual spelling.
/// </summary>
internal sealed class SeparatorVariants
{
    private readonly Dictionary<string, string> _defined = new(StringComparer.Ordinal);

    public bool IsEmpty => _defined.Count == 0;

    /// <summary>Records a defined form and the id of its group; the first definition of some parts wins.</summary>
    public void Add(string form, string id)
    {
        if (Parts(form) is { } parts)
        {
            _defined.TryAdd(parts, id);
        }
    }

    /// <summary>The id of the defined group written with the same parts as <paramref name="form"/>, or null.</summary>
    public string? DefinedGroupOf(string form) => Parts(form) is { } parts && _defined.TryGetValue(parts, out var id) ? id : null;

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

    /// <summary>The letter groups between separators, upper case (`Ư` as `W`), joined by `|`; null for fewer than two.</summary>
    private static string? Parts(string form)
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
        return parts >= 2 && builder[^1] != '|' ? builder.ToString() : null;
    }
}
