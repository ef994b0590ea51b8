namespace Ruicheng.Primitives.Tests;

public class RatioTests
{
    [Theory]
    [InlineData("8:1:1", new long[] { 8, 1, 1 }, 10)]
    [InlineData("8：1：1", new long[] { 8, 1, 1 }, 10)]
    [InlineData(" 4 : 3 : 3 ", new long[] { 4, 3, 3 }, 10)]
    [InlineData("0:1", new long[] { 0, 1 }, 1)]
    public void Parse_ValidRatios(string text, long[] parts, long total)
    {
        var ratio = Ratio.Parse(text);
        Assert.Equal(parts, ratio.Parts);
        Assert.Equal(total, ratio.Total);
    }

    [Theory]
    [InlineData("0:0")]
    [InlineData("8:-1:1")]
    [InlineData("8::1")]
    [InlineData("a:b")]
    [InlineData("")]
    public void Parse_InvalidRatios_Throw(string text) => Assert.Throws<FormatException>(() => Ratio.Parse(text));

    [Fact]
    public void Of_ZeroTotal_ThrowsNamingParts() =>
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => Ratio.Of(0, 0)).ParamName);

    [Fact]
    public void ShareOf_And_ToString()
    {
        var ratio = Ratio.Of(8, 1, 1);
        Assert.Equal(Rate.FromPercent(80), ratio.ShareOf(0));
        Assert.Equal("8:1:1", ratio.ToString());
        Assert.Equal(ratio, Ratio.Parse("8:1:1"));
        Assert.NotEqual(ratio, Ratio.Of(16, 2, 2));
    }

    [Fact]
    public void Default_Throws_OnUse() => Assert.Throws<InvalidOperationException>(() => default(Ratio).Total);
}
