using System.Buffers.Text;
using System.Text;

namespace ReportLint.LanguageServer.JsonRpc;

/// <summary>One framed message: its body, or why the framing was unusable.</summary>
public readonly record struct FramedMessage(byte[]? Body, string? Error);

/// <summary>
/// Reads `Content-Length` framed messages from a stream. Reading is split in two so the caller can
/// handle every message already buffered before waiting for more input (that is how a request and
/// its `$/cancelRequest` sent together are seen together). Never throws on bad input: garbage is
/// skipped up to the next `Content-Length:` header and reported once.
/// </summary>
public sealed class MessageReader(Stream input, int maxMessageBytes = MessageReader.DefaultMaxMessageBytes)
{
    public const int DefaultMaxMessageBytes = 256 * 1024 * 1024;

    private static readonly byte[] HeaderName = "Content-Length:"u8.ToArray();
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly System.Buffers.SearchValues<byte> HeaderNameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"u8);

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _resynchronizing;
    private int _skipBody = -1;

    private ReadOnlySpan<byte> Buffered => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Takes the next complete message from the buffer, if there is one.</summary>
    public bool TryRead(out FramedMessage message)
    {
        message = default;
        if (_skipBody > 0)
        {
            // The rest of an oversized body: discard it as it arrives.
            var take = Math.Min(_skipBody, _end - _start);
            _start += take;
            _skipBody -= take;
            if (_skipBody > 0)
            {
                return false;
            }
        }
        var header = Buffered.IndexOf(HeaderName);
        if (header < 0)
        {
            var garbage = GarbageBeforePossibleHeader(Buffered);
            if (garbage > 0 && HasContent(_buffer.AsSpan(_start, garbage)))
            {
                _start += garbage;
                return ReportGarbage(out message);
            }
            _start += garbage;
            return false;
        }
        if (header > 0)
        {
            // Other headers (Content-Type) may come first; only what precedes them is garbage.
            var skipped = _buffer.AsSpan(_start, header);
            var garbage = skipped[..HeaderBlockStart(skipped)];
            _start += header;
            if (HasContent(garbage) && ReportGarbage(out message))
            {
                return true;
            }
        }
        var headerEnd = Buffered.IndexOf(HeaderEnd);
        if (headerEnd < 0)
        {
            if (_end - _start > 8 * 1024)
            {
                _start += HeaderName.Length; // a header that never ends: drop it
                message = new FramedMessage(null, "The message header is not terminated by an empty line.");
                return true;
            }
            return false;
        }
        var length = ParseContentLength(Buffered[..headerEnd]);
        var bodyStart = _start + headerEnd + HeaderEnd.Length;
        if (length < 0)
        {
            _start = bodyStart;
            message = new FramedMessage(null, "The Content-Length header is missing or invalid.");
            return true;
        }
        if (length > maxMessageBytes)
        {
            _start = bodyStart;
            _skipBody = length;
            message = new FramedMessage(null, $"The message is larger than {maxMessageBytes} bytes.");
            return true;
        }
        if (_end - bodyStart < length)
        {
            EnsureCapacity(bodyStart - _start + length);
            return false;
        }
        var body = _buffer.AsSpan(bodyStart, length).ToArray();
        _start = bodyStart + length;
        message = new FramedMessage(body, null);
        return true;
    }

    /// <summary>Reads more input; false at the end of the stream.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_end == _buffer.Length)
        {
            Compact();
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }
        var read = await input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }

    /// <summary>
    /// A body that was not valid JSON: its framing may have been wrong, so look for the next header
    /// inside it (a Content-Length too long swallows the next message's header). Garbage up to that
    /// header is not reported again.
    /// </summary>
    public void Resynchronize(byte[] body)
    {
        if (body.Length <= 1)
        {
            return;
        }
        Compact();
        var pushed = body.Length - 1;
        EnsureCapacity(_end + pushed);
        Buffer.BlockCopy(_buffer, 0, _buffer, pushed, _end);
        Buffer.BlockCopy(body, 1, _buffer, 0, pushed);
        _end += pushed;
        _resynchronizing = true;
    }

    /// <summary>A message was read correctly: garbage is reported again from now on.</summary>
    public void Synchronized() => _resynchronizing = false;

    private bool ReportGarbage(out FramedMessage message)
    {
        message = new FramedMessage(null, "Unexpected bytes outside a message.");
        if (_resynchronizing)
        {
            return false;
        }
        _resynchronizing = true;
        return true;
    }

    private static bool HasContent(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) >= 0;

    /// <summary>
    /// Without a Content-Length yet, what cannot belong to a header still arriving: everything
    /// before the trailing header lines and a trailing partial line that could be a header.
    /// </summary>
    private static int GarbageBeforePossibleHeader(ReadOnlySpan<byte> buffered)
    {
        var lastBreak = buffered.LastIndexOf("\r\n"u8);
        var completeEnd = lastBreak < 0 ? 0 : lastBreak + 2;
        var keepFrom = HeaderBlockStart(buffered[..completeEnd]);
        var tail = buffered[completeEnd..];
        var colon = tail.IndexOf((byte)':');
        var name = colon < 0 ? tail : tail[..colon];
        var tailCouldBeHeader = colon != 0 && name.IndexOfAnyExcept(HeaderNameCharacters) < 0;
        if (!tailCouldBeHeader || buffered.Length - keepFrom > 8 * 1024)
        {
            keepFrom = Math.Max(0, buffered.Length - (HeaderName.Length - 1));
        }
        return keepFrom;
    }

    /// <summary>Where the complete `Name: value` lines at the end of <paramref name="bytes"/> begin.</summary>
    private static int HeaderBlockStart(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.Length;
        while (start >= 2 && bytes[start - 2] == '\r' && bytes[start - 1] == '\n')
        {
            var lineEnd = start - 2;
            var previous = bytes[..lineEnd].LastIndexOf("\r\n"u8);
            var lineStart = previous < 0 ? 0 : previous + 2;
            if (!IsHeaderLine(bytes[lineStart..lineEnd]))
            {
                break;
            }
            start = lineStart;
        }
        return start;
    }

    private static bool IsHeaderLine(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        return colon > 0 && line[..colon].IndexOfAnyExcept(HeaderNameCharacters) < 0;
    }

    private static int ParseContentLength(ReadOnlySpan<byte> headers)
    {
        var result = -1;
        foreach (var range in headers.Split("\r\n"u8))
        {
            var line = headers[range];
            if (!line.StartsWith(HeaderName))
            {
                continue; // Content-Type and unknown headers are allowed and ignored
            }
            var value = line[HeaderName.Length..].Trim(" \t"u8);
            if (!Utf8Parser.TryParse(value, out int length, out var consumed) || consumed != value.Length || length < 0)
            {
                return -1;
            }
            result = length;
        }
        return result;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= _buffer.Length - _start)
        {
            return;
        }
        Compact();
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }

    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }

    public override string ToString() => Encoding.UTF8.GetString(Buffered);
}
