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

        if (args is ["export", var rows, var folder])
        {
            return CountyExport.Write(long.Parse(rows, System.Globalization.CultureInfo.InvariantCulture), folder);
        }

        if (args is ["duckdb", var entries, var output, var threads])
        {
            return CountyExport.Score(entries, output, int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
