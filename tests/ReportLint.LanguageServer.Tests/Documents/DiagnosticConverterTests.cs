using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Features;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Tests.Documents;

public sealed class DiagnosticConverterTests
{
    private static readonly DiagnosticDescriptor Rule = new("RL1999", "test-defined-differently",
        new("Định nghĩa khác", "Defined differently"), new("“{0}” đã được định nghĩa khác", "“{0}” was defined differently"),
        RuleFamily.Abbreviations, ReportSeverity.Info);

    [Fact]
    public void Related_places_severity_code_and_page_are_converted()
    {
        var text = LineMap.Create("Ban Chấp hành Trung ương (BCH TW).\r\nBCH TW họp 😀 BCH TW.\n");
        var second = text.Text.LastIndexOf("BCH TW", StringComparison.Ordinal);
        var diagnostic = new Diagnostic(Rule, new TextSpan(second, 6), ReportSeverity.Info, ["BCH TW"], [],
            [new RelatedLocation(new TextSpan(26, 6), new LocalizedText("Định nghĩa ở đây", "Defined here"))]);
        var lsp = DiagnosticConverter.Convert("file:///a.txt", diagnostic, text, PositionEncoding.Utf16, MessageLanguage.English);
        Assert.Equal(new Protocol.Range(new Position(1, 14), new Position(1, 20)), lsp.Range);
        Assert.Equal(DiagnosticSeverities.Information, lsp.Severity);
        Assert.Equal("RL1999", lsp.Code);
        Assert.Equal("reportlint", lsp.Source);
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/rules/docs/RL1999.md", lsp.CodeDescription.Href);
        Assert.Equal("“BCH TW” was defined differently", lsp.Message);
        var related = Assert.Single(lsp.RelatedInformation!);
        Assert.Equal(new Location("file:///a.txt", new Protocol.Range(new Position(0, 26), new Position(0, 32))), related.Location);
        Assert.Equal("Defined here", related.Message);
        var utf32 = DiagnosticConverter.Convert("file:///a.txt", diagnostic, text, PositionEncoding.Utf32, MessageLanguage.Vietnamese);
        Assert.Equal(new Position(1, 13), utf32.Range.Start);
        Assert.Equal("“BCH TW” đã được định nghĩa khác", utf32.Message);
    }

    [Theory]
    [InlineData(ReportSeverity.Error, 1)]
    [InlineData(ReportSeverity.Warning, 2)]
    [InlineData(ReportSeverity.Info, 3)]
    public void Severities_map_to_the_protocol(ReportSeverity severity, int expected) =>
        Assert.Equal(expected, DiagnosticConverter.ToSeverity(severity));
}
