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
