using ReportLint.LanguageServer;

// Only `--stdio` is supported (clients may add `--clientProcessId=N`, which is ignored: the
// process id also comes with `initialize`).
if (!args.Contains("--stdio"))
{
    Console.Error.WriteLine("usage: reportlint-ls --stdio");
    return 2;
}
var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
// Nothing but protocol may reach stdout: anything written to Console by mistake goes to stderr.
Console.SetOut(Console.Error);
var server = new ReportLintServer(input, output);
return await server.RunAsync();
