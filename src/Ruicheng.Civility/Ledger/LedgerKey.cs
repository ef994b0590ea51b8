using System.Security.Cryptography;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// A secret key of the ledger's HMAC hash chain (台账密钥) with the id recorded on every entry it signs, so that a
/// county can rotate its key (<see cref="PointsLedger.RotateKey"/>) and still verify its whole history with all the
/// keys it has used. The secret is copied in and never shown: <see cref="ToString"/> gives the id only.
/// </summary>
/// <remarks>
/// A key is refused when it is shorter than <see cref="MinimumLength"/> bytes or has fewer than
/// <see cref="MinimumDistinctBytes"/> distinct byte values (all-zero, one repeated byte, a short repeated pattern).
/// These checks only refuse degenerate keys; they do not measure randomness: draw keys from a cryptographic random
/// source (e.g. <c>RandomNumberGenerator.GetBytes(32)</c>) and keep them out of source control.
/// </remarks>
public sealed class LedgerKey
{
    /// <summary>The fewest bytes a secret may have: 32, the output size of HMAC-SHA256.</summary>
    public const int MinimumLength = 32;

    /// <summary>The fewest distinct byte values a secret may have: 8.</summary>
    public const int MinimumDistinctBytes = 8;

    private readonly byte[] _secret;

    private LedgerKey(string id, byte[] secret)
    {
        Id = id;
        _secret = secret;
    }

    /// <summary>The key's id, recorded on each entry it signs (1–64 characters without whitespace, compared ordinally).</summary>
    public string Id { get; }

    /// <summary>Creates a key from its id and secret bytes (copied).</summary>
    /// <param name="id">The key id, e.g. <c>county-2026</c>: 1–64 characters without whitespace or control characters.</param>
    /// <param name="secret">At least <see cref="MinimumLength"/> bytes with at least <see cref="MinimumDistinctBytes"/> distinct values.</param>
    /// <exception cref="ArgumentException">The id is not valid (parameter <c>id</c>), or the secret is too short or degenerate (parameter <c>secret</c>).</exception>
    public static LedgerKey Create(string id, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!RuleId.TryFrom(id, out _))
        {
            throw new ArgumentException($"'{id}' is not a valid key id: use 1–64 characters without whitespace or control characters.", nameof(id));
        }

        if (secret.Length < MinimumLength)
        {
            throw new ArgumentException($"The secret of key '{id}' has {secret.Length} bytes; a ledger key needs at least {MinimumLength}.", nameof(secret));
        }

        Span<bool> seen = stackalloc bool[256];
        var distinct = 0;
        foreach (var b in secret)
        {
            if (!seen[b])
            {
                seen[b] = true;
                distinct++;
            }
        }

        if (distinct < MinimumDistinctBytes)
        {
            throw new ArgumentException(
                $"The secret of key '{id}' has only {distinct} distinct byte value(s); a ledger key needs at least {MinimumDistinctBytes} (all-zero and repeated-byte keys are refused).",
                nameof(secret));
        }

        return new LedgerKey(id, secret.ToArray());
    }

    /// <summary>Whether two keys have the same secret, compared in constant time.</summary>
    /// <param name="other">The other key.</param>
    public bool HasSameSecretAs(LedgerKey other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return CryptographicOperations.FixedTimeEquals(_secret, other._secret);
    }

    /// <summary><c>LedgerKey id</c>; never the secret.</summary>
    public override string ToString() => $"LedgerKey {Id}";

    /// <summary>A signer holding this key, for hashing many entries in a row (the key is set up once); the caller disposes it and uses it on one thread.</summary>
    internal HMACSHA256 NewSigner() => new(_secret);
}
