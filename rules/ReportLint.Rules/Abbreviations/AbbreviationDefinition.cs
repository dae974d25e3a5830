using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// One `full form (ABBR)` definition found in a paragraph (offsets relative to the paragraph).
/// </summary>
/// <param name="Abbreviation">The abbreviation as written in the parentheses.</param>
/// <param name="Span">The abbreviation inside the parentheses.</param>
/// <param name="FullForm">The full form as written, on one line (null when its letters do not fit).</param>
/// <param name="Core">The matched words, lower case, for comparing two definitions' meanings.</param>
/// <param name="Matched">The letters fit the initials of the words before the parentheses.</param>
/// <param name="LikelyIntended">When unmatched: enough letters occur among the words before that the writer meant them (not `WHO` after a Vietnamese name).</param>
/// <param name="Suggestion">When unmatched: a spelling that fits (`TCD` → `TCĐ`), or null.</param>
/// <param name="Preceding">The words just before the parentheses (for messages).</param>
/// <param name="Construct">`full form (ABBR)` from the full form to the closing parenthesis, when the parentheses hold this abbreviation only.</param>
/// <remarks><see cref="Group"/> is set for each of several definitions in one pair of parentheses (`cán bộ, công chức (CB, CC)`).</remarks>
internal sealed record AbbreviationDefinition(
    string Abbreviation,
    string Key,
    TextSpan Span,
    string? FullForm,
    TextSpan? FullFormSpan,
    string? Core,
    bool Matched,
    bool LikelyIntended,
    string? Suggestion,
    string Preceding,
    TextSpan? Construct)
{
    public DefinitionGroup? Group { get; init; }

    /// <summary>The words the letters stand for (`hợp tác xã` in `hợp tác xã nông nghiệp (HTX)`), when they fit and the parser marked them.</summary>
    public TextSpan? CoreSpan { get; init; }

    /// <summary>
    /// The words of the construct the letters do not cover, with the space before them: ` nông nghiệp` in
    /// `hợp tác xã nông nghiệp (HTX)`, ` đảng` in `tổ chức cơ sở đảng (TCCS đảng)`; null when there are none.
    /// </summary>
    public TextSpan? Kept { get; init; }
}

/// <summary>Several abbreviations defined at once: `Cán bộ, công chức, viên chức (CB, CC, VC)`.</summary>
/// <param name="FullFormSpan">From the first full form to the last (`Cán bộ, công chức, viên chức`); null when some letters do not fit.</param>
/// <param name="AbbreviationsSpan">The abbreviations as listed in the parentheses (`CB, CC, VC`).</param>
internal sealed record DefinitionGroup(TextSpan? FullFormSpan, TextSpan AbbreviationsSpan);
