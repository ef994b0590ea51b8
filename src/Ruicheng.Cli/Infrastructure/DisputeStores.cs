using NodaTime;
using NodaTime.Text;
using Ruicheng.Cli.Commands;
using Ruicheng.Cli.Inputs;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>What the stored-dispute commands share: the rulebook registry, instants, actors.</summary>
internal static class DisputeStores
{
    private static readonly OffsetDateTimePattern[] Patterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    /// <summary>The rulebook (built-in or <c>--rulebook</c>, with <c>--calendar</c> years) and a registry holding it and the built-in one.</summary>
    public static (GovernanceRulebook Rulebook, RulebookRegistry<GovernanceRulebook> Registry) Rulebooks(DisputeStoreSettings settings)
    {
        var text = settings.Rulebook is null ? GovernanceRulebookFile.RuichengJsonText : Output.ReadFile(settings.Rulebook, "--rulebook");
        var loaded = GovernanceRulebookFile.Load(text).Bind(r => CalendarYears.Merge(r, settings.Calendars));
        if (loaded.IsFailure)
        {
            throw UnusableInputException.At(settings.Rulebook ?? "built-in", loaded.FirstViolation!.Path, $"[{loaded.FirstViolation.Code}] {loaded.FirstViolation.Message}");
        }

        var builtIn = GovernanceRulebookFile.LoadRuicheng();
        var books = loaded.Value.Header.Reference == builtIn.Header.Reference ? [loaded.Value] : new[] { loaded.Value, builtIn };
        return (loaded.Value, RulebookRegistry<GovernanceRulebook>.Create(books).Value);
    }

    public static Instant At(string? text, string option, IClock clock)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant();
        }

        return Patterns.Select(p => p.Parse(text)).FirstOrDefault(r => r.Success)?.Value.ToInstant()
            ?? throw new UnusableInputException($"{option}: '{text}' is not an instant such as 2026-07-01T09:00+08:00");
    }

    public static Actor Actor(string id, string role, string? household)
    {
        if (!ResidentId.TryFrom(id, out var resident))
        {
            throw new UnusableInputException($"--actor: '{id}' is not a resident id");
        }

        var roles = Enum.GetValues<ActorRole>().ToDictionary(r => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(r.ToString()), StringComparer.Ordinal);
        if (!roles.TryGetValue(role, out var parsed))
        {
            throw new UnusableInputException($"--role: '{role}' is not one of {string.Join(", ", roles.Keys)}");
        }

        HouseholdId? home = household is null ? null : HouseholdId.TryFrom(household, out var h) ? h : throw new UnusableInputException($"--household: '{household}' is not a household id");
        return new Actor(resident, parsed, home);
    }

    public static DisputeCaseId CaseId(string text) =>
        DisputeCaseId.TryFrom(text, out var id) ? id : throw new UnusableInputException($"--id: '{text}' is not a case id");

    public static object Shape(DisputeCase c) => new
    {
        id = c.Id.Value,
        caseType = c.CaseType.Id,
        unit = c.Unit.Value,
        state = c.State.ToString(),
        tier = c.TierId,
        deadline = c.Deadline,
        deadlineLocal = c.Deadline is { } d ? CivilTime.Describe(d) : null,
        acceptanceDeadline = c.State == DisputeState.Reported ? CivilTime.Describe(c.AcceptanceDeadline) : null,
        rulebook = c.OpenedUnder.ToString(),
    };
}
