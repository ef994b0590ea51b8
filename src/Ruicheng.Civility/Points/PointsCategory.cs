using System.Collections.Immutable;

namespace Ruicheng.Civility.Points;

/// <summary>A category of civility points (积分类别) with the caps that apply to all its rules together.</summary>
/// <param name="Id">The category.</param>
/// <param name="ChineseName">The Chinese name, e.g. 志愿服务.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Caps">Caps over the whole category.</param>
public sealed record PointsCategory(CategoryId Id, string ChineseName, string EnglishName, ImmutableArray<PointsCap> Caps);
