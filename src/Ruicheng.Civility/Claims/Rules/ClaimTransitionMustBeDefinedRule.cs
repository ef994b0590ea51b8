using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Claims.Rules;

/// <summary>A claim command is accepted only in a state that allows it.</summary>
public sealed class ClaimTransitionMustBeDefinedRule : ClaimRule
{
    private ClaimTransitionMustBeDefinedRule()
    {
    }

    /// <summary>The rule's stable id: <c>claim.transition.invalid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.transition.invalid");

    /// <summary>The rule, as <see cref="ClaimRules"/> lists it.</summary>
    public static ClaimTransitionMustBeDefinedRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a state that allows the command (publish a declared claim, object to or finalize a published one, review an objected one)";

    internal override RuleViolation? Check(ClaimCheck check)
    {
        var claim = check.Claim!;
        var (allowed, verb) = check.Command switch
        {
            ClaimCommand.Publish => (claim.State == ClaimState.Declared, "publish"),
            ClaimCommand.Object => (claim.State == ClaimState.Published && check.At < claim.NoticeEnds, "object (only a published claim, within its notice period)"),
            ClaimCommand.Finalize => (claim.State == ClaimState.Published, "finalize"),
            ClaimCommand.Review => (claim.State == ClaimState.Objected, "review"),
            _ => (true, string.Empty),
        };
        return allowed ? null : RuleViolation.Of(Id, $"A {claim.State} claim cannot {verb}.", Figure.Of("state", claim.State));
    }
}
