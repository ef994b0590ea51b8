namespace Ruicheng.Civility.Ledger;

/// <summary>The outcome of verifying a ledger's hash chain.</summary>
/// <param name="IsValid">Whether every entry, the order and (when given) the head check out.</param>
/// <param name="FirstInvalidIndex">The first position that does not check out, or −1.</param>
/// <param name="Reason">Why, in words; empty when valid.</param>
public sealed record ChainVerification(bool IsValid, int FirstInvalidIndex, string Reason);
