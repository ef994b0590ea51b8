using Ruicheng.TestUtilities;

namespace Ruicheng.Primitives.Tests;

public class IdTests
{
    [Fact]
    public void From_ValidText_RoundTrips()
    {
        Assert.Equal("140830103201", UnitId.From("140830103201").Value);
        Assert.Equal("R-0001", ResidentId.From("R-0001").ToString());
        Assert.Equal(HouseholdId.From("H-1"), HouseholdId.From(string.Concat("H-", "1")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\there")]
    public void From_InvalidText_ThrowsNamingValue(string text) =>
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => ResidentId.From(text)).ParamName);

    [Fact]
    public void From_TooLong_Throws() => Assert.Throws<ArgumentException>(() => UnitId.From(new string('x', 65)));

    [Fact]
    public void Default_IsUnset()
    {
        Assert.True(default(UnitId).IsDefault);
        Assert.Throws<InvalidOperationException>(() => default(ResidentId).Value);
        Assert.False(RuleId.TryFrom(" ", out _));
    }

    [Fact]
    public void EqualityAndOrdering_HonourContract()
    {
        ValueContract.AssertOrdered([UnitId.From("140830"), UnitId.From("140830101"), UnitId.From("140830102")], id => UnitId.From(id.Value));
        ValueContract.AssertOrdered([ResidentId.From("R-1"), ResidentId.From("R-2")], id => ResidentId.From(id.Value));
        ValueContract.AssertOrdered([HouseholdId.From("H-1"), HouseholdId.From("h-1")], id => HouseholdId.From(id.Value));
        ValueContract.AssertOrdered([RuleId.From("a.b"), RuleId.From("a.c")], id => RuleId.From(id.Value));
        ValueContract.AssertOrdered([RulebookId.From("civility"), RulebookId.From("economy")], id => RulebookId.From(id.Value));
    }
}
