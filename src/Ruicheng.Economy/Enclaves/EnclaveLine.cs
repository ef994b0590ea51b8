namespace Ruicheng.Economy.Enclaves;

/// <summary>One line of an enclave project's revenue split: a village's collective income line, or what the project keeps.</summary>
/// <param name="Role">Host, member or project.</param>
/// <param name="Village">The village, for host and member lines.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Why">How it was computed.</param>
public sealed record EnclaveLine(EnclaveRole Role, UnitId? Village, Money Amount, string Why);
