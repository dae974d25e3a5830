using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

/// <summary>Incremental and full changes: the server's text must stay identical to the client's.</summary>
public sealed class DocumentSyncTests(ITestOutputHelper output)
{
    private const string Uri = "file:///tmp/reportlint-tests/sync.txt";

    internal static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan())));

    internal static async Task<JsonElement> StateAsync(LspClient client, string uri, bool collect = false)
    {
        var response = await client.RequestAsync("reportlint/documentState", new JsonObject
        {
            ["textDocument"] = LspClient.Document(uri),
            ["collectGarbage"] = collect,
        });
        return response.GetProperty("result");
    }

    internal static async Task AssertInSyncAsync(LspClient client, string uri, string expected, int version)
    {
        var state = await StateAsync(client, uri);
        Assert.Equal(version, state.GetProperty("version").GetInt32());
        Assert.Equal(expected.Length, state.GetProperty("length").GetInt32());
        Assert.Equal(Hash(expected), state.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Incremental_edits_at_surrogate_pairs_line_ends_and_the_end_of_the_document()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var text = "Dòng một 😀 có biểu tượng.\r\nDòng hai\nDòng ba";
        await client.OpenAsync(Uri, text);
        var version = 1;

        async Task Edit(int sl, int sc, int el, int ec, string newText)
        {
            text = ClientText.Apply(text, sl, sc, el, ec, newText);
            await client.ChangeAsync(Uri, ++version, LspClient.Change(sl, sc, el, ec, newText));
            await AssertInSyncAsync(client, Uri, text, version);
        }

        await Edit(0, 9, 0, 9, "🎉");            // insert before a surrogate pair
        await Edit(0, 13, 0, 13, "x");           // insert right after the second pair (🎉😀 = 4 units)
        await Edit(0, 9, 0, 11, "");             // delete a whole pair
        await Edit(0, 100, 0, 100, "!");         // past the end of the line: clamped to the line's content
        await Edit(2, 7, 2, 7, "\n");            // at the very end of the document
        await Edit(3, 0, 3, 0, "Dòng bốn");      // on the new last, empty line
        await Edit(99, 0, 99, 0, " cuối");       // beyond the last line: the end of the document
        await Edit(0, 5, 2, 3, "");              // across lines, through a CRLF
        await Edit(0, 0, 0, 0, "\r");            // a lone CR is a line break too
        Assert.Equal(text, text); // the server agreed after every step
    }

    [Fact]
    public async Task Several_changes_in_one_notification_apply_in_order_and_full_changes_replace()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.OpenAsync(Uri, "abc\ndef\n");
        await client.ChangeAsync(Uri, 2,
            LspClient.Change(0, 3, 0, 3, "X"),    // abcX
            LspClient.Change(1, 0, 1, 1, "Y"),    // Yef
            LspClient.Change(0, 0, 0, 1, ""));    // bcX
        await AssertInSyncAsync(client, Uri, "bcX\nYef\n", 2);
        await client.ChangeAsync(Uri, 3, new JsonObject { ["text"] = "toàn văn mới" });
        await AssertInSyncAsync(client, Uri, "toàn văn mới", 3);
    }

    [Fact]
    public async Task Random_edits_keep_the_server_text_identical_and_memory_flat()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("REPORTLINT_LSP_RANDOM_EDITS"), out var n) ? n : 10_000;
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(options: new JsonObject { ["debounceMs"] = 5 });
        var random = new Random(20261122);
        var text = Drafts.Repeat(20_000);
        await client.OpenAsync(Uri, text);
        await client.DiagnosticsAsync(Uri, 1);
        string[] pieces = ["a", " ", " ,", "\n", "\r\n", "ệ", "😀", "", "Đảng bộ", ".", "\r"];
        var stopwatch = Stopwatch.StartNew();
        long? baseline = null;
        var samples = new List<(int Edit, long Bytes)>();
        for (var i = 1; i <= count; i++)
        {
            // Mostly typing and small replacements, some deletions across lines, some pasted lines:
            // the text keeps its size, and every kind of position (line ends, CRLF, pairs) is hit.
            var lineCount = ClientText.LineCount(text);
            var startLine = random.Next(lineCount + 1);
            var startCharacter = random.Next(0, 90);
            var endLine = startLine;
            var endCharacter = startCharacter;
            var newText = pieces[random.Next(pieces.Length)];
            switch (random.Next(10))
            {
                case < 5:
                    break;
                case < 8:
                    endCharacter += random.Next(1, 6);
                    break;
                case 8:
                case 9 when text.Length > 24_000: // keep the size steady, so the heap can be compared
                    endLine = Math.Min(startLine + random.Next(1, 5), lineCount);
                    endCharacter = random.Next(0, 90);
                    break;
                default:
                    newText = Drafts.Block[..random.Next(1, Drafts.Block.Length)];
                    break;
            }
            text = ClientText.Apply(text, startLine, startCharacter, endLine, endCharacter, newText);
            await client.ChangeAsync(Uri, i + 1, LspClient.Change(startLine, startCharacter, endLine, endCharacter, newText));
            if (i % 100 == 0)
            {
                await client.DiagnosticsAsync(Uri, i + 1); // analyses run along the way, not only at the end
            }
            if (i % 1000 == 0 || i == count)
            {
                await AssertInSyncAsync(client, Uri, text, i + 1);
                var bytes = (await StateAsync(client, Uri, collect: true)).GetProperty("managedBytes").GetInt64();
                baseline ??= bytes;
                samples.Add((i, bytes));
                output.WriteLine($"after {i,6} edits: managed heap {bytes / 1024.0 / 1024.0,7:F2} MB, text {text.Length} chars, {stopwatch.Elapsed.TotalSeconds:F1} s");
            }
        }
        var last = await client.DiagnosticsAsync(Uri, count + 1);
        output.WriteLine($"{count} edits in {stopwatch.Elapsed.TotalSeconds:F1} s; final diagnostics: {last.GetArrayLength()}");
        // Flat: the bounded memos (syllables, words, scanners) fill during the first half of the edits; over the second
        // half the heap stays within a small margin, where a leak would keep growing with every edit.
        var middle = samples[samples.Count / 2].Bytes;
        Assert.True(samples[^1].Bytes < baseline!.Value * 2.5 && samples[^1].Bytes < middle * 1.1 + 1024 * 1024,
            $"managed heap grew from {baseline} (first sample) and {middle} (middle) to {samples[^1].Bytes} bytes");
    }
}
