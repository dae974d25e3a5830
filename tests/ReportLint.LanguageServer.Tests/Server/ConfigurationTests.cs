using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

public sealed class ConfigurationTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("reportlint-ls-").FullName;

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private string DraftUri => new Uri(Path.Combine(_workspace, "draft.txt")).AbsoluteUri;

    private string RootUri => new Uri(_workspace + "/").AbsoluteUri;

    private static JsonObject Capabilities(bool pull) => new()
    {
        ["workspace"] = new JsonObject
        {
            ["configuration"] = pull,
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
        },
    };

    private static int Rl4001(JsonElement publication) =>
        DiagnosticsTests.OfRule(publication.GetProperty("diagnostics"), "RL4001").Length;

    private Task<JsonElement> PublicationAsync(LspClient client, Func<JsonElement, bool> predicate, int from = 0) =>
        client.WaitForAsync(m => LspClient.IsNotification(m, "textDocument/publishDiagnostics")
            && m.GetProperty("params").GetProperty("uri").GetString() == DraftUri && predicate(m.GetProperty("params")), from: from);

    [Fact]
    public async Task Workspace_configuration_is_pulled_and_didChangeConfiguration_pulls_again()
    {
        await using var client = LspClient.Start(output);
        client.Settings = new JsonObject { ["rules"] = new JsonObject { ["RL4001"] = "off" } };
        await client.InitializeAsync(capabilities: Capabilities(pull: true), rootUri: RootUri);
        await client.WaitForAsync(m => m.TryGetProperty("method", out var method) && method.GetString() == "workspace/configuration");
        await client.OpenAsync(DraftUri, Drafts.WithSpaces);
        await PublicationAsync(client, p => Rl4001(p) == 0);
        var mark = client.Received.Length;
        client.Settings = new JsonObject { ["rules"] = new JsonObject { ["space-before-punctuation"] = new JsonObject { ["severity"] = "error" } } };
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        var publication = await PublicationAsync(client, p => Rl4001(p) == 2, mark);
        Assert.Equal(1, publication.GetProperty("params").GetProperty("diagnostics")[0].GetProperty("severity").GetInt32());
        Assert.Equal(1, publication.GetProperty("params").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Pushed_settings_change_language_and_enablement()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(capabilities: Capabilities(pull: false), rootUri: RootUri);
        await client.OpenAsync(DraftUri, Drafts.WithSpaces);
        await PublicationAsync(client, p => Rl4001(p) == 2);
        var mark = client.Received.Length;
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["reportlint"] = new JsonObject { ["language"] = "en" } },
        });
        await PublicationAsync(client, p => p.GetProperty("diagnostics").EnumerateArray()
            .Any(d => d.GetProperty("message").GetString() == "Unexpected space before “,”"), mark);
        mark = client.Received.Length;
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["reportlint"] = new JsonObject { ["enable"] = false } },
        });
        await PublicationAsync(client, p => p.GetProperty("diagnostics").GetArrayLength() == 0, mark);
    }

    [Fact]
    public async Task Unknown_rules_in_settings_are_reported_and_the_rest_applies()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(capabilities: Capabilities(pull: false), rootUri: RootUri,
            options: new JsonObject { ["rules"] = new JsonObject { ["RL0000"] = "off", ["RL4001"] = "off" } });
        var message = await client.WaitForAsync(m => LspClient.IsNotification(m, "window/showMessage"));
        Assert.Equal(2, message.GetProperty("params").GetProperty("type").GetInt32());
        Assert.Contains("RL0000", message.GetProperty("params").GetProperty("message").GetString());
        await client.OpenAsync(DraftUri, Drafts.WithSpaces);
        await PublicationAsync(client, p => Rl4001(p) == 0);
    }

    [Fact]
    public async Task A_changed_reportlint_json_relints_open_documents()
    {
        var config = Path.Combine(_workspace, ".reportlint.json");
        await File.WriteAllTextAsync(config, "{ \"rules\": { \"RL4001\": \"off\" } }");
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(capabilities: Capabilities(pull: false), rootUri: RootUri);
        var registration = await client.WaitForAsync(m => m.TryGetProperty("method", out var method) && method.GetString() == "client/registerCapability");
        Assert.Equal("**/.reportlint.json", registration.GetProperty("params").GetProperty("registrations")[0]
            .GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());
        await client.OpenAsync(DraftUri, Drafts.WithSpaces);
        await PublicationAsync(client, p => Rl4001(p) == 0);
        var mark = client.Received.Length;
        await File.WriteAllTextAsync(config, "{ \"rules\": { \"RL4001\": \"info\" } }");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(config).AbsoluteUri, ["type"] = 2 }),
        });
        var publication = await PublicationAsync(client, p => Rl4001(p) == 2, mark);
        Assert.Equal(3, publication.GetProperty("params").GetProperty("diagnostics")[0].GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task A_bad_configuration_is_shown_with_its_place_and_linting_goes_on()
    {
        var config = Path.Combine(_workspace, ".reportlint.json");
        await File.WriteAllTextAsync(config, "{\n  \"rules\": { \"RL4001\": \"loud\" }\n}");
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(capabilities: Capabilities(pull: false), rootUri: RootUri);
        await client.OpenAsync(DraftUri, Drafts.WithSpaces);
        var message = await client.WaitForAsync(m => LspClient.IsNotification(m, "window/showMessage"));
        Assert.Equal(1, message.GetProperty("params").GetProperty("type").GetInt32());
        var text = message.GetProperty("params").GetProperty("message").GetString()!;
        Assert.StartsWith(config + "(2,", text);
        Assert.Contains("RL9002", text);
        Assert.Contains("loud", text);
        await PublicationAsync(client, p => Rl4001(p) == 2);
        Assert.Equal(1, client.Received.Count(m => LspClient.IsNotification(m, "window/showMessage")));
    }

    [Fact]
    public async Task Add_to_word_list_writes_words_and_keeps_the_rest_of_the_file()
    {
        var config = Path.Combine(_workspace, ".reportlint.json");
        await File.WriteAllTextAsync(config, "{\n  // cấu hình của văn phòng\n  \"language\": \"vi\",\n  \"words\": [\"Zalo\"]\n}\n");
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(capabilities: Capabilities(pull: false), rootUri: RootUri);
        await client.OpenAsync(DraftUri, Drafts.WithSpaces);
        var response = await client.RequestAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = "reportlint.addToWordList",
            ["arguments"] = new JsonArray(DraftUri, "Tiktok"),
        });
        Assert.Equal(JsonValueKind.Null, response.GetProperty("result").ValueKind);
        Assert.Equal("{\n  // cấu hình của văn phòng\n  \"language\": \"vi\",\n  \"words\": [\"Zalo\", \"Tiktok\"]\n}\n", await File.ReadAllTextAsync(config));
        var bad = await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "reportlint.addToWordList" });
        Assert.Equal(-32602, bad.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Add_to_word_list_creates_the_workspace_file_when_there_is_none()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(capabilities: Capabilities(pull: false), rootUri: RootUri);
        await client.OpenAsync(DraftUri, Drafts.WithSpaces);
        await client.RequestAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = "reportlint.addToWordList",
            ["arguments"] = new JsonArray(DraftUri, "Đắk Nông"),
        });
        Assert.Equal("{\n  \"words\": [\"Đắk Nông\"]\n}\n", await File.ReadAllTextAsync(Path.Combine(_workspace, ".reportlint.json")));
    }
}
