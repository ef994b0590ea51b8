namespace Ruicheng.Economy.Enclaves;

/// <summary>Who a line of an enclave split goes to.</summary>
public enum EnclaveRole
{
    /// <summary>The host (fly-in) village (飞入地), for its land.</summary>
    Host = 0,

    /// <summary>A member (fly-out) village (飞出地), for its contribution.</summary>
    Member = 1,

    /// <summary>The project itself (retained, or a loss carried).</summary>
    Project = 2,
}
