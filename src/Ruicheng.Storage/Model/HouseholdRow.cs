namespace Ruicheng.Storage.Model;

/// <summary>A household as stored, registered in a grid.</summary>
internal sealed class HouseholdRow
{
    public string Id { get; set; } = string.Empty;

    public int Position { get; set; }

    public string GridId { get; set; } = string.Empty;

    public bool Synthetic { get; set; }
}
