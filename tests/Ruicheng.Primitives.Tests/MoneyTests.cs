using Ruicheng.Primitives;
using Ruicheng.TestUtilities;

namespace Ruicheng.Primitives.Tests;

public partial class MoneyTests
{
    [Fact]
    public void FromYuan_TwoDecimals_IsExact()
    {
        Assert.Equal(123_456, Money.FromYuan(1234.56m).Fen);
        Assert.Equal(-5, Money.FromYuan(-0.05m).Fen);
        Assert.Equal(100, Money.FromYuan(1.000m).Fen);
    }

    [Theory]
    [InlineData("1.005")]
    [InlineData("0.001")]
    [InlineData("-12.345")]
    public void FromYuan_ThirdDecimal_ThrowsNamingParameter(string yuan)
    {
        var error = Assert.Throws<ArgumentException>(() => Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yuan", error.ParamName);
    }

    [Fact]
    public void FromYuan_WithRounding_RoundsAsNamed()
    {
        Assert.Equal(101, Money.FromYuan(1.005m, FenRounding.HalfAwayFromZero).Fen);
        Assert.Equal(100, Money.FromYuan(1.005m, FenRounding.HalfToEven).Fen);
        Assert.Equal(100, Money.FromYuan(1.009m, FenRounding.TowardZero).Fen);
        Assert.Equal(-101, Money.FromYuan(-1.001m, FenRounding.Floor).Fen);
        Assert.Equal(101, Money.FromYuan(1.001m, FenRounding.Ceiling).Fen);
    }

    [Fact]
    public void Arithmetic_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.MaxValue + Money.OneFen);
        Assert.Throws<OverflowException>(() => Money.MinValue - Money.OneFen);
        Assert.Throws<OverflowException>(() => -Money.MinValue);
        Assert.Throws<OverflowException>(() => Money.MaxValue * 2);
        Assert.Throws<OverflowException>(() => Money.FromYuan(100_000_000_000_000_000m));
    }

    [Fact]
    public void Arithmetic_Basics_AreExact()
    {
        var a = Money.FromYuan(10.10m);
        var b = Money.FromYuan(0.20m);
        Assert.Equal(Money.FromYuan(10.30m), a + b);
        Assert.Equal(Money.FromYuan(9.90m), a - b);
        Assert.Equal(Money.FromYuan(-10.10m), -a);
        Assert.Equal(Money.FromYuan(30.30m), a * 3);
        Assert.Equal(Money.FromYuan(30.30m), 3 * a);
        Assert.Equal(Money.FromYuan(10.30m), Money.Sum([a, b]));
    }

    [Fact]
    public void Multiply_ByRate_UsesNamedRounding()
    {
        var income = Money.FromYuan(0.05m);
        var half = Rate.FromPercent(50);
        Assert.Equal(Money.FromFen(3), income.Multiply(half, FenRounding.HalfAwayFromZero));
        Assert.Equal(Money.FromFen(2), income.Multiply(half, FenRounding.HalfToEven));
        Assert.Equal(Money.FromYuan(158_000m), Money.FromYuan(3_160_000m).Multiply(Rate.FromPercent(5), FenRounding.HalfToEven));
    }

    [Fact]
    public void Multiply_ByDecimalQuantity_UsesNamedRounding()
    {
        var rentPerMu = Money.FromYuan(800m);
        Assert.Equal(Money.FromYuan(1_280_000m), rentPerMu.Multiply(1600m, FenRounding.HalfToEven));
        Assert.Equal(Money.FromFen(33), Money.FromFen(100).Multiply(1m / 3, FenRounding.HalfAwayFromZero));
    }

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Money.Zero, default);
        Assert.True(default(Money).IsZero);
        Assert.Equal("¥0.00", default(Money).ToString());
    }

    [Fact]
    public void EqualityAndOrdering_HonourContract() =>
        ValueContract.AssertOrdered(
            [Money.MinValue, Money.FromYuan(-1m), Money.Zero, Money.OneFen, Money.FromYuan(3_160_000m), Money.MaxValue],
            m => Money.FromFen(m.Fen));

    [Fact]
    public void Operators_Compare()
    {
        var small = Money.FromYuan(1m);
        var large = Money.FromYuan(2m);
        Assert.True(small < large && large > small && small <= large && large >= small && small != large);
        Assert.Equal(large, Money.Max(small, large));
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(small, (-small).Abs());
        Assert.Equal(-1, (-small).Sign);
    }
}
