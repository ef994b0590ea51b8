namespace Ruicheng.Civility.Ledger;

/// <summary>The role in which someone acts on points.</summary>
public enum CivilityRole
{
    /// <summary>A resident (村民), e.g. declaring their own deed.</summary>
    Resident = 0,

    /// <summary>A grid worker (网格员).</summary>
    GridWorker = 1,

    /// <summary>A village cadre (村干部).</summary>
    Cadre = 2,

    /// <summary>A member of the moral evaluation council (道德评议会).</summary>
    CouncilMember = 3,

    /// <summary>The points supermarket (积分超市), recording redemptions.</summary>
    Supermarket = 4,
}
