namespace ReportLint.Cli.Tests.Infrastructure;

/// <summary>
/// A small approved-file helper (Verify is not available here): compares text with
/// `Snapshots/NAME.approved.txt`; on a difference writes `NAME.received.txt` beside it and fails.
/// Run with REPORTLINT_APPROVE=1 to accept the received text.
/// </summary>
public static class Approvals
{
    public static void Verify(string name, string received)
    {
        var folder = Path.Combine(CliProcess.RepositoryRoot, "tests", "ReportLint.Cli.Tests", "Snapshots");
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        received = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("REPORTLINT_APPROVE") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        Assert.Fail(approved is null
            ? $"No approved snapshot {approvedPath}; review {receivedPath} and approve with REPORTLINT_APPROVE=1."
            : $"Snapshot {name} differs: compare {receivedPath} with {approvedPath}; approve with REPORTLINT_APPROVE=1.\n"
              + FirstDifference(approved, received));
    }

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var b = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n- {left}\n+ {right}";
            }
        }
        return "";
    }
}
