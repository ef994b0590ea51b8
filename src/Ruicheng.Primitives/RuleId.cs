using Ruicheng.Generated;

namespace Ruicheng.Primitives;

/// <summary>
/// The stable id of a business rule, equal to its key in a rulebook (规则编号), e.g. a points rule or a distribution tranche.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("rule id")]
public readonly partial struct RuleId;
