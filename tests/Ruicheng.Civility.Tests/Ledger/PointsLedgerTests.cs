using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Ledger;

public partial class PointsLedgerTests
{
    private static readonly ResidentId Resident = ResidentId.From("R-1");
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 30, 2, 0);

    private static EntryDraft Award(string source, string rule = "volunteer-labour", int quantity = 1, int day = 1) =>
        EntryDraft.Award(Resident, source, RuleId.From(rule), new LocalDate(2026, 6, day), quantity, Now, review: "council minute");

    [Fact]
    public void Ingest_UnknownRule_IsRejectedWithReason_AndTheRestIsIngested()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        var report = ledger.Ingest([Award("a"), Award("b", rule: "singing-contest"), Award("c", rule: "security-patrol")]);
        Assert.Equal(2, report.Appended.Length);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((EntryRuleMustBeInForceRule.Id, "[1]"), (rejected.Code, rejected.Path));
        Assert.Contains("singing-contest", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SameKeyDifferentContent_IsAConflict()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([Award("a")]);
        var report = ledger.Ingest([Award("a"), Award("a", quantity: 2)]);
        Assert.Equal([0], report.Duplicates.ToArray());
        Assert.Equal(IngestionKeyConflictRule.Id, Assert.Single(report.Rejected).Code);
        Assert.Single(ledger.Entries);
    }

    [Fact]
    public void Redemption_BeyondSpendable_IsRejected_AndNeverLowersHonour()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([Award("a", rule: "security-patrol")]);
        var tooMuch = ledger.Ingest([EntryDraft.Redemption(Resident, "shop-1", new LocalDate(2026, 6, 2), 11, Now)]);
        Assert.Equal(RedemptionMustNotExceedBalanceRule.Id, Assert.Single(tooMuch.Rejected).Code);
        ledger.Ingest([EntryDraft.Redemption(Resident, "shop-2", new LocalDate(2026, 6, 2), 4, Now)]);
        Assert.Equal(6, ledger.SpendableBalance(Resident));
        Assert.Equal(10, ledger.Balance(Resident));
    }

    [Fact]
    public void Reversal_ByTheBeneficiarysHousehold_IsRefused()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        var award = ledger.Ingest([Award("a")]).Appended[0];
        var household = HouseholdId.From("H-1");
        var relative = new CivilityActor(ResidentId.From("R-2"), CivilityRole.Cadre, household);
        var report = ledger.Ingest([EntryDraft.Reversal(Resident, "rev-1", award.Id, award.OccurredOn, Now, relative, household)]);
        Assert.Equal(ReverserMustBeEntitledRule.Id, Assert.Single(report.Rejected).Code);
    }

    [Fact]
    public void ResetSpendable_ZeroesBalances_Once()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([Award("a", rule: "security-patrol")]);
        Assert.Single(ledger.ResetSpendable(new LocalDate(2026, 12, 31), Now).Value);
        Assert.Empty(ledger.ResetSpendable(new LocalDate(2026, 12, 31), Now).Value);
        Assert.Equal(0, ledger.SpendableBalance(Resident));
        Assert.Equal(10, ledger.Balance(Resident));
    }

    [Fact]
    public void Verify_DetectsTruncation_WithExternalHead()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([Award("a"), Award("b"), Award("c")]);
        var head = ledger.Head;
        Assert.True(PointsLedger.Verify(ledger.Entries, CivilityArbitraries.Key, head.AsSpan()).IsValid);
        var truncated = ledger.Entries.Take(2).ToList();
        Assert.True(PointsLedger.Verify(truncated, CivilityArbitraries.Key, []).IsValid);
        Assert.False(PointsLedger.Verify(truncated, CivilityArbitraries.Key, head.AsSpan()).IsValid);
    }
}
