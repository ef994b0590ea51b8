namespace Ruicheng.Economy.Cooperatives.Rules;

/// <summary>
/// A share register lists each member once, and each holding belongs to a listed member, has positive units and ends
/// (when it ends) on or after the day it starts.
/// </summary>
public static class ShareRegisterMustBeConsistentRule
{
    /// <summary>The rule's stable id: <c>economy.register.inconsistent</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.register.inconsistent");
}
