namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>No member holds more than the plan's cap of the dividend classes' units (practice: 20%).</summary>
public static class MemberMustNotExceedShareCapRule
{
    /// <summary>The rule's stable id: <c>economy.member.share-cap</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.member.share-cap");
}
