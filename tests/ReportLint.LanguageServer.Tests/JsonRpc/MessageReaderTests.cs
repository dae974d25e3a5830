using System.Text;
using ReportLint.LanguageServer.JsonRpc;

namespace ReportLint.LanguageServer.Tests.JsonRpc;

public sealed class MessageReaderTests
{
    private static byte[] Frame(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), .. bytes];
    }

    /// <summary>Feeds the input in chunks of the given size and collects every message.</summary>
    private static async Task<List<FramedMessage>> ReadAllAsync(byte[] input, int chunk)
    {
        var reader = new MessageReader(new ChunkedStream(input, chunk), maxMessageBytes: 1024);
        var messages = new List<FramedMessage>();
        do
        {
            while (reader.TryRead(out var message))
            {
                messages.Add(message);
                if (message.Body is { } body && !IsJson(body))
                {
                    reader.Resynchronize(body);
                }
                else if (message.Body is not null)
                {
                    reader.Synchronized();
                }
            }
        }
        while (await reader.FillAsync(CancellationToken.None));
        return messages;
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(body);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Text(FramedMessage message) => message.Body is null ? "error" : Encoding.UTF8.GetString(message.Body);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Messages_are_read_whatever_the_chunking(int chunk)
    {
        var input = Frame("{\"a\":\"Đảng bộ\"}").Concat(Frame("{}")).Concat(Frame("[1]")).ToArray();
        var messages = await ReadAllAsync(input, chunk);
        Assert.Equal(["{\"a\":\"Đảng bộ\"}", "{}", "[1]"], messages.Select(Text));
    }

    [Fact]
    public async Task Content_type_and_unknown_headers_are_ignored()
    {
        var input = Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nX-Other: 1\r\nContent-Length: 2\r\n\r\n{}");
        Assert.Equal(["{}"], (await ReadAllAsync(input, 5)).Select(Text));
    }

    [Fact]
    public async Task Garbage_between_messages_is_reported_once_and_skipped()
    {
        var input = Frame("{}").Concat(Encoding.ASCII.GetBytes("hello\r\nworld ")).Concat(Frame("[]")).ToArray();
        Assert.Equal(["{}", "error", "[]"], (await ReadAllAsync(input, 4)).Select(Text));
    }

    [Fact]
    public async Task Whitespace_between_messages_is_tolerated()
    {
        var input = Frame("{}").Concat(Encoding.ASCII.GetBytes("\r\n\r\n")).Concat(Frame("[]")).ToArray();
        Assert.Equal(["{}", "[]"], (await ReadAllAsync(input, 4)).Select(Text));
    }

    [Theory]
    [InlineData("Content-Length: -3\r\n\r\n")]
    [InlineData("Content-Length: 12abc\r\n\r\n")]
    [InlineData("Content-Length:\r\n\r\n")]
    public async Task Invalid_lengths_are_errors_and_reading_goes_on(string header)
    {
        var input = Encoding.ASCII.GetBytes(header).Concat(Frame("{}")).ToArray();
        Assert.Equal(["error", "{}"], (await ReadAllAsync(input, 3)).Select(Text));
    }

    [Fact]
    public async Task A_length_too_short_yields_one_bad_body_then_the_next_message()
    {
        var input = Encoding.ASCII.GetBytes("Content-Length: 5\r\n\r\n{\"a\":1}").Concat(Frame("[2]")).ToArray();
        Assert.Equal(["{\"a\":", "[2]"], (await ReadAllAsync(input, 2)).Select(Text));
    }

    [Fact]
    public async Task A_length_too_long_is_resynchronised_on_the_next_header()
    {
        var next = Frame("[2]");
        var input = Encoding.ASCII.GetBytes("Content-Length: 12\r\n\r\n{\"a\":1}").Concat(next).Concat(Frame("[3]")).ToArray();
        var messages = (await ReadAllAsync(input, 64)).Select(Text).ToList();
        Assert.Equal("{\"a\":1}Conte", messages[0]);
        Assert.Equal(["[2]", "[3]"], messages.Skip(1));
    }

    [Fact]
    public async Task An_oversized_message_is_refused_and_skipped()
    {
        var big = "[" + new string('1', 2000) + "]";
        var input = Frame(big).Concat(Frame("{}")).ToArray();
        Assert.Equal(["error", "{}"], (await ReadAllAsync(input, 100)).Select(Text));
    }

    [Fact]
    public async Task A_message_cut_by_the_end_of_input_is_dropped()
    {
        var input = Frame("{}").Concat(Encoding.ASCII.GetBytes("Content-Length: 10\r\n\r\n{\"a")).ToArray();
        Assert.Equal(["{}"], (await ReadAllAsync(input, 3)).Select(Text));
    }

    /// <summary>A stream returning at most <c>chunk</c> bytes per read.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }
}
