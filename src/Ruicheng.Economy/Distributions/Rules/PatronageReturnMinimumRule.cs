namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>A farmers' professional cooperative returns at least 60% of distributable surplus by patronage.</summary>
public static class PatronageReturnMinimumRule
{
    /// <summary>The rule's stable id: <c>economy.plan.patronage-minimum</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.plan.patronage-minimum");
}
