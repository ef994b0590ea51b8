namespace Ruicheng.Civility.Claims;

/// <summary>What was done to a points claim, as its audit records it.</summary>
public enum ClaimCommand
{
    /// <summary>Declared (申报) by the resident, a grid worker or a cadre.</summary>
    Declare = 0,

    /// <summary>Published for the notice period (公示).</summary>
    Publish = 1,

    /// <summary>Objected to during the notice period (异议).</summary>
    Object = 2,

    /// <summary>Confirmed when the notice period ended without objection.</summary>
    Finalize = 3,

    /// <summary>Reviewed by the moral evaluation council after an objection (评议): confirmed or rejected.</summary>
    Review = 4,
}
