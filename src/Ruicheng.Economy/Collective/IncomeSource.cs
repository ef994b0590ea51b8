namespace Ruicheng.Economy.Collective;

/// <summary>Where a village collective's income comes from (集体经济收入来源).</summary>
public enum IncomeSource
{
    /// <summary>Dividends from cooperatives (合作社分红).</summary>
    CooperativeDividend = 0,

    /// <summary>Returns from enclave projects (飞地收益).</summary>
    EnclaveReturn = 1,

    /// <summary>Land transfer rents (流转租金).</summary>
    LandRent = 2,

    /// <summary>Leasing collective assets (资产租赁).</summary>
    AssetLease = 3,

    /// <summary>Service fees (服务收入).</summary>
    Services = 4,

    /// <summary>Anything else.</summary>
    Other = 5,
}
