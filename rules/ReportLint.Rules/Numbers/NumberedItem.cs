using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The marker opening a numbered line of a list: `1.`, `1)`, `a)` or `a.`. Lines of one <see cref="Style"/> are one
/// level of a list; <see cref="Follows"/> tells whether a line goes on from another (`2.` after `1.`, `đ)` after `d)`).
/// </summary>
internal sealed partial record NumberedItem(string Style, string Label)
{
    // Vietnamese lettering skips f, j, w, z and puts đ after d; drafts typed on an English keyboard may not.
    private const string VietnameseLetters = "abcdđeghiklmnopqrstuvxy";

    public static NumberedItem? Read(string text)
    {
        var marker = Marker().Match(text);
        if (!marker.Success)
        {
            return null;
        }
        return Of(marker.Groups["label"].Value, marker.Groups["close"].Value);
    }

    /// <summary>An item labelled <paramref name="label"/> (`3`, `b`), its style told by its first label and its closing mark.</summary>
    internal static NumberedItem Of(string label, string close) => new((char.IsAsciiDigit(label[0]) ? "1" : "a") + close, label);

    public bool IsLettered => Style[0] == 'a';

    public bool IsFirst => Label is "1" or "a";

    /// <summary>The place of the line in its list: `3.` → 3, `đ)` → 5 (as Vietnamese letters), `f)` → 6.</summary>
    public int Ordinal => !IsLettered ? int.Parse(Label, CultureInfo.InvariantCulture)
        : VietnameseLetters.IndexOf(Label[0], StringComparison.Ordinal) is >= 0 and var at ? at + 1 : Label[0] - 'a' + 1;

    /// <summary>True when this line is the one after <paramref name="previous"/> in the same list.</summary>
    public bool Follows(NumberedItem previous)
    {
        if (Style != previous.Style)
        {
            return false;
        }
        if (!IsLettered)
        {
            return Ordinal == previous.Ordinal + 1;
        }
        return Label == previous.NextLabel(vietnamese: true) || Label == previous.NextLabel(vietnamese: false);
    }

    /// <summary>The next label: a number plus one; the next letter of the Vietnamese alphabet or of the English one.</summary>
    public string? NextLabel(bool vietnamese)
    {
        if (!IsLettered)
        {
            return (Ordinal + 1).ToString(CultureInfo.InvariantCulture);
        }
        var letter = Label[0];
        if (vietnamese)
        {
            var at = VietnameseLetters.IndexOf(letter, StringComparison.Ordinal);
            return at >= 0 && at + 1 < VietnameseLetters.Length ? VietnameseLetters[at + 1].ToString() : null;
        }
        return letter is >= 'a' and < 'z' ? ((char)(letter + 1)).ToString() : null;
    }

    // `1.`, `12)`, `a)`, `đ.` then a space: not `1.2.` (a section) nor `I.` (a part).
    [GeneratedRegex(@"^\s*(?<label>\d{1,2}|[a-zđ])(?<close>[.)]) ")]
    private static partial Regex Marker();
}
