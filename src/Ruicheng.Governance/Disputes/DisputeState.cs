namespace Ruicheng.Governance.Disputes;

/// <summary>Where a dispute case stands.</summary>
public enum DisputeState
{
    /// <summary>Reported, awaiting acceptance (受理) or refusal.</summary>
    Reported = 0,

    /// <summary>Being mediated at a tier (调处中).</summary>
    InMediation = 1,

    /// <summary>Mediation at the current tier failed (调解不成); it may escalate, go to court or be closed.</summary>
    MediationFailed = 2,

    /// <summary>Settled by agreement (达成协议), awaiting closure.</summary>
    Settled = 3,

    /// <summary>Referred to court (诉调对接), awaiting closure.</summary>
    ReferredToCourt = 4,

    /// <summary>Declined with a reason (不予受理). Terminal.</summary>
    Declined = 5,

    /// <summary>Withdrawn by a party (撤回). Terminal.</summary>
    Withdrawn = 6,

    /// <summary>Closed (结案). Terminal.</summary>
    Closed = 7,
}
