namespace Ruicheng.Economy.Distributions;

/// <summary>The legal form of the cooperative, which decides some distribution rules.</summary>
public enum CooperativeKind
{
    /// <summary>A farmers' professional cooperative (农民专业合作社): at least 60% of distributable surplus returns by patronage.</summary>
    FarmersCooperative = 0,

    /// <summary>A village joint-stock economic cooperative (股份经济合作社): distributes by shares.</summary>
    JointStock = 1,
}
