namespace Ruicheng.Governance.Disputes;

/// <summary>The three stages of "negotiate first, then administrative, then litigation" (先协商、再行政、后诉讼), in order.</summary>
public enum DisputeStage
{
    /// <summary>Negotiation and people's mediation (协商调解): grid and village.</summary>
    Negotiation = 0,

    /// <summary>Administrative handling (行政调处): township and county centres.</summary>
    Administrative = 1,

    /// <summary>Litigation (诉讼): referral to court (诉调对接).</summary>
    Litigation = 2,
}
