namespace Ruicheng.Civility.Points;

/// <summary>The credit tiers of the civility-credit linkage (信用等级), lowest first so that comparisons read naturally.</summary>
public enum CreditTier
{
    /// <summary>D.</summary>
    D = 0,

    /// <summary>C.</summary>
    C = 1,

    /// <summary>B.</summary>
    B = 2,

    /// <summary>A.</summary>
    A = 3,

    /// <summary>AA.</summary>
    AA = 4,

    /// <summary>AAA.</summary>
    AAA = 5,
}
