using BenchmarkDotNet.Running;

namespace Ruicheng.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["peak-memory", ..])
        {
            return PeakMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400_000);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
