using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// `&lt;!-- reportlint-disable [RL…] --&gt;` … `&lt;!-- reportlint-enable [RL…] --&gt;` and
/// `&lt;!-- reportlint-disable-next-line [RL…] --&gt;`.
/// </summary>
internal static partial class SuppressionComments
{
    [GeneratedRegex(@"<!--\s*reportlint-(disable-next-line|disable|enable)((?:[\s,]+RL\d{4})*)\s*-->")]
    private static partial Regex Directive();

    public static SuppressionMap Read(string text, IEnumerable<(TextSpan Span, string Text)> comments)
    {
        var suppressions = new List<Suppression>();
        var open = new List<(int Start, HashSet<string> Ids)>();
        foreach (var (span, commentText) in comments.OrderBy(c => c.Span.Start))
        {
            foreach (Match match in Directive().Matches(commentText))
            {
                var ids = match.Groups[2].Value.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                switch (match.Groups[1].Value)
                {
                    case "disable-next-line":
                        var lineEnd = text.IndexOf('\n', span.End - 1 < 0 ? 0 : span.End - 1);
                        if (lineEnd >= 0)
                        {
                            var nextEnd = text.IndexOf('\n', lineEnd + 1);
                            suppressions.Add(new Suppression(TextSpan.FromBounds(lineEnd + 1, nextEnd < 0 ? text.Length : nextEnd + 1), ids));
                        }
                        break;
                    case "disable":
                        open.Add((span.End, ids));
                        break;
                    default:
                        Close(open, suppressions, span.Start, ids);
                        break;
                }
            }
        }
        Close(open, suppressions, text.Length + 1, []);
        return suppressions.Count == 0 ? SuppressionMap.Empty : new SuppressionMap(suppressions);
    }

    // `enable` with ids closes those ids only; a bare `enable` closes every open range.
    private static void Close(List<(int Start, HashSet<string> Ids)> open, List<Suppression> suppressions, int end, HashSet<string> ids)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (ids.Count == 0 || open[i].Ids.SetEquals(ids) || (open[i].Ids.Count > 0 && open[i].Ids.IsSubsetOf(ids)))
            {
                suppressions.Add(new Suppression(TextSpan.FromBounds(open[i].Start, Math.Max(open[i].Start, end)), open[i].Ids));
                open.RemoveAt(i);
            }
        }
    }
}
