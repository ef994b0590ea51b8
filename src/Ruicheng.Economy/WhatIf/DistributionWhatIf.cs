using System.Collections.Immutable;
using Ruicheng.Economy.Distributions;

namespace Ruicheng.Economy.WhatIf;

/// <summary>
/// One year's income distributed under two plans, side by side (分配方案测算): per recipient, what each plan gives
/// and the difference, to the fen. Both distributions divide the same income, so the differences sum to zero.
/// </summary>
public sealed class DistributionWhatIf
{
    private DistributionWhatIf(Money income, ImmutableArray<RecipientWhatIf> recipients)
    {
        Income = income;
        Recipients = recipients;
    }

    /// <summary>The income both plans distribute.</summary>
    public Money Income { get; }

    /// <summary>Every recipient of either plan (members and retained accounts), in ordinal order of recipient.</summary>
    public ImmutableArray<RecipientWhatIf> Recipients { get; }

    /// <summary>
    /// Compares two distributions of one income: each recipient's lines summed (paid out and retained alike) under each.
    /// </summary>
    /// <param name="current">The distribution under the current plan.</param>
    /// <param name="proposed">The distribution under the proposed plan.</param>
    /// <exception cref="ArgumentException">The two distribute different incomes.</exception>
    public static DistributionWhatIf Compare(DistributionResult current, DistributionResult proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        if (current.Income != proposed.Income)
        {
            throw new ArgumentException($"The proposed distribution divides {proposed.Income}, the current one {current.Income}: compare plans on the same income.", nameof(proposed));
        }

        var before = Totals(current);
        var after = Totals(proposed);
        var recipients = before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(r => new RecipientWhatIf(r, before.GetValueOrDefault(r), after.GetValueOrDefault(r)));
        return new DistributionWhatIf(current.Income, [.. recipients]);
    }

    private static Dictionary<string, Money> Totals(DistributionResult result) =>
        result.Lines.GroupBy(l => l.Recipient, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Money.Sum(g.Select(l => l.Amount)), StringComparer.Ordinal);
}
