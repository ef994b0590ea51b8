namespace Ruicheng.Economy.Cooperatives;

/// <summary>A member of a cooperative (合作社成员).</summary>
/// <param name="Id">The member's id.</param>
/// <param name="Kind">Household, village collective or enterprise.</param>
/// <param name="Name">A display name (never an ID-card number).</param>
public sealed record CooperativeMember(MemberId Id, MemberKind Kind, string Name);
