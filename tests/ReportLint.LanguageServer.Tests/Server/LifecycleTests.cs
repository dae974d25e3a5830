using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

public sealed class LifecycleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Requests_before_initialize_are_refused_with_ServerNotInitialized()
    {
        await using var client = LspClient.Start(output);
        var response = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = LspClient.Document("file:///x.txt"),
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        Assert.Equal(-32002, response.GetProperty("error").GetProperty("code").GetInt32());
        // Notifications before initialize are dropped: no diagnostics for this document.
        await client.OpenAsync("file:///tmp/reportlint-tests/early.txt", Drafts.WithSpaces);
        await client.InitializeAsync();
        var state = await client.RequestAsync("reportlint/documentState", new JsonObject { ["textDocument"] = LspClient.Document("file:///tmp/reportlint-tests/early.txt") });
        Assert.Equal(-32602, state.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Initialize_announces_capabilities_and_utf16_by_default()
    {
        await using var client = LspClient.Start(output);
        var response = await client.InitializeAsync();
        var result = response.GetProperty("result");
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.Equal(["quickfix", "source.fixAll.reportlint"],
            capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["reportlint.addToWordList"],
            capabilities.GetProperty("executeCommandProvider").GetProperty("commands").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("reportlint-ls", result.GetProperty("serverInfo").GetProperty("name").GetString());
        var second = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        Assert.Equal(-32600, second.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "utf-8", "utf-16" }, "utf-16")]
    [InlineData(new[] { "utf-32", "utf-8" }, "utf-32")]
    [InlineData(new[] { "utf-8" }, "utf-8")]
    [InlineData(new string[0], "utf-16")]
    public async Task Position_encoding_is_negotiated(string[] offered, string expected)
    {
        await using var client = LspClient.Start(output);
        var response = await client.InitializeAsync(capabilities: new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray(offered.Select(o => (JsonNode)o!).ToArray()) },
        });
        Assert.Equal(expected, response.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString());
    }

    [Fact]
    public async Task Utf8_positions_count_bytes()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(capabilities: new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-8") },
        });
        const string uri = "file:///tmp/reportlint-tests/utf8.txt";
        await client.OpenAsync(uri, "Ủy ban ,\n");
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        // “Ủy ban” is 8 bytes in UTF-8 (Ủ is 3), so the space before “,” starts at byte 8 (character 6 in UTF-16).
        var range = diagnostics[0].GetProperty("range");
        Assert.Equal(8, range.GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(9, range.GetProperty("end").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0_and_requests_after_shutdown_are_refused()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var response = await client.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("result").ValueKind);
        var after = await client.RequestAsync("textDocument/hover", new JsonObject());
        Assert.Equal(-32600, after.GetProperty("error").GetProperty("code").GetInt32());
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task The_server_exits_when_its_input_closes()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        client.CloseInput();
        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Usage_error_without_stdio()
    {
        var start = new System.Diagnostics.ProcessStartInfo(LspClient.DotnetHost)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(LspClient.ServerDll);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", stdout);
    }

    [Theory]
    [InlineData("vi", "Thừa khoảng trắng trước dấu “,”")]
    [InlineData("vi-VN", "Thừa khoảng trắng trước dấu “,”")]
    [InlineData("en", "Unexpected space before “,”")]
    [InlineData("en-US", "Unexpected space before “,”")]
    [InlineData(null, "Thừa khoảng trắng trước dấu “,”")]
    public async Task Locale_chooses_the_message_language(string? locale, string message)
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(locale);
        const string uri = "file:///tmp/reportlint-tests/locale.txt";
        await client.OpenAsync(uri, Drafts.WithSpaces);
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        Assert.Equal(message, diagnostics[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Initialization_is_logged_with_window_logMessage()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var log = await client.WaitForAsync(m => LspClient.IsNotification(m, "window/logMessage"));
        Assert.Contains("positions in utf-16", log.GetProperty("params").GetProperty("message").GetString());
    }
}
