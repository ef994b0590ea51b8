using Ruicheng.Generated;

namespace Ruicheng.Primitives;

/// <summary>
/// The id of an administrative or governance unit (单位): the county (县), a township (镇/乡), a village (行政村) or community (社区), or a grid (网格). Packages meet on this id; Governance owns the units.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("unit id")]
public readonly partial struct UnitId;
