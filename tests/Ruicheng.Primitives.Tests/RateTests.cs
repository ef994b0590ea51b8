using Ruicheng.TestUtilities;

namespace Ruicheng.Primitives.Tests;

public class RateTests
{
    [Fact]
    public void Factories_Agree()
    {
        Assert.Equal(Rate.FromFraction(0.05m), Rate.FromPercent(5));
        Assert.Equal(Rate.FromFraction(0.0001m), Rate.FromPerMille(0.1m));
        Assert.Equal("12.5%", Rate.FromPercent(12.5m).ToString());
    }

    [Fact]
    public void Negative_ThrowsNamingParameter() =>
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(-1)).ParamName);

    [Fact]
    public void EqualityAndOrdering_HonourContract() =>
        ValueContract.AssertOrdered([Rate.Zero, Rate.FromPerMille(1), Rate.FromPercent(5), Rate.Whole], r => Rate.FromFraction(r.Fraction));
}
