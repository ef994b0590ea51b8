using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Claims.Rules;

/// <summary>A published claim is confirmed only after its notice period (公示) ends without objection.</summary>
public sealed class NoticePeriodMustHaveEndedRule : ClaimRule
{
    private NoticePeriodMustHaveEndedRule()
    {
    }

    /// <summary>The rule's stable id: <c>claim.notice.not-ended</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.notice.not-ended");

    /// <summary>The rule, as <see cref="ClaimRules"/> lists it.</summary>
    public static NoticePeriodMustHaveEndedRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "the notice period (公示) over";

    internal override RuleViolation? Check(ClaimCheck check)
    {
        var claim = check.Claim!;
        return check.At < claim.NoticeEnds
            ? RuleViolation.Of(Id, $"The notice period ends at {claim.NoticeEnds}.", Figure.Of("noticeEnds", claim.NoticeEnds))
            : null;
    }
}
