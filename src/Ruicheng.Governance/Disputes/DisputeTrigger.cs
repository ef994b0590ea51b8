namespace Ruicheng.Governance.Disputes;

/// <summary>What moves a dispute case from one state to another.</summary>
public enum DisputeTrigger
{
    /// <summary>The entry tier's body accepts the case (受理).</summary>
    Accept = 0,

    /// <summary>The entry tier's body declines it with a reason (不予受理).</summary>
    Decline = 1,

    /// <summary>The tier's body records an agreement (达成协议).</summary>
    RecordAgreement = 2,

    /// <summary>The tier's body records that mediation failed.</summary>
    RecordFailure = 3,

    /// <summary>A party or the tier's body escalates the case to the next tier (上交).</summary>
    Escalate = 4,

    /// <summary>The tier's deadline passed; the clock escalates the case.</summary>
    DeadlineEscalation = 5,

    /// <summary>The tier's body grants an extension (延期).</summary>
    GrantExtension = 6,

    /// <summary>A party withdraws the case.</summary>
    Withdraw = 7,

    /// <summary>A party or the tier's body refers the case to court.</summary>
    ReferToCourt = 8,

    /// <summary>The tier's body closes the case (结案).</summary>
    Close = 9,

    /// <summary>The accepting tier's body changes the case's complexity, once, with a reason; the deadline follows.</summary>
    ChangeComplexity = 10,

    /// <summary>
    /// A deadline passed and nothing escalated: the case awaits acceptance, has no tier before litigation left, or the
    /// escalation was refused (e.g. the next deadline needs a year the calendar does not cover). Noted once, by the clock.
    /// </summary>
    Overdue = 11,

    /// <summary>The current tier's body upholds a points appeal (积分争议): the case is settled and the entry is to be reversed or corrected.</summary>
    UpholdAppeal = 12,

    /// <summary>The current tier's body dismisses a points appeal: the appellant may ask the next tier, as after a failed mediation.</summary>
    DismissAppeal = 13,
}
