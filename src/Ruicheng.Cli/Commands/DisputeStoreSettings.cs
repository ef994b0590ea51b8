using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>Settings of the dispute commands that keep cases in the store.</summary>
internal class DisputeStoreSettings : StoreSettings
{
    [CommandOption("--rulebook <FILE>")]
    [Description("The Governance rulebook (JSON). Default: the built-in Ruicheng rulebook. Stored cases keep the version they were opened under; register it here if it is not the built-in one.")]
    public string? Rulebook { get; init; }

    [CommandOption("--calendar <FILE>")]
    [Description("A calendar-year file to merge into the rulebook; repeatable.")]
    public string[] Calendars { get; init; } = [];

    [CommandOption("--at <INSTANT>")]
    [Description("When the step happens, e.g. 2026-09-24T10:00+08:00. Default: now.")]
    public string? At { get; init; }
}

/// <summary>Settings of a step a body or a party takes on a stored case.</summary>
internal class DisputeActSettings : DisputeStoreSettings
{
    [CommandOption("--id <ID>")]
    [Description("Required. The case id.")]
    public string Id { get; init; } = string.Empty;

    [CommandOption("--actor <ID>")]
    [Description("Required. Who acts (a resident id).")]
    public string Actor { get; init; } = string.Empty;

    [CommandOption("--role <ROLE>")]
    [Description("Required. The role they act in: grid-mediator, village-mediation-committee, township-governance-centre, county-governance-centre, party, …")]
    public string Role { get; init; } = string.Empty;

    [CommandOption("--household <ID>")]
    [Description("The actor's household (for stepping aside, 回避).")]
    public string? Household { get; init; }

    [CommandOption("--reason <TEXT>")]
    [Description("Why (required by fail and extend); the terms, for settle.")]
    public string? Reason { get; init; }

    public override Spectre.Console.ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--id", Id), ("--actor", Actor), ("--role", Role));
}
