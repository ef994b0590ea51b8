using Spectre.Console;

namespace Ruicheng.Cli.Commands;

/// <summary>Options a command cannot run without: marked "Required." in help, and a missing one is exit 2 naming it.</summary>
internal static class RequiredOptions
{
    public static ValidationResult Check(params (string Option, string? Value)[] options)
    {
        var missing = options.Where(o => string.IsNullOrWhiteSpace(o.Value)).Select(o => o.Option).ToList();
        return missing.Count == 0
            ? ValidationResult.Success()
            : ValidationResult.Error($"missing required option{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}");
    }
}
