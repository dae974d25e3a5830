namespace ReportLint.Rules.Numbers;

/// <summary>
/// The readings of a figure with two neighbouring digits swapped (`3.268,5` → `3.286,5`), separators kept in place: the
/// commonest typing slip in a figure. When one of them, and only one, makes a stated relation exact, that figure is
/// the likelier slip, and its correction the better first fix.
/// </summary>
internal static class TransposedDigits
{
    public static IEnumerable<string> Of(string figure)
    {
        for (var i = 0; i < figure.Length; i++)
        {
            if (!char.IsAsciiDigit(figure[i]) || NextDigit(figure, i) is not (var j and >= 0) || figure[i] == figure[j]
                || (i == 0 && figure[j] == '0'))
            {
                continue; // the same digit twice changes nothing; a leading zero is no figure a draft writes
            }
            var swapped = figure.ToCharArray();
            (swapped[i], swapped[j]) = (swapped[j], swapped[i]);
            yield return new string(swapped);
        }
    }

    /// <summary>The next digit after <paramref name="i"/>, across one separator (`3.2` → `2.3`).</summary>
    private static int NextDigit(string figure, int i)
    {
        var j = i + 1;
        if (j < figure.Length && figure[j] is '.' or ',')
        {
            j++;
        }
        return j < figure.Length && char.IsAsciiDigit(figure[j]) ? j : -1;
    }
}
