using Ruicheng.Governance.Linkage;

namespace Ruicheng.Governance.Rulebooks;

/// <summary>An issue category in the rulebook (问题类别), with its names.</summary>
/// <param name="Id">The category.</param>
/// <param name="ChineseName">The Chinese name, e.g. 安全隐患.</param>
/// <param name="EnglishName">The English name.</param>
public sealed record IssueCategoryDefinition(IssueCategory Id, string ChineseName, string EnglishName);
