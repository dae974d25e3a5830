using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The words of the data's `nameHeads` (`Tập đoàn`, `Ngân hàng`, `thương hiệu`): an all-caps word right after
/// them names a firm or a brand (`Tập đoàn FPT`), which is never written out in full. Forms the data knows in
/// between are passed over (`Công ty TNHH ABC`), and a form the data knows is itself still an abbreviation.
/// The data's `codeHeads` (`giống`, `mẫu`) are read the same way: capitals and a number after them are a code.
/// </summary>
internal sealed class NameHeads
{
    private readonly string[][] _heads;

    public NameHeads(IEnumerable<string> heads) =>
        _heads = heads.Select(h => h.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 0).ToArray();

    /// <summary>True when a head ends right before the mention (offsets relative to the paragraph).</summary>
    public bool Precede(ParagraphSyntax paragraph, TextSpan mention, AbbreviationRegistry registry)
    {
        if (_heads.Length == 0)
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var i = FirstTokenAt(tokens, mention.Start) - 1;
        // `Công ty TNHH ABC`, `Ngân hàng TMCP XYZ`: the legal form is a known abbreviation, the name follows it.
        while (Previous(paragraph, i) is var p && p >= 0 && DefinitionTokens.IsCandidate(paragraph, tokens[p])
            && registry.Find(paragraph.GetString(tokens[p])) is { AllowedUndefined: true })
        {
            i = p - 1;
        }
        foreach (var head in _heads)
        {
            if (Ends(paragraph, i, head))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Ends(ParagraphSyntax paragraph, int from, string[] head)
    {
        var i = from;
        for (var w = head.Length - 1; w >= 0; w--)
        {
            i = Previous(paragraph, i);
            if (i < 0 || paragraph.Tokens[i].Kind != TokenKind.Word
                || !paragraph.GetText(paragraph.Tokens[i]).Equals(head[w], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            i--;
        }
        return true;
    }

    /// <summary>The nearest token at or before <paramref name="i"/> that is not a space, or -1.</summary>
    private static int Previous(ParagraphSyntax paragraph, int i)
    {
        while (i >= 0 && paragraph.Tokens[i].Kind is TokenKind.Space or TokenKind.NoBreakSpace)
        {
            i--;
        }
        return i;
    }

    /// <summary>The first token starting at or after <paramref name="start"/> (the last token when all start before it).</summary>
    internal static int FirstTokenAt(TokenList tokens, int start)
    {
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
