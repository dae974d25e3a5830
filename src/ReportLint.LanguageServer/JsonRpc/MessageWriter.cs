using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportLint.LanguageServer.JsonRpc;

/// <summary>Writes framed messages; one at a time, each in a single write so frames never interleave.</summary>
public sealed class MessageWriter(Stream output)
{
    /// <summary>Non-ASCII text (Vietnamese) is written as is: JSON allows it and it keeps messages small.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _broken;

    public async Task WriteAsync(Action<Utf8JsonWriter> writeBody, CancellationToken cancellationToken = default)
    {
        var body = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(body, WriterOptions))
        {
            writeBody(json);
        }
        var header = System.Text.Encoding.ASCII.GetBytes($"Content-Length: {body.WrittenCount}\r\n\r\n");
        var frame = new byte[header.Length + body.WrittenCount];
        header.CopyTo(frame, 0);
        body.WrittenSpan.CopyTo(frame.AsSpan(header.Length));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_broken)
            {
                return;
            }
            await output.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
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
            _gate.Release();
        }
    }
}
