using NodaTime;

namespace Ruicheng.Governance.Posts;

/// <summary>
/// One term of a resident holding a governance post (岗位认领): who, which post, from which day, and until which day
/// (both included; no end date while the term runs). A grid worker (网格员) is registered under
/// <see cref="PostRegister.GridWorkerPost"/>.
/// </summary>
/// <param name="Holder">The resident holding the post.</param>
/// <param name="Post">The post: one of the rulebook's posts, or <see cref="PostRegister.GridWorkerPost"/>.</param>
/// <param name="From">The first day of the term.</param>
/// <param name="To">The last day of the term, or null while it runs.</param>
public sealed record PostAssignment(ResidentId Holder, PostId Post, LocalDate From, LocalDate? To)
{
    /// <summary>Whether the term includes <paramref name="date"/> (<see cref="From"/> and <see cref="To"/> both included).</summary>
    /// <param name="date">The civil date.</param>
    public bool Covers(LocalDate date) => date >= From && (To is not { } to || date <= to);
}
