using Spectre.Console;

namespace Ruicheng.Cli;

/// <summary>The <c>ruicheng</c> tool's entry point.</summary>
internal static class Program
{
    private static int Main(string[] args) => RuichengApp.Run(AnsiConsole.Console, Console.Error, args);
}
