using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// What the signed-in person may do, read from the named policies (<see cref="Policies"/>) once per
/// request by <see cref="PermissionsReader"/>, with the capabilities the trust's policy uses. Page models take their <c>Can…</c> flags from it, and
/// the layout its navigation, so no view tests a role.
/// </summary>
public sealed record Permissions(
    bool TrustMember,
    bool WholeTrust,
    bool ManageTrust,
    bool ViewAudit,
    bool PlatformAdministration,
    bool ManageSchools,
    bool RecordInspections,
    bool ProposeCategory,
    bool ConfirmCategory,
    bool ManageActions,
    bool RecordImpact,
    bool TrustOverview,
    bool DecideRoleRequests,
    bool UploadReturns,
    bool ReviewReturns,
    bool ModerateReturns,
    bool WorkWithReturns,
    bool OverseeReturns,
    bool EnterHeadlineData,
    bool ValidateHeadlineData,
    bool ManageNationalComparators,
    bool ReadTrustData,
    bool RecommendConcern,
    bool DecideConcern,
    bool ReadConcerns,
    bool RequestExternalSupport,
    bool ManageBoards,
    bool RecordBoardMeetings,
    bool RecordCommitteeDecisions,
    bool LeadSpotlight,
    bool RecordVisits,
    bool RespondToVisits,
    bool ReadSchoolWork,
    bool RecordHealthChecks,
    bool ManageAllocations,
    bool ApproveAdditionalDays,
    bool LogDays,
    bool RecordReviews,
    bool ManageDueDiligence,
    bool ReadDueDiligence,
    bool BuildCommitteePacks,
    bool ReadCommitteePacks,
    IReadOnlyList<PolicyCapability> Capabilities)
{
    public static readonly Permissions None = new(false, false, false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false, false, []);

    /// <summary>Whether the trust's policy uses the capability (menus and links to a switched-off one are hidden).</summary>
    public bool Uses(PolicyCapability capability) => Capabilities.Contains(capability);
}
