namespace Ruicheng.Economy.Enclaves;

/// <summary>How an enclave project's revenue after the host's land fee is returned to member villages.</summary>
public enum EnclaveReturnMethod
{
    /// <summary>Everything after the host fee, in proportion to contributions (按出资比例分红).</summary>
    ByContribution = 0,

    /// <summary>A fixed return on each contribution (固定收益, practice ~10%); the rest stays with the project.</summary>
    FixedReturn = 1,
}
