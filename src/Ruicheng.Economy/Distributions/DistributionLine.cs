namespace Ruicheng.Economy.Distributions;

/// <summary>
/// One line of a distribution: who gets how much, under which tranche and rule, whether it is paid out or
/// retained, and why. The lines of a distribution sum to the income to the fen.
/// </summary>
/// <param name="Tranche">The waterfall tranche.</param>
/// <param name="Rule">The plan rule applied.</param>
/// <param name="Recipient">A member id, or the account the money is retained in (<c>reserve</c>, <c>welfare</c>, …).</param>
/// <param name="Member">The member, when a member receives it.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Retained">Whether it stays in the cooperative (including reinvestment converted into shares).</param>
/// <param name="Why">The figures behind the line, in words.</param>
public sealed record DistributionLine(
    DistributionTranche Tranche, RuleId Rule, string Recipient, Cooperatives.MemberId? Member, Money Amount, bool Retained, string Why)
{
    /// <summary>
    /// <see cref="Why"/> as a message with its values, so it reads in Chinese or English
    /// (<c>EconomyMessages.Catalog.Describe(line.Reason, culture)</c>); null for a line not written by the engine.
    /// </summary>
    public ExplanationStep? Reason { get; init; }
}
