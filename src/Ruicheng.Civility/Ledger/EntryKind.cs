namespace Ruicheng.Civility.Ledger;

/// <summary>What a ledger entry records.</summary>
public enum EntryKind
{
    /// <summary>Points awarded under a positive rule (加分).</summary>
    Award = 0,

    /// <summary>Points deducted under a negative rule (扣分).</summary>
    Deduction = 1,

    /// <summary>Points spent in the points supermarket (积分超市兑换); lowers the spendable balance only.</summary>
    Redemption = 2,

    /// <summary>Cancels an earlier entry (冲正); the cancelled entry then counts for nothing.</summary>
    Reversal = 3,

    /// <summary>The periodic reset of the spendable balance (e.g. each 31 December).</summary>
    Reset = 4,
}
