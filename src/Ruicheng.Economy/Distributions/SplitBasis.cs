namespace Ruicheng.Economy.Distributions;

/// <summary>How a party's part of the ratio split is divided within the party.</summary>
public enum SplitBasis
{
    /// <summary>By the units of the listed share classes each member holds (按股分红).</summary>
    Shares = 0,

    /// <summary>By each member's trading volume with the cooperative (按交易量返还).</summary>
    Patronage = 1,

    /// <summary>All to one named member (e.g. the village collective).</summary>
    Member = 2,

    /// <summary>Kept by the cooperative (not distributed).</summary>
    Retained = 3,
}
