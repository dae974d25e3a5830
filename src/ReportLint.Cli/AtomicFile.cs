namespace ReportLint.Cli;

/// <summary>Writes a file through a temporary file in the same folder and a rename, so a crash never leaves half a draft.</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.reportlint.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes a file that may not exist yet (a report), atomically.</summary>
    public static void WriteNew(string path, byte[] bytes)
    {
        if (File.Exists(path))
        {
            Write(path, bytes);
            return;
        }
        var temporary = path + ".reportlint.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
