using Ruicheng.TestUtilities;
using System.Text.Json;
using Spectre.Console.Testing;

namespace Ruicheng.Cli.Tests;

/// <summary>Runs the tool in-process against a test console.</summary>
internal static class CliRunner
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Runs the tool; the output is standard output followed by standard error.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var (exit, output, error) = RunSplit(args);
        return (exit, output + error);
    }

    /// <summary>Runs the tool, keeping standard output and standard error apart.</summary>
    public static (int ExitCode, string Output, string Error) RunSplit(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 240;
        using var error = new StringWriter();
        var exit = RuichengApp.Run(console, error, args, FixedClock.Instance);
        return (exit, console.Output, error.ToString());
    }

    public static (int ExitCode, JsonElement Json) RunJson(params string[] args)
    {
        var (exit, output) = Run([.. args, "--json"]);
        using var document = JsonDocument.Parse(output);
        return (exit, document.RootElement.Clone());
    }

    public static string Sample(string name) => Path.Combine(Samples, name);
}
