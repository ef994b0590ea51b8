namespace Ruicheng.Governance.Disputes;

/// <summary>Why a case was closed.</summary>
public enum DisputeClosure
{
    /// <summary>Resolved: settled, adjudicated, or answered with a legal explanation.</summary>
    Resolved = 0,

    /// <summary>Concluded without agreement after the last tier; the parties were told their remedies.</summary>
    Concluded = 1,

    /// <summary>
    /// Closed as disruptive, repeated petitioning (缠访闹访), handled by law; raises
    /// <see cref="Events.DisruptivePetitioningRecorded"/> for other packages' rulebooks.
    /// </summary>
    DisruptiveRepeatPetitioning = 2,
}
