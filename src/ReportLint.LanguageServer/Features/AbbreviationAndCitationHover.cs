using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Abbreviations;
using ReportLint.Rules.Citations;

namespace ReportLint.LanguageServer.Features;

/// <summary>An abbreviation under the pointer: its meaning and the line where the document defines it.</summary>
public sealed class AbbreviationHoverProvider : IHoverProvider
{
    public HoverSection? Provide(HoverContext context)
    {
        var entry = AbbreviationTable.Build(context.Document, context.Options).FindAt(context.Offset);
        if (entry is null)
        {
            return null;
        }
        var english = context.Language == MessageLanguage.English;
        var meaning = entry.FullForm ?? (entry.Meanings.Count > 0 ? string.Join(" / ", entry.Meanings) : null);
        var text = new System.Text.StringBuilder();
        text.Append("**").Append(entry.Abbreviation).Append("**");
        text.Append(meaning is null ? (english ? ": meaning unknown" : ": chưa rõ nghĩa") : $": {meaning}");
        if (entry.DefinitionSpan is { } definition)
        {
            var line = context.Document.Text.GetLinePosition(definition.Start).Line + 1;
            text.Append("\n\n").Append(english ? $"Defined on line {line}." : $"Được định nghĩa ở dòng {line}.");
        }
        else
        {
            text.Append("\n\n").Append(entry.AllowedUndefined
                ? (english ? "Allowed without a definition by the house style." : "Được phép dùng không cần định nghĩa.")
                : (english ? "Not defined in this document." : "Chưa được định nghĩa trong văn bản này."));
        }
        var span = entry.UseSpans.Append(entry.DefinitionSpan ?? default).FirstOrDefault(s => s.Contains(context.Offset));
        return new HoverSection(text.ToString(), span.Length > 0 ? span : new Core.Text.TextSpan(context.Offset, 0));
    }
}

/// <summary>A citation under the pointer: the known document it refers to (symbol, type, date, issuer, subject).</summary>
public sealed class CitationHoverProvider : IHoverProvider
{
    public HoverSection? Provide(HoverContext context)
    {
        var citation = CitationIndex.FindAt(CitationIndex.Build(context.Document, context.Options), context.Offset);
        if (citation?.Document is not { } document)
        {
            return null;
        }
        return new HoverSection($"**{document.Symbol.Text}** · {CitationIndex.Describe(document)}", citation.Span);
    }
}
