namespace Ruicheng.Economy.WhatIf;

/// <summary>
/// What one recipient — a member, or an account the cooperative keeps (reserve, welfare, reinvestment) — gets under
/// the current and under the proposed plan (分配方案测算), to the fen.
/// </summary>
/// <param name="Recipient">The member id or account, as on the distribution lines.</param>
/// <param name="Current">The sum of its lines under the current plan (zero when it has none).</param>
/// <param name="Proposed">The sum of its lines under the proposed plan.</param>
public sealed record RecipientWhatIf(string Recipient, Money Current, Money Proposed)
{
    /// <summary>Proposed minus current.</summary>
    public Money Difference => Proposed - Current;
}
