namespace Ruicheng.Economy.Collective;

/// <summary>How a village's collective income is classified.</summary>
public enum VillageIncomeClass
{
    /// <summary>Economically weak (薄弱村): below the rulebook's threshold.</summary>
    EconomicallyWeak = 0,

    /// <summary>At or above the threshold, below every milestone.</summary>
    Ordinary = 1,

    /// <summary>At or above at least one milestone (e.g. 百万元村).</summary>
    MilestoneReached = 2,
}
