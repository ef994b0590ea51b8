namespace Ruicheng.Fuzz;

/// <summary>
/// One loader under fuzzing: its seed documents, how to mutate them, and how a host uses what it accepts.
/// <see cref="Load"/> must never throw (any exception is a crash); it returns null when the input is refused with a
/// report, or an oracle that uses the accepted document the way a host would (any exception there, or a
/// <see cref="OracleFailure"/>, means "accepted, then unusable").
/// </summary>
/// <param name="Name">The loader's name in the report.</param>
/// <param name="Seeds">Valid documents to start from (samples and built-in data).</param>
/// <param name="IsCsv">Whether to mutate as CSV rather than JSON.</param>
/// <param name="Load">Loads mutated bytes; null when refused, else the oracle to run.</param>
internal sealed record FuzzTarget(string Name, IReadOnlyList<string> Seeds, bool IsCsv, Func<byte[], Action?> Load);

/// <summary>An oracle found an accepted document unusable (without an exception of its own).</summary>
/// <param name="message">What was wrong.</param>
internal sealed class OracleFailure(string message) : Exception(message);
