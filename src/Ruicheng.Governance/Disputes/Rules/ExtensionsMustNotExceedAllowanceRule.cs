namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A tier grants at most the extensions its rulebook entry allows.</summary>
public static class ExtensionsMustNotExceedAllowanceRule
{
    /// <summary>The rule's stable id: <c>dispute.extension.exhausted</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.extension.exhausted");
}
