using FsCheck;
using FsCheck.Fluent;
using Ruicheng.Primitives;

namespace Ruicheng.TestUtilities;

/// <summary>FsCheck generators for Ruicheng.Primitives values.</summary>
public static class PrimitivesArbitraries
{
    /// <summary>Amounts from −10 billion to +10 billion yuan, biased towards small amounts where ties are common.</summary>
    public static Gen<Money> Amounts { get; } = Gen.OneOf(
        Gen.Choose(-100_000, 100_000).Select(f => Money.FromFen(f)),
        Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => Money.FromFen(((long)t.Item1 * 1000) + t.Item2 % 1000)));

    /// <summary>1–30 non-negative whole weights, at least one positive, with many repeats so ties occur.</summary>
    public static Gen<long[]> Weights { get; } =
        Gen.Choose(1, 30)
            .SelectMany(n => Gen.OneOf(Gen.Choose(0, 5), Gen.Choose(0, 1_000_000)).Select(w => (long)w).ArrayOf(n))
            .Where(ws => ws.Any(w => w > 0));

    /// <summary>1–20 non-negative decimal weights with up to three decimals, at least one positive.</summary>
    public static Gen<decimal[]> DecimalWeights { get; } =
        Gen.Choose(1, 20)
            .SelectMany(n => Gen.Choose(0, 5_000_000).Select(w => w / 1000m).ArrayOf(n))
            .Where(ws => ws.Any(w => w > 0));

    /// <summary>
    /// Any non-negative decimal <c>decimal</c> can hold: a full 96-bit mantissa (often with a top word ≥ 2³¹) and any
    /// scale 0–28, mixed with small and zero weights.
    /// </summary>
    public static Gen<decimal> AnyDecimalWeight { get; } = Gen.OneOf(
        Gen.Choose(int.MinValue, int.MaxValue).Three().SelectMany(words => Gen.Choose(0, 28).Select(scale =>
            new decimal(words.Item1, words.Item2, words.Item3, false, (byte)scale))),
        Gen.Choose(0, 1_000).Select(w => w / 10m),
        Gen.Constant(decimal.MaxValue),
        Gen.Constant(0m));

    /// <summary>1–12 weights from <see cref="AnyDecimalWeight"/>, at least one positive.</summary>
    public static Gen<decimal[]> AnyDecimalWeights { get; } =
        Gen.Choose(1, 12).SelectMany(n => AnyDecimalWeight.ArrayOf(n)).Where(ws => ws.Any(w => w > 0));

    /// <summary>Any amount, <see cref="Money.MinValue"/> and <see cref="Money.MaxValue"/> included, with weights from <see cref="AnyDecimalWeights"/>.</summary>
    public static Arbitrary<(Money Total, decimal[] Weights)> AnyDecimalAllocationCases { get; } =
        Gen.OneOf(Amounts, Gen.Elements(Money.MaxValue, Money.MinValue, Money.Zero, Money.OneFen))
            .SelectMany(total => AnyDecimalWeights.Select(weights => (total, weights))).ToArbitrary();

    /// <summary>An amount with weights.</summary>
    public static Arbitrary<(Money Total, long[] Weights)> AllocationCases { get; } =
        Amounts.SelectMany(total => Weights.Select(weights => (total, weights))).ToArbitrary();

    /// <summary>An amount with weights and a permutation of their positions.</summary>
    public static Arbitrary<(Money Total, long[] Weights, int[] Permutation)> PermutedAllocationCases { get; } =
        Amounts.SelectMany(total => Weights.SelectMany(weights =>
                Gen.Shuffle(Enumerable.Range(0, weights.Length).ToArray()).Select(p => (total, weights, p))))
            .ToArbitrary();

    /// <summary>An amount with decimal weights.</summary>
    public static Arbitrary<(Money Total, decimal[] Weights)> DecimalAllocationCases { get; } =
        Amounts.SelectMany(total => DecimalWeights.Select(weights => (total, weights))).ToArbitrary();

    /// <summary>Any amount.</summary>
    public static Arbitrary<Money> AnyAmount { get; } = Gen.OneOf(Amounts, Gen.Elements(Money.MaxValue, Money.MinValue, Money.Zero)).ToArbitrary();
}
