namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>A plan that divides by patronage needs each member's trading volume for the year.</summary>
public static class PatronageRequiredForPatronageSplitRule
{
    /// <summary>The rule's stable id: <c>economy.patronage.missing</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.patronage.missing");
}
