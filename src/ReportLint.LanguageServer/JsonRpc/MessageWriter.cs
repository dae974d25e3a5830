using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportLint.LanguageServer.JsonRpc;

/// <summary>Writes framed messages one at a time (header and body under one lock), so frames never interleave.</summary>
public sealed class MessageWriter(Stream output)
{
    /// <summary>Non-ASCII text (Vietnamese) is written as is: JSON allows it and it keeps messages small.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One body buffer, reused: a `publishDiagnostics` of a long draft is hundreds of KB, and a fresh
    // growing buffer plus a framed copy per message was most of what an edit allocated.
    private const int LargestKept = 4 * 1024 * 1024;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ArrayBufferWriter<byte> _body = new(4096);
    private bool _broken;

    public async Task WriteAsync(Action<Utf8JsonWriter> writeBody, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_broken)
            {
                return;
            }
            _body.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(_body, WriterOptions))
            {
                writeBody(json);
            }
            var header = System.Text.Encoding.ASCII.GetBytes($"Content-Length: {_body.WrittenCount}\r\n\r\n");
            // Once a frame is started it is finished: a header without its body would break every later message.
            await output.WriteAsync(header, CancellationToken.None).ConfigureAwait(false);
            await output.WriteAsync(_body.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            _broken = true; // the client went away; the reader will see the end of input
        }
        catch (ObjectDisposedException)
        {
            _broken = true;
        }
        finally
        {
            if (_body.Capacity > LargestKept)
            {
                _body = new ArrayBufferWriter<byte>(4096);
            }
            _gate.Release();
        }
    }
}
