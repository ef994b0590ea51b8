namespace Ruicheng.Cli.Infrastructure;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The input was processed but broke rules (a validation report was printed).</summary>
    public const int RulesBroken = 1;

    /// <summary>The input was unusable (missing file, malformed text); one line names the file, the place and the field.</summary>
    public const int UnusableInput = 2;
}
