namespace Ruicheng.Economy.Land;

/// <summary>A rent escalation clause (租金递增): the rent rises by <see cref="Rise"/> every <see cref="EveryYears"/> contract years, compounding.</summary>
/// <param name="Rise">The rise per step, e.g. 5%.</param>
/// <param name="EveryYears">How many contract years between rises, at least 1.</param>
public sealed record RentEscalation(Rate Rise, int EveryYears)
{
    /// <summary>No escalation.</summary>
    public static RentEscalation None { get; } = new(Rate.Zero, 1);
}
