namespace ReportLint.Core.Syntax;

/// <summary>
/// Lines that form one paragraph (0-based, inclusive): a Markdown paragraph wrapped over several lines
/// is read as one, so a sentence, a citation or a ratio and its percentage are not cut at the wrap.
/// </summary>
public readonly record struct ParagraphLines(int FirstLine, int LastLine);
