using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// What the signed-in person may do, read from the named policies (<see cref="Policies"/>) once per
/// request by <see cref="PermissionsReader"/>. Page models take their <c>Can…</c> flags from it, and
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
    bool ReadTrustData)
{
    public static readonly Permissions None = new(false, false, false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false);
}
