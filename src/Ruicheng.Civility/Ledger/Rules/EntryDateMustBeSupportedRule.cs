namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>
/// An entry's date lies within <see cref="CivilTime.EarliestDate"/>..<see cref="CivilTime.LatestDate"/> (1900-01-01 to
/// 2199-12-31), the dates every window and deadline is computed for.
/// </summary>
public sealed class EntryDateMustBeSupportedRule : EntryRule
{
    private EntryDateMustBeSupportedRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.date.range</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.date.range");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static EntryDateMustBeSupportedRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "dated within the engine's supported dates";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var draft = check.Draft;
        return CivilTime.IsSupported(draft.OccurredOn)
            ? null
            : RuleViolation.At(
                Id, check.Path, $"{draft.OccurredOn:uuuu-MM-dd} is outside {CivilTime.EarliestDate:uuuu-MM-dd}..{CivilTime.LatestDate:uuuu-MM-dd}, the dates the engine computes for.",
                draft.OccurredOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
