namespace Ruicheng.Governance.Posts.Rules;

/// <summary>
/// A post register lists only posts the rulebook defines (or the grid worker post), each term ends on or after the
/// day it starts, and one resident's terms of the same post never overlap.
/// </summary>
public static class PostAssignmentMustBeValidRule
{
    /// <summary>The rule's stable id: <c>governance.post.assignment</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.post.assignment");
}
