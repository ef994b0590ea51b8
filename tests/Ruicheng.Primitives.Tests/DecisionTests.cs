using NodaTime;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives.Tests;

public class DecisionTests
{
    [Fact]
    public void Explanation_NamesRulebookRulesAndFigures()
    {
        var header = RulebookHeader.Create(
            RulebookId.From("ruicheng.economy"), RulebookVersion.Of(1), "Test", UnitId.From("140830"), new LocalDate(2026, 1, 1), null);
        var step = ExplanationStep.Of(RuleId.From("reserve"), "Withheld the statutory reserve.", Figure.Of("rate", Rate.FromPercent(10)));
        var decision = Decision<Money>.Create(Money.FromYuan(10m), Explanation.Create(header.Reference, [step]));

        Assert.Equal(new RulebookReference(RulebookId.From("ruicheng.economy"), RulebookVersion.Of(1, 0)), decision.Explanation.Rulebook);
        Assert.Equal("[reserve] Withheld the statutory reserve. (rate = 10%)", Assert.Single(decision.Explanation.Steps).ToString());
        Assert.Contains("ruicheng.economy@1.0", decision.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explanations_AreEqual_ByRulebookAndStepsInOrder()
    {
        var reference = new RulebookReference(RulebookId.From("r"), RulebookVersion.Of(1));
        ExplanationStep Step(string summary) => ExplanationStep.Of(RuleId.From("x"), summary, Figure.Of("n", 1));
        Assert.Equal(Explanation.Create(reference, [Step("a"), Step("b")]), Explanation.Create(reference, [Step("a"), Step("b")]));
        Assert.NotEqual(Explanation.Create(reference, [Step("a"), Step("b")]), Explanation.Create(reference, [Step("b"), Step("a")]));
        Assert.NotEqual(Explanation.Create(reference, [Step("a")]), Explanation.Create(null, [Step("a")]));
        Assert.NotEqual(Step("a"), ExplanationStep.Of(RuleId.From("x"), "a", Figure.Of("n", 2)));
    }

    [Fact]
    public void RulebookHeader_InForce_IsInclusive()
    {
        var header = RulebookHeader.Create(
            RulebookId.From("r"), RulebookVersion.Of(2, 1), "Test", UnitId.From("140830"), new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        Assert.False(header.IsInForceOn(new LocalDate(2025, 12, 31)));
        Assert.True(header.IsInForceOn(new LocalDate(2026, 1, 1)));
        Assert.True(header.IsInForceOn(new LocalDate(2026, 12, 31)));
        Assert.False(header.IsInForceOn(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void RulebookHeader_ReversedDates_ThrowNamingEffectiveTo() =>
        Assert.Equal("effectiveTo", Assert.Throws<ArgumentException>(() => RulebookHeader.Create(
            RulebookId.From("r"), RulebookVersion.Of(1), "Test", UnitId.From("140830"), new LocalDate(2026, 1, 1), new LocalDate(2025, 1, 1))).ParamName);

    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("2", 2, 0)]
    [InlineData("3.14", 3, 14)]
    public void RulebookVersion_Parse(string text, int major, int minor) =>
        Assert.Equal(RulebookVersion.Of(major, minor), RulebookVersion.Parse(text));

    [Theory]
    [InlineData("0.1")]
    [InlineData("1.2.3")]
    [InlineData("v1")]
    public void RulebookVersion_ParseInvalid_Throws(string text) => Assert.Throws<FormatException>(() => RulebookVersion.Parse(text));

    [Fact]
    public void CivilTime_IsShanghai()
    {
        var instant = Instant.FromUtc(2026, 6, 30, 16, 30);
        Assert.Equal(new LocalDate(2026, 7, 1), CivilTime.DateOf(instant));
        Assert.Equal(Instant.FromUtc(2026, 6, 30, 16, 0), CivilTime.StartOf(new LocalDate(2026, 7, 1)));
        Assert.Equal(instant, CivilTime.InstantOf(new LocalDateTime(2026, 7, 1, 0, 30)));
    }
}
