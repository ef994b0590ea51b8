namespace Ruicheng.Economy.Distributions;

/// <summary>A guaranteed floor (保底): every unit of a share class earns at least this much a year.</summary>
/// <param name="Class">The share class.</param>
/// <param name="PerUnit">The floor per unit (per mu of land shares, per floor share).</param>
/// <param name="Description">Where the figure comes from, e.g. "800 yuan per mu" or "8% of 1,000 yuan".</param>
public sealed record FloorRule(Cooperatives.ShareClass Class, Money PerUnit, string Description);
