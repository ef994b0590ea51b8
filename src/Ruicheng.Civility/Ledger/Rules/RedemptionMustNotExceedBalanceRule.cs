namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A redemption spends at most the spendable balance; the balance never goes negative.</summary>
public sealed class RedemptionMustNotExceedBalanceRule : EntryRule
{
    private RedemptionMustNotExceedBalanceRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.redemption.balance</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.redemption.balance");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static RedemptionMustNotExceedBalanceRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "no more than the spendable balance";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var draft = check.Draft;
        var spendable = Scoring.ResidentPass.Spendable(check.Rulebook.CapPlan, check.State, draft.Resident, NodaTime.LocalDate.MaxIsoValue);
        return draft.Quantity > spendable
            ? RuleViolation.At(Id, check.Path, $"{draft.Resident} would spend {draft.Quantity} points with {spendable} spendable.", null, Figure.Of("spendable", spendable), Figure.Of("requested", draft.Quantity))
            : null;
    }
}
