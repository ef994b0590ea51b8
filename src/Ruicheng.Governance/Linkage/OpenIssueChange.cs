using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Linkage;

/// <summary>A unit whose open-issue count changed between two periods.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Previous">Open issues in the previous period.</param>
/// <param name="Current">Open issues in this period.</param>
public sealed record OpenIssueChange(AdministrativeUnit Unit, long Previous, long Current)
{
    /// <summary>Current minus previous.</summary>
    public long Change => Current - Previous;
}
