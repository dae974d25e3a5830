using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2013: a document symbol in a form neither layout allows: the year of a State document after its codes
/// (`30/NĐ-CP/2020` for `30/2020/NĐ-CP`), or a Party symbol whose issuer is `TƯ` (the code of the Central
/// Committee is `TW`: `18-NQ/TƯ` for `18-NQ/TW`), or a State symbol without the hyphen between its type and
/// issuer codes (`38/2023/NĐCP` for `38/2023/NĐ-CP`).
/// </summary>
public sealed class NonStandardSymbolAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2013", "non-standard-symbol",
        new("Số, ký hiệu viết sai quy cách", "Non-standard document symbol"),
        new("Số, ký hiệu “{0}” viết sai quy cách ({1}): viết “{2}”", "The symbol “{0}” is not written in the standard form ({1}): write “{2}”"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText YearLast = new("năm ban hành đứng sau ký hiệu loại và cơ quan", "the year comes after the type and issuer codes");
    private static readonly LocalizedText CentralIssuer = new("ký hiệu của Trung ương là TW", "the Central Committee's code is TW");
    private static readonly LocalizedText MissingHyphen = new("thiếu dấu gạch nối giữa ký hiệu loại văn bản và cơ quan ban hành",
        "the hyphen between the type and issuer codes is missing");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.DocumentSymbol);

    private static void Analyze(TokenAnalysisContext context)
    {
        var text = context.Text.ToString();
        if ((Corrected(text) ?? WithHyphen(text, CitationData.Get(context.Options))) is not var (corrected, reason))
        {
            return;
        }
        var span = context.Token.Span;
        context.Report(Rule, span, CodeFix.Replace(span, corrected, FixSafety.Unsafe, new($"Sửa thành “{corrected}”", $"Change to “{corrected}”")),
            text, reason, corrected);
    }

    /// <summary>The standard form of the symbol and why, or null when it is standard (or not recognised at all).</summary>
    internal static (string Corrected, LocalizedText Reason)? Corrected(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 3 && IsDigits(parts[0]) && parts[1].IndexOf('-') is > 0 and var dash && dash < parts[1].Length - 1
            && parts[2].Length == 4 && IsDigits(parts[2]) && int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) is >= 1945 and <= 2100)
        {
            return ($"{parts[0]}/{parts[2]}/{parts[1]}", YearLast);
        }
        return CitationSymbol.Parse(text) is { Layout: SymbolLayout.Party, Issuer: "TƯ", TypeCode: { } type } symbol
            ? ($"{symbol.Number}-{type}/TW", CentralIssuer)
            : null;
    }

    /// <summary>`38/2023/NĐCP`: the hyphen between a State type code and its issuer left out (`NĐ-CP`).</summary>
    private static (string Corrected, LocalizedText Reason)? WithHyphen(string text, CitationData data)
    {
        var parts = text.Split('/');
        var last = parts[^1];
        if (parts.Length is < 2 or > 3 || !IsDigits(parts[0]) || last.Contains('-') || (parts.Length == 3 && !IsDigits(parts[1])))
        {
            return null;
        }
        for (var split = 1; split < last.Length; split++)
        {
            var (code, issuer) = (last[..split], last[split..]);
            if (data.Types.IsKnownCode(code, SymbolLayout.State) && data.Issuers.IsState(issuer))
            {
                return ($"{string.Join('/', parts[..^1])}/{code}-{issuer}", MissingHyphen);
            }
        }
        return null;
    }

    private static bool IsDigits(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
