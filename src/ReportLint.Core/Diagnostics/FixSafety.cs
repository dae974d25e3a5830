namespace ReportLint.Core.Diagnostics;

public enum FixSafety
{
    /// <summary>The rule offers no fix.</summary>
    None,
    /// <summary>Meaning cannot change (spacing, a doubled word): `--fix` applies it.</summary>
    Safe,
    /// <summary>A guess (a spelling suggestion, an expansion): only with `--unsafe-fixes` or by hand.</summary>
    Unsafe,
}
