using NodaTime;
using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>The spendable balance resets only on the month and day the rulebook names (e.g. 12-31), in any year.</summary>
public static class ResetMustFallOnRulebookDateRule
{
    /// <summary>The rule's stable id: <c>ledger.reset.date</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.reset.date");

    /// <summary>The violation when <paramref name="date"/> is not the policy's reset day, else null.</summary>
    /// <param name="policy">The rulebook's expiry policy.</param>
    /// <param name="date">The requested reset date.</param>
    public static RuleViolation? Check(ExpiryPolicy policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return date.Month == policy.SpendableResetMonth && date.Day == policy.SpendableResetDay
            ? null
            : RuleViolation.At(
                Id,
                "date",
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The spendable balance resets on {policy.SpendableResetMonth:D2}-{policy.SpendableResetDay:D2} each year, not on {date:uuuu-MM-dd}."),
                date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Figure.Of("resetsOn", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{policy.SpendableResetMonth:D2}-{policy.SpendableResetDay:D2}")));
    }
}
