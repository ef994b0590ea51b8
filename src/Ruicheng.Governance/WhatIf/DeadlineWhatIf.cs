using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Disputes;

namespace Ruicheng.Governance.WhatIf;

/// <summary>
/// Open cases' deadlines under the old and the new ladder and calendar (期限测算): the same cases, replayed from their
/// report and commands once under each rulebook, compared case by case.
/// </summary>
public static class DeadlineWhatIf
{
    /// <summary>
    /// Pairs the cases by id and compares their next deadlines (<see cref="NextDeadline"/>). Every case of either list is
    /// listed once, in ordinal order of id; a case only one list has is listed with nulls on the other side.
    /// </summary>
    /// <param name="underCurrent">The cases as replayed under the current rulebook.</param>
    /// <param name="underProposed">The same cases as replayed under the proposed rulebook.</param>
    /// <exception cref="ArgumentException">A list holds two cases with one id.</exception>
    public static ImmutableArray<CaseDeadlineWhatIf> Compare(IEnumerable<DisputeCase> underCurrent, IEnumerable<DisputeCase> underProposed)
    {
        ArgumentNullException.ThrowIfNull(underCurrent);
        ArgumentNullException.ThrowIfNull(underProposed);
        var before = ById(underCurrent, nameof(underCurrent));
        var after = ById(underProposed, nameof(underProposed));
        return [.. before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id =>
        {
            var was = before.GetValueOrDefault(id);
            var will = after.GetValueOrDefault(id);
            return new CaseDeadlineWhatIf(
                (was ?? will)!.Id, was?.State, was?.TierId, was is null ? null : NextDeadline(was), will?.State, will?.TierId, will is null ? null : NextDeadline(will));
        })];
    }

    /// <summary>
    /// A case's next deadline: its acceptance deadline while <see cref="DisputeState.Reported"/>, its tier's deadline
    /// while <see cref="DisputeState.InMediation"/> (null for a tier without a limit), null in every other state.
    /// </summary>
    /// <param name="disputeCase">The case.</param>
    public static Instant? NextDeadline(DisputeCase disputeCase)
    {
        ArgumentNullException.ThrowIfNull(disputeCase);
        return disputeCase.State switch
        {
            DisputeState.Reported => disputeCase.AcceptanceDeadline,
            DisputeState.InMediation => disputeCase.Deadline,
            _ => null,
        };
    }

    private static Dictionary<string, DisputeCase> ById(IEnumerable<DisputeCase> cases, string parameter)
    {
        var byId = new Dictionary<string, DisputeCase>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, parameter);
            if (!byId.TryAdd(c.Id.Value, c))
            {
                throw new ArgumentException($"Case '{c.Id}' appears twice.", parameter);
            }
        }

        return byId;
    }
}
