using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.TestUtilities;

namespace Ruicheng.Primitives.Tests;

public partial class MoneyTests
{
    [Theory]
    [InlineData(123456, "¥1,234.56")]
    [InlineData(-5, "-¥0.05")]
    [InlineData(316000000, "¥3,160,000.00")]
    [InlineData(0, "¥0.00")]
    [InlineData(long.MinValue, "-¥92,233,720,368,547,758.08")]
    public void ToString_IsInvariantWithYuanSign(long fen, string expected) =>
        Assert.Equal(expected, Money.FromFen(fen).ToString());

    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("¥1,234.56", Money.FromFen(123456).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("¥1,234.56", 123456)]
    [InlineData("1234.56", 123456)]
    [InlineData("-¥0.05", -5)]
    [InlineData("12.5", 1250)]
    [InlineData("￥100", 10000)]
    [InlineData(" 3,160,000 ", 316000000)]
    public void Parse_AcceptedForms(string text, long fen) => Assert.Equal(fen, Money.Parse(text).Fen);

    [Theory]
    [InlineData("1.005")]
    [InlineData("1,23.00")]
    [InlineData("12,34")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1.")]
    [InlineData("¥")]
    [InlineData("99999999999999999999")]
    public void Parse_RejectedForms_Throw(string text)
    {
        Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.False(Money.TryParse(text, out _));
    }

    [Property]
    public Property FormatThenParse_RoundTrip_Holds() =>
        Prop.ForAll(PrimitivesArbitraries.AnyAmount, m => Money.Parse(m.ToString()) == m && Money.Parse(m.ToPlainString()) == m);
}
