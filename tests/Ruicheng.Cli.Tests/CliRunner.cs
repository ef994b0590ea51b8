using System.Text.Json;
using Spectre.Console.Testing;

namespace Ruicheng.Cli.Tests;

/// <summary>Runs the tool in-process against a test console.</summary>
internal static class CliRunner
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 240;
        var exit = RuichengApp.Run(console, args);
        return (exit, console.Output);
    }

    public static (int ExitCode, JsonElement Json) RunJson(params string[] args)
    {
        var (exit, output) = Run([.. args, "--json"]);
        using var document = JsonDocument.Parse(output);
        return (exit, document.RootElement.Clone());
    }

    public static string Sample(string name) => Path.Combine(Samples, name);
}
