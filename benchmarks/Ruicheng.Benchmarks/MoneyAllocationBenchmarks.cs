using BenchmarkDotNet.Attributes;
using Ruicheng.Primitives;

namespace Ruicheng.Benchmarks;

/// <summary>
/// <see cref="Money.Allocate(ReadOnlySpan{long})"/> over small and large weight vectors: the unkeyed
/// largest-remainder path (baseline), the keyed path (adds a key sort for the order-independent tie-break) and
/// decimal weights (exact comparison through big integers).
/// </summary>
[MemoryDiagnoser]
public class MoneyAllocationBenchmarks
{
    private long[] _weights = [];
    private decimal[] _decimalWeights = [];
    private string[] _keys = [];
    private Money _total;

    [Params(10, 10_000)]
    public int Parties { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261129);
        _weights = Enumerable.Range(0, Parties).Select(_ => (long)random.Next(1, 1_000)).ToArray();
        _decimalWeights = _weights.Select(w => w / 7m).Select(w => decimal.Round(w, 3, MidpointRounding.ToEven)).ToArray();
        _keys = Enumerable.Range(0, Parties).Select(i => $"H-{i:D6}").ToArray();
        _total = Money.FromYuan(3_160_000.17m);
    }

    [Benchmark(Baseline = true)]
    public Money[] Unkeyed() => _total.Allocate(_weights);

    [Benchmark]
    public Money[] Keyed() => _total.Allocate<string>(_keys, _weights, RemainderPolicy.LargestRemainder, StringComparer.Ordinal);

    [Benchmark]
    public Money[] DecimalWeights() => _total.Allocate(_decimalWeights);
}
