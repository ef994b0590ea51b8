namespace Ruicheng.Economy.Enclaves;

/// <summary>A member (fly-out) village of an enclave project and what it contributed (出资).</summary>
/// <param name="Village">The member village.</param>
/// <param name="Contribution">Its contribution, positive.</param>
public sealed record EnclaveMember(UnitId Village, Money Contribution);
