using ReportLint.Core.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// The parts of a legacy-encoded paragraph that are in the legacy font. A fragment pasted from an old file into Unicode
/// text (`… các phòng trực thuộc tæ chøc tèt c¸c ho¹t ®éng …, không phô trương`) must be converted alone: the Unicode
/// around it writes letters the legacy tables map too (`á`, `ô`, `ã` are other letters in TCVN3), so converting the
/// whole paragraph would garble the correct words.
/// </summary>
internal static class LegacyFragments
{
    private enum Chunk : byte
    {
        // ASCII, or Latin-1 letters Vietnamese Unicode writes too: either encoding.
        Neutral,
        // A character no Vietnamese Unicode word has (`¸`, `®`, `æ`, `Ö`).
        Legacy,
        // A letter beyond Latin-1 (`ư`, `ộ`, `đ`) or a combining mark: Unicode text.
        Unicode,
    }

    // Vietnamese Unicode letters within Latin-1: not evidence of a legacy font on their own.
    private const string VietnameseLatin1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    /// <summary>
    /// The spans (within <paramref name="bounds"/> of <paramref name="text"/>) to convert: the whole when the paragraph
    /// has no Unicode word; else each run of words between Unicode words, trimmed to its legacy words, widened by the
    /// neighbouring neutral words that are no Vietnamese syllable as written (`hãa` is TCVN3 `hóa`).
    /// </summary>
    public static List<TextSpan> Find(string text, TextSpan bounds, SyllableValidator validator)
    {
        var chunks = new List<(TextSpan Span, Chunk Kind)>();
        for (var i = bounds.Start; i < bounds.End;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < bounds.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var span = TextSpan.FromBounds(start, i);
            chunks.Add((span, Classify(text.AsSpan(span.Start, span.Length))));
        }
        if (!chunks.Exists(c => c.Kind == Chunk.Unicode))
        {
            return [bounds];
        }
        var fragments = new List<TextSpan>();
        for (var i = 0; i < chunks.Count; i++)
        {
            if (chunks[i].Kind != Chunk.Legacy)
            {
                continue;
            }
            var (first, last) = (i, i);
            for (var j = i + 1; j < chunks.Count && chunks[j].Kind != Chunk.Unicode; j++)
            {
                last = chunks[j].Kind == Chunk.Legacy ? j : last;
            }
            while (first > 0 && IsGarbled(text, chunks[first - 1], validator))
            {
                first--;
            }
            while (last + 1 < chunks.Count && IsGarbled(text, chunks[last + 1], validator))
            {
                last++;
            }
            fragments.Add(TextSpan.FromBounds(chunks[first].Span.Start, chunks[last].Span.End));
            i = last;
        }
        return fragments;
    }

    private static Chunk Classify(ReadOnlySpan<char> chunk)
    {
        var (signature, letter) = (false, false);
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i];
            if (c > 0xFF && (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return Chunk.Unicode;
            }
            letter |= char.IsAsciiLetter(c);
            signature |= LegacyEncoding.IsSignature(c) && !VietnameseLatin1.Contains(c)
                // TCVN3 writes some lower-case letters as Latin-1 capitals (`thÓ` is `thể`): a capital after a small letter.
                || c >= 0xC0 && char.IsUpper(c) && i > 0 && char.IsLower(chunk[i - 1]);
        }
        // A sign on its own (`×`, `©`) is no word of either font.
        return signature && letter ? Chunk.Legacy : Chunk.Neutral;
    }

    /// <summary>A neutral word with a Latin-1 letter that is no syllable as written: a legacy word at a fragment's edge.</summary>
    private static bool IsGarbled(string text, (TextSpan Span, Chunk Kind) chunk, SyllableValidator validator)
    {
        if (chunk.Kind != Chunk.Neutral)
        {
            return false;
        }
        var word = text.AsSpan(chunk.Span.Start, chunk.Span.Length).Trim(".,;:!?()\"'“”");
        return word.IndexOfAny(VietnameseLatin1) >= 0 && !validator.IsValid(word);
    }
}
