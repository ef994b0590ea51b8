namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Only a petition (信访) may be closed as disruptive, repeated petitioning (缠访闹访).</summary>
public static class DisruptiveClosureOnlyForPetitionsRule
{
    /// <summary>The rule's stable id: <c>dispute.closure.disruptive-petition-only</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.closure.disruptive-petition-only");

    /// <summary>The violation when a case of <paramref name="type"/> would be closed as disruptive petitioning without being a petition, else null.</summary>
    internal static RuleViolation? Check(DisputeCaseType type, DisputeClosure closure) =>
        closure == DisputeClosure.DisruptiveRepeatPetitioning && !type.IsPetition
            ? RuleViolation.Of(Id, $"A {type.Id} case is not a petition and cannot be closed as disruptive petitioning.")
            : null;
}
