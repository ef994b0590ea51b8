using Spectre.Console;

namespace Ruicheng.Cli;

/// <summary>The <c>ruicheng</c> tool's entry point.</summary>
internal static class Program
{
    // The host chooses the clock; every command receives it as IClock (tests pass a fixed one).
#pragma warning disable RS0030
    private static int Main(string[] args) => RuichengApp.Run(AnsiConsole.Console, Console.Error, args, NodaTime.SystemClock.Instance);
#pragma warning restore RS0030
}
