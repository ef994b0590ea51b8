namespace Ruicheng.Economy.Distributions;

/// <summary>What happens when income does not cover the guaranteed floors (保底不足).</summary>
public enum ShortfallPolicy
{
    /// <summary>Every floor is paid the same fraction of its due (largest remainder to the fen).</summary>
    ProRata = 0,

    /// <summary>Floors are paid class by class in the plan's order; the class where money runs out is paid pro rata.</summary>
    PriorityByClass = 1,
}
