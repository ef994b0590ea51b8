namespace Ruicheng.Storage.Model;

/// <summary>A resident's dated membership of a household, as stored.</summary>
internal sealed class MembershipRow
{
    public int Position { get; set; }

    public string Resident { get; set; } = string.Empty;

    public string Household { get; set; } = string.Empty;

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }
}
