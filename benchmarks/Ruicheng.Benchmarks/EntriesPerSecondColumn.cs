using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ruicheng.Benchmarks;

/// <summary>
/// Entries scored per second, and the ratio to the hand-written loop's rate in the same run: the figures the
/// benchmark issue asks for. Each benchmark says how many entries one operation covers.
/// </summary>
internal sealed class EntriesPerSecondColumn(Func<BenchmarkCase, long> entriesPerOperation, string baselineMethod, bool ratio) : IColumn
{
    public string Id => ratio ? "EntriesRatio" : "EntriesPerSecond";

    public string ColumnName => ratio ? "Rate vs loop" : "Entries/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => ratio ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => ratio ? "Entries/s divided by the hand-written loop's entries/s at the same size" : "Entries scored per second (entries per operation / mean time)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var rate = Rate(summary, benchmarkCase);
        if (rate is null)
        {
            return "-";
        }

        if (!ratio)
        {
            return rate.Value >= 1e6 ? string.Create(CultureInfo.InvariantCulture, $"{rate.Value / 1e6:0.0} M") : string.Create(CultureInfo.InvariantCulture, $"{rate.Value / 1e3:0.0} k");
        }

        var loop = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.WorkloadMethod.Name == baselineMethod && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
        var loopRate = loop is null ? null : Rate(summary, loop);
        return loopRate is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{rate.Value / loopRate.Value:0.000}");
    }

    private double? Rate(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? entriesPerOperation(benchmarkCase) / (mean.Value / 1e9) : null;
    }
}
