using Ruicheng.Generated;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// The id of a dispute case (纠纷案件编号), assigned by the host that records it.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("dispute case id")]
public readonly partial struct DisputeCaseId;
