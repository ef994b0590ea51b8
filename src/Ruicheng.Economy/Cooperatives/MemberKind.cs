namespace Ruicheng.Economy.Cooperatives;

/// <summary>What kind of member holds shares.</summary>
public enum MemberKind
{
    /// <summary>A household (农户).</summary>
    Household = 0,

    /// <summary>The village collective (村集体经济组织).</summary>
    VillageCollective = 1,

    /// <summary>An enterprise (企业).</summary>
    Enterprise = 2,
}
