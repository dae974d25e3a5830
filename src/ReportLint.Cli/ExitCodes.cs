namespace ReportLint.Cli;

internal static class ExitCodes
{
    /// <summary>No error-level finding and warnings within `--max-warnings`.</summary>
    public const int Clean = 0;

    /// <summary>Findings over the threshold.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or input error.</summary>
    public const int InputError = 2;
}
