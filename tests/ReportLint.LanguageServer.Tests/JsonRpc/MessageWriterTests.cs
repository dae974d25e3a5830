using System.Text;
using ReportLint.LanguageServer.JsonRpc;

namespace ReportLint.LanguageServer.Tests.JsonRpc;

public sealed class MessageWriterTests
{
    [Fact]
    public async Task A_small_message_after_a_large_one_is_framed_alone()
    {
        // The body buffer is reused from message to message: nothing of the large one may leak into the next.
        var output = new MemoryStream();
        var writer = new MessageWriter(output);
        var large = new string('x', 100_000);

        await writer.WriteAsync(json => json.WriteStringValue(large));
        await writer.WriteAsync(json => json.WriteNumberValue(7));
        await writer.WriteAsync(json => json.WriteStringValue("Tỉnh ủy"));

        Assert.Equal(
            $"Content-Length: {large.Length + 2}\r\n\r\n\"{large}\"" + "Content-Length: 1\r\n\r\n7" + "Content-Length: 13\r\n\r\n\"Tỉnh ủy\"",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task A_failing_body_writes_nothing_and_the_next_message_still_goes_out()
    {
        var output = new MemoryStream();
        var writer = new MessageWriter(output);

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(json =>
        {
            json.WriteStartArray();
            throw new InvalidOperationException("boom");
        }));
        await writer.WriteAsync(json => json.WriteBooleanValue(true));

        Assert.Equal("Content-Length: 4\r\n\r\ntrue", Encoding.UTF8.GetString(output.ToArray()));
    }
}
