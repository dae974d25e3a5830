using ReportLint.Core.Analysis;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Names;

/// <summary>
/// A place name that the document, or the data, writes otherwise: the paragraph, the slip, how often the document writes
/// it properly (0: the data's well-known name), and the first place it does so (absolute; null for the data's name).
/// </summary>
internal readonly record struct EvidentPlaceSlip(Paragraph Paragraph, PlaceNameSlip Slip, int Written, TextSpan? Proper);

/// <summary>
/// The document phase of RL6005: a place name after a unit word left in lower case (`xã tân phú`, `xã Tân phú`) where
/// the document writes the same syllables properly after a unit word elsewhere (`xã Tân Phú`), or where the name is
/// one of the data's well-known names (`tỉnh quảng ninh`). A name that is also a common word (`Thống Nhất`) counts only
/// after the same unit word, and only where a capital marks the name. RL6003 asks the same, to leave these words to RL6005.
/// </summary>
internal static class PlaceEvidence
{
    public static List<EvidentPlaceSlip> Find<TFacts>(DocumentFacts<TFacts> facts, Func<TFacts, PlaceFacts> places, PlaceNameData data) where TFacts : class
    {
        var found = new List<EvidentPlaceSlip>();
        Dictionary<string, Written>? names = null;
        var candidates = false;
        foreach (var (modelParagraph, paragraphFacts) in facts)
        {
            var place = places(paragraphFacts);
            candidates |= place.Candidates.Count > 0;
            foreach (var model in place.Models)
            {
                names ??= new Dictionary<string, Written>(StringComparer.Ordinal);
                if (!names.TryGetValue(model.Key, out var written))
                {
                    names[model.Key] = written = new Written();
                }
                written.Add(model, modelParagraph.ToAbsolute(model.Span));
            }
        }
        if (!candidates)
        {
            return found;
        }
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            foreach (var candidate in places(paragraphFacts).Candidates)
            {
                if (Match(candidate, names, data) is { } match)
                {
                    found.Add(new EvidentPlaceSlip(paragraph, Slip(paragraph, candidate, match.Length), match.Written, match.Proper));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The longest name the candidate's first words spell (four syllables down to two; one for a well-known name such
    /// as `Huế`), ending where a name may end; null when those words are already written properly.
    /// </summary>
    private static (int Length, int Written, TextSpan? Proper)? Match(PlaceCandidate candidate, Dictionary<string, Written>? names, PlaceNameData data)
    {
        for (var length = candidate.Keys.Length; length >= 1; length--)
        {
            if (!candidate.EndsAt[length])
            {
                continue;
            }
            var key = string.Join(' ', candidate.Keys, 0, length);
            var (written, proper) = names is not null && length >= 2 && Array.IndexOf(candidate.Follower, true, 0, length) < 0
                && names.TryGetValue(key, out var w) ? w.For(candidate.Unit, Array.IndexOf(candidate.Proper, true, 0, length) >= 0) : (0, null);
            if (written == 0 && !data.IsWellKnown(key))
            {
                continue;
            }
            return Array.IndexOf(candidate.Proper, false, 0, length) < 0 ? null : (length, written, proper);
        }
        return null;
    }

    private static PlaceNameSlip Slip(Paragraph paragraph, PlaceCandidate candidate, int length)
    {
        var edits = new List<TextEdit>(length);
        for (var w = 0; w < length; w++)
        {
            if (!candidate.Proper[w])
            {
                var word = candidate.Words[w];
                edits.Add(new TextEdit(word, Syllables.WithCase(paragraph.Text.AsSpan(word.Start, word.Length), upperFirst: true)));
            }
        }
        return new PlaceNameSlip(TextSpan.FromBounds(candidate.UnitSpan.Start, candidate.Words[length - 1].End), edits);
    }

    /// <summary>
    /// How often the document writes a name properly, and where first; after which unit words it writes it when it is also
    /// a common word.
    /// </summary>
    private sealed class Written
    {
        private int _count;

        // The first proper spelling that is no common word (absolute), and the first after each unit where it is one.
        private TextSpan? _first;
        private Dictionary<string, TextSpan>? _firstAfterUnit;

        public void Add(PlaceModel model, TextSpan span)
        {
            _count++;
            if (!model.CommonWord)
            {
                _first ??= span;
            }
            else
            {
                (_firstAfterUnit ??= new Dictionary<string, TextSpan>(StringComparer.Ordinal)).TryAdd(model.Unit, span);
            }
        }

        /// <summary>
        /// The proper spellings that vouch for the name after this unit word, and the first of them: a common word only
        /// after the same one, and only where the writer marked a name with a capital (`xã Thống nhất`; `xã thống nhất`
        /// may mean agreement).
        /// </summary>
        public (int Count, TextSpan? First) For(string unit, bool marked) =>
            _first is { } first ? (_count, first)
            : marked && _firstAfterUnit!.TryGetValue(unit, out var afterUnit) ? (_count, afterUnit) : (0, null);
    }
}
