namespace Ruicheng.Storage.Model;

/// <summary>A cooperative's share register: its stored form (ShareRegisterJson) with a version for optimistic concurrency.</summary>
internal sealed class RegisterRow
{
    public string Cooperative { get; set; } = string.Empty;

    public long Version { get; set; }

    public string Document { get; set; } = string.Empty;
}
