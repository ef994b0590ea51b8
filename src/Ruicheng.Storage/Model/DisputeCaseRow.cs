namespace Ruicheng.Storage.Model;

/// <summary>A dispute case as stored: the state columns queries use, beside the full stored form; <see cref="Version"/> is the concurrency token.</summary>
internal sealed class DisputeCaseRow
{
    public string Id { get; set; } = string.Empty;

    public string Rulebook { get; set; } = string.Empty;

    public string CaseType { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public string? TierId { get; set; }

    public long ReportedAtTicks { get; set; }

    public long? DeadlineTicks { get; set; }

    public long AcceptanceDeadlineTicks { get; set; }

    public string Document { get; set; } = string.Empty;

    public long Version { get; set; }
}
