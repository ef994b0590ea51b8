using Ruicheng.TestUtilities;
using Ruicheng.Cli;
using Spectre.Console.Testing;

namespace Ruicheng.Fuzz;

/// <summary>Runs the tool in-process, as a host (and a user) would; an escaping exception is a crash.</summary>
internal static class Cli
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    /// <summary>Runs the tool; returns the exit code, which must be 0, 1 or 2.</summary>
    public static int Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        using var error = new StringWriter();
        var exit = RuichengApp.Run(console, error, args, FixedClock.Instance);
        if (exit is < 0 or > 2)
        {
            throw new OracleFailure($"ruicheng {string.Join(' ', args)} exited {exit}");
        }

        var printed = console.Output + error;
        if (printed.Contains("   at Ruicheng.", StringComparison.Ordinal) || printed.Contains("Exception:", StringComparison.Ordinal))
        {
            throw new OracleFailure($"ruicheng {string.Join(' ', args)} printed a stack trace");
        }

        return exit;
    }

    /// <summary>Writes the input to a scratch file with the given extension and returns its path.</summary>
    public static string Scratch(byte[] input, string extension)
    {
        var path = Path.Combine(ScratchFolder, "input" + extension);
        File.WriteAllBytes(path, input);
        return path;
    }

    private static string ScratchFolder { get; } = Directory.CreateTempSubdirectory("ruicheng-fuzz-").FullName;
}
