using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;

namespace Ruicheng.Civility.Tests.Ledger;

/// <summary>Issue 17: a draft reads as the rules its kind must satisfy; each rule object writes its own code.</summary>
public sealed class EntryRulesTests
{
    [Fact]
    public void EachKind_ListsItsRules_InTheOrderTheyAreChecked()
    {
        Assert.Equal(
            ["ledger.date.range", "ledger.rule.unknown", "ledger.review.required", "ledger.kind.sign", "ledger.quantity.invalid"],
            EntryRules.For(EntryKind.Award).Select(r => r.Code.Value));
        Assert.Equal(EntryRules.For(EntryKind.Award), EntryRules.For(EntryKind.Deduction));
        Assert.Equal(["ledger.date.range", "ledger.quantity.invalid", "ledger.redemption.balance"], EntryRules.For(EntryKind.Redemption).Select(r => r.Code.Value));
        Assert.Equal(["ledger.date.range", "ledger.reversal.actor", "ledger.reversal.target"], EntryRules.For(EntryKind.Reversal).Select(r => r.Code.Value));
        Assert.Empty(EntryRules.For(EntryKind.Reset));
        Assert.Equal("ledger.kind.sign: an award under a positive rule, a deduction under a negative one", EntryKindMustMatchRuleSignRule.Instance.ToString());
    }
}

/// <summary>Issue 17: a claim command reads as the rules it applies; each rule object writes its own code.</summary>
public sealed class ClaimRulesTests
{
    [Fact]
    public void EachCommand_ListsItsRules_InTheOrderTheyAreChecked()
    {
        static IEnumerable<string> Codes(Ruicheng.Civility.Claims.ClaimCommand command) => Ruicheng.Civility.Claims.ClaimRules.For(command).Select(r => r.Code.Value);
        Assert.Equal(["claim.declare.actor", "claim.rule.unknown"], Codes(Ruicheng.Civility.Claims.ClaimCommand.Declare));
        Assert.Equal(["claim.transition.invalid", "claim.declare.actor"], Codes(Ruicheng.Civility.Claims.ClaimCommand.Publish));
        Assert.Equal(["claim.transition.invalid"], Codes(Ruicheng.Civility.Claims.ClaimCommand.Object));
        Assert.Equal(["claim.transition.invalid", "claim.notice.not-ended", "claim.conflict-of-interest"], Codes(Ruicheng.Civility.Claims.ClaimCommand.Finalize));
        Assert.Equal(["claim.transition.invalid", "claim.review.actor", "claim.conflict-of-interest"], Codes(Ruicheng.Civility.Claims.ClaimCommand.Review));
    }
}
