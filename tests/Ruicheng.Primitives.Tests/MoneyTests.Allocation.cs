namespace Ruicheng.Primitives.Tests;

public partial class MoneyTests
{
    [Fact]
    public void Allocate_HundredYuanOverThreeKeyedEqualWeights_ExtraFenToSmallestKey()
    {
        var shares = Money.FromYuan(100m).Allocate<string>(["collective", "cooperative", "villagers"], [1L, 1L, 1L]);
        Assert.Equal([Money.FromYuan(33.34m), Money.FromYuan(33.33m), Money.FromYuan(33.33m)], shares);
    }

    [Fact]
    public void Allocate_ReorderedKeyedWeights_ReordersResultOnly()
    {
        var shares = Money.FromYuan(100m).Allocate<string>(["villagers", "cooperative", "collective"], [1L, 1L, 1L]);
        Assert.Equal([Money.FromYuan(33.33m), Money.FromYuan(33.33m), Money.FromYuan(33.34m)], shares);
    }

    [Fact]
    public void Allocate_WithoutKeys_EarlierPositionWinsTies()
    {
        Assert.Equal(
            [Money.FromYuan(33.34m), Money.FromYuan(33.33m), Money.FromYuan(33.33m)],
            Money.FromYuan(100m).Allocate([1L, 1L, 1L]));
    }

    [Fact]
    public void Allocate_TieOnRemainder_LargerWeightWinsBeforeKey()
    {
        // 2 fen over 1:3 → exact 0.5 and 1.5 fen: equal remainders, so the larger weight takes the extra fen
        // although "a" sorts first.
        var shares = Money.FromFen(2).Allocate<string>(["a", "b"], [1L, 3L]);
        Assert.Equal([Money.Zero, Money.FromFen(2)], shares);
    }

    [Fact]
    public void Allocate_TieOnRemainderAndWeight_SmallerKeyWins()
    {
        var shares = Money.FromFen(2).Allocate<string>(["c", "a", "b"], [2L, 2L, 2L]);
        Assert.Equal([Money.Zero, Money.FromFen(1), Money.FromFen(1)], shares);
    }

    [Fact]
    public void Allocate_Ratio811_IsExact()
    {
        var shares = Money.FromYuan(1_000_000.01m).Allocate(Ratio.Parse("8:1:1"));
        Assert.Equal([Money.FromYuan(800_000.01m), Money.FromYuan(100_000m), Money.FromYuan(100_000m)], shares);
    }

    [Fact]
    public void Allocate_NegativeTotal_IsSymmetric()
    {
        Assert.Equal(
            [Money.FromYuan(-33.34m), Money.FromYuan(-33.33m), Money.FromYuan(-33.33m)],
            Money.FromYuan(-100m).Allocate([1L, 1L, 1L]));
    }

    [Fact]
    public void Allocate_BadWeights_ThrowNamingParameter()
    {
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate(ReadOnlySpan<long>.Empty)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate([0L, 0L])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate([1L, -1L])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate([1m, -0.5m])).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate<string>(["a", "a"], [1L, 1L])).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate<string>(["a"], [1L, 1L])).ParamName);
    }

    [Fact]
    public void Allocate_RemainderToNamedParty_GivesAllLeftoverFenToIt()
    {
        var shares = Money.FromYuan(100m).Allocate<string>(
            ["households", "collective", "enterprise"], [1L, 1L, 1L], RemainderPolicy.ToParty("collective"), null);
        Assert.Equal([Money.FromYuan(33.33m), Money.FromYuan(33.34m), Money.FromYuan(33.33m)], shares);

        var seven = Money.FromFen(7).Allocate([1L, 1L, 1L, 1L, 1L], RemainderPolicy.ToPosition(4));
        Assert.Equal([1L, 1L, 1L, 1L, 3L], seven.Select(s => s.Fen));
    }

    [Fact]
    public void Allocate_RemainderToLargestWeight_GivesAllLeftoverFenToIt()
    {
        var shares = Money.FromFen(10).Allocate([1L, 3L, 3L], RemainderPolicy.LargestWeight);
        // 10/7 → 1.43, 4.29, 4.29: floors 1, 4, 4 and one leftover fen to the largest weight, the earlier of the tied two.
        Assert.Equal([1L, 5L, 4L], shares.Select(s => s.Fen));
    }

    [Fact]
    public void Allocate_RemainderToMissingOrZeroWeightParty_Throws()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate<string>(["a", "b"], [1L, 1L], RemainderPolicy.ToParty("z"), null)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate<string>(["a", "b"], [1L, 0L], RemainderPolicy.ToParty("b"), null)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => Money.FromYuan(1m).Allocate([1L, 1L], RemainderPolicy.ToPosition(2))).ParamName);
    }

    [Fact]
    public void Allocate_DecimalWeights_ComparedExactly()
    {
        // 1,600 mu split as 0.1 / 0.2 / 0.3 mu-weights of 1 yuan: exact shares 16.666.., 33.333.., 50 fen.
        var shares = Money.FromYuan(1m).Allocate([0.1m, 0.2m, 0.3m]);
        Assert.Equal([17L, 33L, 50L], shares.Select(s => s.Fen));
        Assert.Equal(Money.FromFen(1), Money.FromFen(1).Allocate([0.0000000000000000000000000001m, 0m])[0]);
    }

    [Fact]
    public void Allocate_ExtremeTotals_DoNotOverflow()
    {
        var shares = Money.MaxValue.Allocate([long.MaxValue, long.MaxValue, 1L]);
        Assert.Equal(Money.MaxValue, Money.Sum(shares));
        var negative = Money.MinValue.Allocate([1L, 1L]);
        Assert.Equal((Int128)Money.MinValue.Fen, negative.Aggregate(Int128.Zero, (sum, s) => sum + s.Fen));
    }
}
