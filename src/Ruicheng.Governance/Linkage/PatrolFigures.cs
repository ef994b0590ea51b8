using System.Numerics;

namespace Ruicheng.Governance.Linkage;

/// <summary>
/// The additive figures of patrol work over a unit and a span of days: visits, issues found, issues resolved on
/// the spot, issues referred up, and incident reports received from post holders. The default value is all zeros.
/// </summary>
public readonly struct PatrolFigures : IEquatable<PatrolFigures>,
    IAdditionOperators<PatrolFigures, PatrolFigures, PatrolFigures>, IAdditiveIdentity<PatrolFigures, PatrolFigures>
{
    /// <summary>Creates figures.</summary>
    /// <param name="visits">Household visits (入户走访).</param>
    /// <param name="issuesFound">Issues found, including incident reports.</param>
    /// <param name="resolvedOnSpot">Issues resolved on the spot (就地解决).</param>
    /// <param name="referredUp">Issues referred to a higher tier (上报).</param>
    /// <param name="incidentReports">Of the issues found, those reported by post holders (e.g. riders).</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative, or resolved + referred exceeds found.</exception>
    public PatrolFigures(long visits, long issuesFound, long resolvedOnSpot, long referredUp, long incidentReports)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(visits);
        ArgumentOutOfRangeException.ThrowIfNegative(issuesFound);
        ArgumentOutOfRangeException.ThrowIfNegative(resolvedOnSpot);
        ArgumentOutOfRangeException.ThrowIfNegative(referredUp);
        ArgumentOutOfRangeException.ThrowIfNegative(incidentReports);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(checked(resolvedOnSpot + referredUp), issuesFound, nameof(resolvedOnSpot));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(incidentReports, issuesFound);
        Visits = visits;
        IssuesFound = issuesFound;
        ResolvedOnSpot = resolvedOnSpot;
        ReferredUp = referredUp;
        IncidentReports = incidentReports;
    }

    /// <summary>Zero of everything.</summary>
    public static PatrolFigures AdditiveIdentity => default;

    /// <summary>Household visits.</summary>
    public long Visits { get; }

    /// <summary>Issues found (patrol findings plus incident reports).</summary>
    public long IssuesFound { get; }

    /// <summary>Issues resolved on the spot.</summary>
    public long ResolvedOnSpot { get; }

    /// <summary>Issues referred to a higher tier.</summary>
    public long ReferredUp { get; }

    /// <summary>Incident reports from post holders.</summary>
    public long IncidentReports { get; }

    /// <summary>Issues still open at the end of the span: found and not resolved on the spot.</summary>
    public long OpenIssues => IssuesFound - ResolvedOnSpot;

    /// <summary>Adds two sets of figures.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static PatrolFigures operator +(PatrolFigures left, PatrolFigures right) => new(
        checked(left.Visits + right.Visits),
        checked(left.IssuesFound + right.IssuesFound),
        checked(left.ResolvedOnSpot + right.ResolvedOnSpot),
        checked(left.ReferredUp + right.ReferredUp),
        checked(left.IncidentReports + right.IncidentReports));

    /// <summary>Adds figures (the named form of <c>+</c>).</summary>
    /// <param name="other">The figures to add.</param>
    public PatrolFigures Add(PatrolFigures other) => this + other;

    /// <inheritdoc />
    public bool Equals(PatrolFigures other) =>
        Visits == other.Visits && IssuesFound == other.IssuesFound && ResolvedOnSpot == other.ResolvedOnSpot
        && ReferredUp == other.ReferredUp && IncidentReports == other.IncidentReports;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PatrolFigures other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Visits, IssuesFound, ResolvedOnSpot, ReferredUp, IncidentReports);

    /// <summary>Whether two sets of figures are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator ==(PatrolFigures left, PatrolFigures right) => left.Equals(right);

    /// <summary>Whether two sets of figures differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator !=(PatrolFigures left, PatrolFigures right) => !left.Equals(right);

    /// <summary>A one-line summary.</summary>
    public override string ToString() =>
        $"visits {Visits}, found {IssuesFound} (reports {IncidentReports}), resolved {ResolvedOnSpot}, referred {ReferredUp}, open {OpenIssues}";
}
