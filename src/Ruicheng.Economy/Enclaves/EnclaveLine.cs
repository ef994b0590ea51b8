namespace Ruicheng.Economy.Enclaves;

/// <summary>One line of an enclave project's revenue split: a village's collective income line, or what the project keeps.</summary>
/// <param name="Role">Host, member or project.</param>
/// <param name="Village">The village, for host and member lines.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Why">How it was computed.</param>
public sealed record EnclaveLine(EnclaveRole Role, UnitId? Village, Money Amount, string Why)
{
    /// <summary>
    /// <see cref="Why"/> as a message with its values, so it reads in Chinese or English
    /// (<c>EconomyMessages.Catalog.Describe(line.Reason, culture)</c>); null for a line not written by the engine.
    /// </summary>
    public ExplanationStep? Reason { get; init; }
}
