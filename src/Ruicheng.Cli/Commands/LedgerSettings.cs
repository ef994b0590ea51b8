using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>Settings of the ledger commands: which ledger, its rulebook and its signing key.</summary>
internal class LedgerSettings : StoreSettings
{
    [CommandOption("--ledger <NAME>")]
    [Description("The ledger's name in the store. Default: county.")]
    public string Ledger { get; init; } = "county";

    [CommandOption("--rulebook <FILE>")]
    [Description("The Civility rulebook (JSON). Default: the built-in Ruicheng rulebook.")]
    public string? Rulebook { get; init; }

    [CommandOption("--key <FILE>")]
    [Description("Required. The chain's secret key: a file of at least 32 bytes (keep it out of the store).")]
    public string Key { get; init; } = string.Empty;

    [CommandOption("--key-id <ID>")]
    [Description("The key's id, recorded on every entry it signs. Default: county-key.")]
    public string KeyId { get; init; } = "county-key";

    public override Spectre.Console.ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--key", Key));
}
