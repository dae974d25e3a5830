using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Punctuation;

/// <summary>Why a style-mix rule prefers one form: the document's majority, or the `style` option of the configuration.</summary>
internal static class StyleReasons
{
    public static readonly LocalizedText Majority = new("dùng nhiều hơn trong văn bản", "the document uses most");
    public static readonly LocalizedText Configured = new("đã chọn trong cấu hình", "set in the configuration");
}
