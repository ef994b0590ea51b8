namespace Ruicheng.Economy.Cooperatives;

/// <summary>The five share classes of Cai village's five-share linkage (五股联动).</summary>
public enum ShareClass
{
    /// <summary>Land shares invested in an enterprise (土地入股企业); held in mu.</summary>
    Land = 0,

    /// <summary>Guaranteed-floor shares in the cooperative (保底入股合作社): a floor is paid before any dividend.</summary>
    GuaranteedFloor = 1,

    /// <summary>Pooled shares to run a processing plant (集股办加工厂).</summary>
    Pooled = 2,

    /// <summary>Split shares to attract shop tenants (分股招商铺).</summary>
    Split = 3,

    /// <summary>Re-shares for reinvestment (重股再投资), issued from retained earnings.</summary>
    Reinvestment = 4,
}
