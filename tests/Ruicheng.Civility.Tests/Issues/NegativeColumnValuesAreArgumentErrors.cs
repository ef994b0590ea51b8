using Ruicheng.Civility.Scoring;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Found while building the scoring-ledger builder (issue 19): a negative resident or rule index made the column
/// factories throw <see cref="OverflowException"/> from a checked cast instead of the documented
/// <see cref="ArgumentException"/> naming the column.
/// </summary>
public sealed class NegativeColumnValuesAreArgumentErrors
{
    [Fact]
    public void ANegativeResidentIndex_IsAnArgumentError_NamingTheColumn()
    {
        var error = Assert.Throws<ArgumentException>(() => ScoringLedger.FromUnsorted(2, [-1], [0], [20_000], [5]));
        Assert.Equal("residentIndex", error.ParamName);
        Assert.Equal("residentIndex", Assert.Throws<ArgumentException>(() => ScoringLedger.FromGrouped(2, [-1], [0], [20_000], [5])).ParamName);
        Assert.Equal("residentIndex", Assert.Throws<ArgumentException>(() => new ScoringLedgerBuilder().FromUnsorted(2, [-1], [0], [20_000], [5])).ParamName);
        Assert.Equal("residentIndex", Assert.Throws<ArgumentException>(() => new ScoringLedgerBuilder().FromUnsorted(2, [2], [0], [20_000], [5])).ParamName);
    }

    [Fact]
    public void ANegativeRuleIndex_IsAnArgumentError_NamingTheColumn()
    {
        var error = Assert.Throws<ArgumentException>(() => ScoringLedger.FromUnsorted(2, [0], [-1], [20_000], [5]));
        Assert.Equal("ruleIndex", error.ParamName);
        Assert.Equal("ruleIndex", Assert.Throws<ArgumentException>(() => new ScoringLedgerBuilder().FromUnsorted(2, [0], [-1], [20_000], [5])).ParamName);
    }
}
