using System.Text;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Input;

/// <summary>Decodes UTF-8 (with or without BOM) and UTF-16 with BOM strictly: invalid bytes are an error, never replaced.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, TextEncoding Encoding) Decode(string path, byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeStrict(path, StrictUtf8, bytes, 3), new TextEncoding(new UTF8Encoding(true), true));
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
            return (DecodeStrict(path, encoding, bytes, 2), new TextEncoding(encoding, true));
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            return (DecodeStrict(path, encoding, bytes, 2), new TextEncoding(encoding, true));
        }
        return (DecodeStrict(path, StrictUtf8, bytes, 0), TextEncoding.Utf8);
    }

    private static string DecodeStrict(string path, Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            var position = ex.Index >= 0 ? ex.Index + offset : offset;
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? $"0x{unknown[0]:X2}" : "?";
            var name = encoding is UnicodeEncoding ? "UTF-16" : "UTF-8";
            throw new InputException(path, new LocalizedText(
                $"không phải văn bản {name} hợp lệ (byte {bad} ở vị trí {position}); hãy lưu lại tệp với mã hóa UTF-8",
                $"not valid {name} text (byte {bad} at offset {position}); save the file as UTF-8"));
        }
    }
}
