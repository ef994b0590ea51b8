namespace Ruicheng.Primitives.Tests.Issues;

/// <summary>Issue 18: a percentage written −0 threw ArgumentOutOfRangeException (decimal's sign bit read as negative).</summary>
public class NegativeZeroIsZero
{
    [Fact]
    public void FromPercent_NegativeZero_IsZero() => Assert.Equal(Rate.Zero, Rate.FromPercent(-0m));

    [Fact]
    public void FromPerMille_NegativeZero_IsZero() => Assert.Equal(Rate.Zero, Rate.FromPerMille(-0.0m));

    [Fact]
    public void FromFraction_NegativeZero_IsZero() => Assert.Equal(Rate.Zero, Rate.FromFraction(-0m));

    [Fact]
    public void FromPercent_Negative_StillThrows() => Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(-0.01m));
}
