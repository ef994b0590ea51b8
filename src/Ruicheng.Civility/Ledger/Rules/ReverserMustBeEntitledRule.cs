namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>Only a cadre or a council member may reverse an entry, and never one whose beneficiary is in their own household (回避).</summary>
public sealed class ReverserMustBeEntitledRule : EntryRule
{
    private ReverserMustBeEntitledRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.reversal.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.reversal.actor");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static ReverserMustBeEntitledRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "recorded by a cadre or council member outside the beneficiary's household";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var draft = check.Draft;
        return draft.Actor is not { Role: CivilityRole.Cadre or CivilityRole.CouncilMember } actor
            || (draft.BeneficiaryHousehold is { } household && actor.Household == household) || actor.Id == draft.Resident
            ? RuleViolation.At(Id, check.Path, "A reversal is recorded by a cadre or council member outside the beneficiary's household.", draft.Actor?.Id.Value)
            : null;
    }
}
