using Ruicheng.Generated;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// The id of a points-ledger entry (积分记录编号), assigned by the ledger in order of appending.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("ledger entry id")]
public readonly partial struct EntryId;
