namespace ReportLint.Rules.Tests.Infrastructure;

/// <summary>The shared real drafts, read from ../shared/corpus beside the repository (never copied into it).</summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Directory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static string NinhBinh => Read("draft-ninh-binh.txt");

    public static string PhuTho => Read("draft-phu-tho.txt");

    public static string Khoi => Read("draft-khoi.txt");

    public static IEnumerable<string> All => ["draft-ninh-binh.txt", "draft-phu-tho.txt", "draft-khoi.txt"];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportLint.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("ReportLint.sln not found above the test assembly.");
    }
}
