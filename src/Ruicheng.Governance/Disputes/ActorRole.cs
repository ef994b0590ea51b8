namespace Ruicheng.Governance.Disputes;

/// <summary>The role in which someone acts on a dispute case.</summary>
public enum ActorRole
{
    /// <summary>A party to the dispute (当事人).</summary>
    Party = 0,

    /// <summary>A resident reporting a dispute (村民/居民).</summary>
    Resident = 1,

    /// <summary>A grid worker (网格员).</summary>
    GridWorker = 2,

    /// <summary>A holder of a governance post, e.g. a delivery rider (治理岗位).</summary>
    PostHolder = 3,

    /// <summary>A grid mediator (网格调解员).</summary>
    GridMediator = 4,

    /// <summary>The village mediation committee (村调委会), with the local-worthies council and the veteran Party-member mediation room.</summary>
    VillageMediationCommittee = 5,

    /// <summary>The township judicial office / comprehensive governance centre (司法所/乡镇综治中心).</summary>
    TownshipGovernanceCentre = 6,

    /// <summary>The county comprehensive governance centre (县综治中心), with its one-stop legal services.</summary>
    CountyGovernanceCentre = 7,

    /// <summary>The court (人民法院), for referrals (诉调对接).</summary>
    Court = 8,

    /// <summary>A petition office (信访部门).</summary>
    PetitionOffice = 9,

    /// <summary>A petition review body (复查/复核机关).</summary>
    PetitionReviewBody = 10,

    /// <summary>The village moral evaluation council (村道德评议会), which hears points appeals (积分争议) first.</summary>
    MoralEvaluationCouncil = 11,
}
