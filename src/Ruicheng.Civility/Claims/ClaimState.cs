namespace Ruicheng.Civility.Claims;

/// <summary>Where a points claim stands (申报 → 公示 → 确认).</summary>
public enum ClaimState
{
    /// <summary>Declared (申报), not yet published.</summary>
    Declared = 0,

    /// <summary>Published for the notice period (公示中).</summary>
    Published = 1,

    /// <summary>Objected to during the notice period (有异议), awaiting the council.</summary>
    Objected = 2,

    /// <summary>Confirmed (确认): it may enter the ledger. Terminal.</summary>
    Confirmed = 3,

    /// <summary>Rejected by the council (驳回). Terminal.</summary>
    Rejected = 4,
}
