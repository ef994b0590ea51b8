using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>The option every command has: machine-readable output.</summary>
internal class JsonSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Write machine-readable JSON instead of tables and charts.")]
    public bool Json { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("The language of explanations, violations and notices: zh-CN or en. Default: the current UI culture (Chinese for any zh culture, else English).")]
    public string? Lang { get; init; }

    /// <summary>The reader's culture (<c>--lang</c>, else the current UI culture).</summary>
    public System.Globalization.CultureInfo Culture => Infrastructure.Texts.Culture(Lang);

    public override ValidationResult Validate() =>
        Lang is null or "zh-CN" or "en" ? ValidationResult.Success() : ValidationResult.Error($"--lang: '{Lang}' is not zh-CN or en");
}
