using Ardalis.Specification;
using Ruicheng.Civility.Claims;

namespace Ruicheng.Civility.Specifications;

/// <summary>Claims that the moral evaluation council must review (objected), oldest deed first.</summary>
public sealed class EntriesAwaitingReviewSpec : Specification<PointsClaim>
{
    /// <summary>Creates the specification.</summary>
    public EntriesAwaitingReviewSpec() => Query.Where(c => c.State == ClaimState.Objected).OrderBy(c => c.OccurredOn);
}
