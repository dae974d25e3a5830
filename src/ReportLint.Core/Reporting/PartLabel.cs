using ReportLint.Core.Diagnostics;
using ReportLint.Core.Linting;

namespace ReportLint.Core.Reporting;

/// <summary>
/// The label that tells a Word user where a finding is when it is not in the body: a line number of the extracted
/// text means nothing in Word, "footnote 2" does.
/// </summary>
internal static class PartLabel
{
    /// <summary>`[chú thích 2] ` (with the space that parts it from the message), or empty for the body.</summary>
    public static string Prefix(FileReport file, Diagnostic diagnostic, MessageLanguage language) =>
        file.PartOf(diagnostic) is { } part ? part.Label(language) + " " : "";
}
