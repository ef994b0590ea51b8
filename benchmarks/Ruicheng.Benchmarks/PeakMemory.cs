using System.Diagnostics;
using System.Globalization;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Benchmarks;

/// <summary>
/// <c>peak-memory [residents]</c>: the county run from a time-ordered export (grouping plus scoring) with the
/// process's working set sampled every millisecond. The export columns are the input (an integrator has them in
/// memory, or the CLI builds them while streaming); everything else is the run's own.
/// </summary>
internal static class PeakMemory
{
    public static int Run(int residents)
    {
        var workload = ScoringWorkload.Create(residents, 50, seed: 20261129);
        var export = (workload.ExportResident, workload.ExportRule, workload.ExportDay, workload.ExportPoints);
        workload = ScoringWorkload.Strip(workload);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        long peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            var self = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                Thread.Sleep(1);
            }
        });

        var watch = Stopwatch.StartNew();
        var ledger = ScoringLedger.FromUnsorted(residents, export.ExportResident, export.ExportRule, export.ExportDay, export.ExportPoints);
        var scores = new long[residents];
        var tiers = new CreditTier[residents];
        workload.Scorer.ScoreBatch(ledger, ScoringWorkload.AsOf, scores, tiers, []);
        watch.Stop();
        stop.Cancel();
        sampler.Wait();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ledger.EntryCount:N0} entries, {residents:N0} residents: {watch.Elapsed.TotalMilliseconds:N0} ms; working set before {before / 1048576.0:N0} MiB (input columns and runtime), peak {peak / 1048576.0:N0} MiB; {ScoringWorkload.Fingerprint(scores, tiers)}"));
        return 0;
    }
}
