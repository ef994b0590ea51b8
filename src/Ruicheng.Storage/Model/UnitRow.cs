namespace Ruicheng.Storage.Model;

/// <summary>An administrative unit as stored (one hierarchy per store).</summary>
internal sealed class UnitRow
{
    public string Id { get; set; } = string.Empty;

    public int Position { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? ParentId { get; set; }

    public string Origin { get; set; } = string.Empty;
}
