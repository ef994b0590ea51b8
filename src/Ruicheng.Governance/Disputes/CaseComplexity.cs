namespace Ruicheng.Governance.Disputes;

/// <summary>How complex a dispute is judged at acceptance (繁简分流), which sets the time limit at the tier that accepted it.</summary>
public enum CaseComplexity
{
    /// <summary>A simple matter (简易), e.g. settled on the spot.</summary>
    Simple = 0,

    /// <summary>An ordinary matter (一般).</summary>
    Ordinary = 1,

    /// <summary>A complex matter (复杂, 疑难).</summary>
    Complex = 2,
}
