using Ruicheng.Generated;

namespace Ruicheng.Governance.Linkage;

/// <summary>
/// The category of an issue found on patrol or reported by a post holder (问题类别), e.g. safety hazard, dispute, sanitation.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("issue category")]
public readonly partial struct IssueCategory;
