using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// Evaluates the named policies for a person once per request: role policies from claims; the profile's
/// roles and capabilities from one read of the trust's profile (<see cref="TrustPolicyReader"/>).
/// </summary>
public sealed class PermissionsReader(IAuthorizationService authorization, IHttpContextAccessor http, SchoolAccess access, TrustPolicyReader policy)
{
    private static readonly object CacheKey = new();

    /// <summary>The permissions of the person making the current request.</summary>
    public Task<Permissions> CurrentAsync()
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Permissions are read inside a request.");
        return context.Items[CacheKey] is Permissions cached ? Task.FromResult(cached) : ReadAndCacheAsync(context);
    }

    /// <summary>
    /// Whether the current person may propose a category for (or plan the actions of a proposal for)
    /// this school: the <see cref="Policies.ProposeCategory"/> policy and the tie the propose and plan
    /// actions declare (<see cref="SchoolRelation.LinkedOfficer"/>), so a page never offers what the POST refuses.
    /// </summary>
    public async Task<bool> MayProposeForAsync(Guid schoolId, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Permissions are read inside a request.");
        return (await CurrentAsync()).ProposeCategory
            && await access.CheckAsync(context.User, ScopeFrom.School, schoolId, SchoolRelation.LinkedOfficer, ct) == SchoolAccessOutcome.Allowed;
    }

    public async Task<Permissions> ForAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return Permissions.None;
        }

        async Task<bool> Can(string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;
        return new Permissions(
            TrustMember: await Can(Policies.TrustMember),
            WholeTrust: await Can(Policies.WholeTrust),
            ManageTrust: await Can(Policies.ManageTrust),
            ViewAudit: await Can(Policies.ViewAudit),
            PlatformAdministration: await Can(Policies.PlatformAdministration),
            ManageSchools: await Can(Policies.ManageSchools),
            RecordInspections: await Can(Policies.RecordInspections),
            ProposeCategory: await Can(Policies.ProposeCategory),
            ConfirmCategory: await Can(Policies.ConfirmCategory),
            ManageActions: await Can(Policies.ManageActions),
            RecordImpact: await Can(Policies.RecordImpact),
            TrustOverview: await Can(Policies.TrustOverview),
            DecideRoleRequests: await Can(Policies.DecideRoleRequests),
            UploadReturns: await Can(Policies.UploadReturns),
            ReviewReturns: await Can(Policies.ReviewReturns),
            ModerateReturns: await Can(Policies.ModerateReturns),
            WorkWithReturns: await Can(Policies.WorkWithReturns),
            OverseeReturns: await Can(Policies.OverseeReturns),
            EnterHeadlineData: await Can(Policies.EnterHeadlineData),
            ValidateHeadlineData: await Can(Policies.ValidateHeadlineData),
            ManageNationalComparators: await Can(Policies.ManageNationalComparators),
            ReadTrustData: await Can(Policies.ReadTrustData),
            RecommendConcern: await Can(Policies.RecommendConcern),
            DecideConcern: await Can(Policies.DecideConcern),
            ReadConcerns: await Can(Policies.ReadConcerns),
            RequestExternalSupport: await Can(Policies.RequestExternalSupport),
            ManageBoards: await Can(Policies.ManageBoards),
            RecordBoardMeetings: await Can(Policies.RecordBoardMeetings),
            RecordCommitteeDecisions: await Can(Policies.RecordCommitteeDecisions),
            LeadSpotlight: await Can(Policies.LeadSpotlight),
            RecordVisits: await Can(Policies.RecordVisits),
            RespondToVisits: await Can(Policies.RespondToVisits),
            ReadSchoolWork: await Can(Policies.ReadSchoolWork),
            RecordHealthChecks: await Can(Policies.RecordHealthChecks),
            ManageAllocations: await Can(Policies.ManageAllocations),
            ApproveAdditionalDays: await Can(Policies.ApproveAdditionalDays),
            LogDays: await Can(Policies.LogDays),
            RecordReviews: await Can(Policies.RecordReviews),
            ManageDueDiligence: await Can(Policies.ManageDueDiligence),
            ReadDueDiligence: await Can(Policies.ReadDueDiligence),
            BuildCommitteePacks: await Can(Policies.BuildCommitteePacks),
            ReadCommitteePacks: await Can(Policies.ReadCommitteePacks),
            Capabilities: user.FindFirst(PortalClaims.TrustId) is null ? [] : (await policy.CurrentAsync(http.HttpContext?.RequestAborted ?? CancellationToken.None)).Capabilities);
    }

    private async Task<Permissions> ReadAndCacheAsync(HttpContext context)
    {
        var permissions = await ForAsync(context.User);
        context.Items[CacheKey] = permissions;
        return permissions;
    }
}
