using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>The option every command has: machine-readable output.</summary>
internal class JsonSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Write machine-readable JSON instead of tables and charts.")]
    public bool Json { get; init; }
}
