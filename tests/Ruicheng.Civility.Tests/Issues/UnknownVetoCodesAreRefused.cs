using NodaTime;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 11: unknown veto codes were silently ignored.</summary>
public class UnknownVetoCodesAreRefused
{
    [Fact]
    public void Score_WithAVetoCodeTheRulebookDoesNotDefine_Throws_NamingIt()
    {
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, ("R1", "security-patrol", "2026-06-01", 1));
        var error = Assert.Throws<ArgumentException>(() => new CivilityScorer(CivilityArbitraries.Rulebook).Score(ledger, ResidentId.From("R1"), new LocalDate(2026, 6, 30), [RuleId.From("no-such-veto")]));
        Assert.Contains("no-such-veto", error.Message, StringComparison.Ordinal);
    }
}
