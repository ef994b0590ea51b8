using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Storage;

/// <summary>
/// The values that repeat across a ledger's rows (residents, rule ids, rulebook versions, key ids), parsed once each:
/// a county's million entries name a few hundred thousand residents, a few dozen rules, a handful of versions and keys.
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class StoredEntryValues
{
    private readonly Dictionary<string, ResidentId> _residents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleId?> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RulebookVersion> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyIds = new(StringComparer.Ordinal);

    public ResidentId Resident(ReadOnlySpan<char> text)
    {
        var lookup = _residents.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var resident))
        {
            var value = text.ToString();
            _residents.Add(value, resident = ResidentId.From(value));
        }

        return resident;
    }

    /// <summary>The rule id, or null for the empty text a rule-less entry stores.</summary>
    public RuleId? Rule(ReadOnlySpan<char> text)
    {
        var lookup = _rules.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var rule))
        {
            var value = text.ToString();
            _rules.Add(value, rule = value.Length == 0 ? null : RuleId.From(value));
        }

        return rule;
    }

    public RulebookVersion Version(ReadOnlySpan<char> text)
    {
        var lookup = _versions.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var version))
        {
            var value = text.ToString();
            _versions.Add(value, version = RulebookVersion.Parse(value));
        }

        return version;
    }

    public string KeyId(ReadOnlySpan<char> text)
    {
        var lookup = _keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var keyId))
        {
            keyId = text.ToString();
            _keyIds.Add(keyId, keyId);
        }

        return keyId;
    }
}
