namespace Ruicheng.Storage.Model;

/// <summary>A points claim as stored: the columns queries use beside the full stored form; <see cref="Version"/> is the concurrency token.</summary>
internal sealed class ClaimRow
{
    public string Id { get; set; } = string.Empty;

    public string Rulebook { get; set; } = string.Empty;

    public string Resident { get; set; } = string.Empty;

    public string Rule { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public DateOnly OccurredOn { get; set; }

    public string Document { get; set; } = string.Empty;

    public long Version { get; set; }
}
