using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>Settings of the commands that keep state in a store.</summary>
internal class StoreSettings : JsonSettings
{
    [CommandOption("--store <STORE>")]
    [Description("Where state is kept: a SQLite file (default ruicheng.db in the working folder, created if missing) or a PostgreSQL connection string (Host=…;Database=…;Username=…).")]
    public string Store { get; init; } = "ruicheng.db";
}
