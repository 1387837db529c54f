using Microsoft.AspNetCore.Authorization;
using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Named authorization policies, each over a role set named on <see cref="TrustRole"/>. Every page
/// requires a signed-in user unless marked anonymous. Controllers declare them with
/// <c>[Authorize(Policy = ...)]</c>; views read the same policies as <c>Can…</c> flags
/// (<see cref="Common.Permissions"/>), never <c>IsInRole</c>.
/// </summary>
public static class Policies
{
    public const string TrustMember = nameof(TrustMember);
    public const string ManageTrust = nameof(ManageTrust);
    public const string ViewAudit = nameof(ViewAudit);
    public const string PlatformAdministration = nameof(PlatformAdministration);

    /// <summary>Roles that see every school of the trust (<see cref="TrustRole.TrustWide"/>); the others see their assigned schools.</summary>
    public const string WholeTrust = nameof(WholeTrust);

    /// <summary>Create, edit, close and import schools (<see cref="TrustRole.SchoolRegisterKeepers"/>).</summary>
    public const string ManageSchools = nameof(ManageSchools);

    /// <summary>Record and delete inspections (<see cref="TrustRole.ImprovementTeam"/>).</summary>
    public const string RecordInspections = nameof(RecordInspections);

    /// <summary>Propose a categorisation (<see cref="TrustRole.CategoryProposers"/>; an officer only for a school they are linked to).</summary>
    public const string ProposeCategory = nameof(ProposeCategory);

    /// <summary>Confirm or return a proposed categorisation (<see cref="TrustRole.CategoryDeciders"/>).</summary>
    public const string ConfirmCategory = nameof(ConfirmCategory);

    /// <summary>Add and edit actions and change their status (<see cref="TrustRole.ImprovementTeam"/>).</summary>
    public const string ManageActions = nameof(ManageActions);

    /// <summary>Write an action's evidence of impact (<see cref="TrustRole.ImpactWriters"/>; a headteacher only for their own school).</summary>
    public const string RecordImpact = nameof(RecordImpact);

    /// <summary>Read trust-wide improvement information: dashboard, all actions (<see cref="TrustRole.OverviewReaders"/>).</summary>
    public const string TrustOverview = nameof(TrustOverview);

    /// <summary>Approve or refuse a privileged role grant of the trust (<see cref="RoleGrantRequest.Approvers"/>).</summary>
    public const string DecideRoleRequests = nameof(DecideRoleRequests);

    /// <summary>Upload a SEF or SIP version (<see cref="TrustRole.ReturnUploaders"/>; with <c>SchoolRelation.Headteacher</c>, only for their own school).</summary>
    public const string UploadReturns = nameof(UploadReturns);

    /// <summary>Review a SEF or SIP version (<see cref="TrustRole.ReturnReviewers"/>; an officer only as the school's linked officer).</summary>
    public const string ReviewReturns = nameof(ReviewReturns);

    /// <summary>Moderate SIPs and school websites (<see cref="TrustRole.ReturnModerators"/>).</summary>
    public const string ModerateReturns = nameof(ModerateReturns);

    /// <summary>A school's returns, their versions and downloads (<see cref="TrustRole.ReturnWorkers"/>; a headteacher only for their own school).</summary>
    public const string WorkWithReturns = nameof(WorkWithReturns);

    /// <summary>The trust-wide returns page (<see cref="TrustRole.ReturnOverseers"/>).</summary>
    public const string OverseeReturns = nameof(OverseeReturns);

    /// <summary>Enter and import headline data (<see cref="TrustRole.HeadlineDataEnterers"/>; a headteacher only for their own school).</summary>
    public const string EnterHeadlineData = nameof(EnterHeadlineData);

    /// <summary>Validate headline data and change validated data (<see cref="TrustRole.HeadlineDataValidators"/>).</summary>
    public const string ValidateHeadlineData = nameof(ValidateHeadlineData);

    /// <summary>Keep the national comparators (<see cref="TrustRole.NationalComparatorKeepers"/>).</summary>
    public const string ManageNationalComparators = nameof(ManageNationalComparators);

    /// <summary>Trust-wide data dashboards (<see cref="TrustRole.TrustDataReaders"/>).</summary>
    public const string ReadTrustData = nameof(ReadTrustData);

    /// <summary>Recommend a school causing concern (the role the trust's profile names: <see cref="ProfileRole.ConcernRecommender"/>).</summary>
    public const string RecommendConcern = nameof(RecommendConcern);

    /// <summary>Designate or decline, decide external support, recommend exit (the profile's <see cref="ProfileRole.ConcernDecider"/>).</summary>
    public const string DecideConcern = nameof(DecideConcern);

    /// <summary>Schools causing concern, boards' business and Spotlight projects trust-wide (<see cref="TrustRole.ConcernReaders"/>).</summary>
    public const string ReadConcerns = nameof(ReadConcerns);

    /// <summary>Request external support for a designated school (<see cref="TrustRole.ExternalSupportRequesters"/>).</summary>
    public const string RequestExternalSupport = nameof(RequestExternalSupport);

    /// <summary>Form and manage boards (<see cref="TrustRole.BoardManagers"/>).</summary>
    public const string ManageBoards = nameof(ManageBoards);

    /// <summary>Record board meetings and urgent decisions (<see cref="TrustRole.BoardRecorders"/>; with <c>SchoolRelation.BoardOfficer</c>).</summary>
    public const string RecordBoardMeetings = nameof(RecordBoardMeetings);

    /// <summary>Record the committee's decisions (<see cref="TrustRole.CommitteeDecisionRecorders"/>).</summary>
    public const string RecordCommitteeDecisions = nameof(RecordCommitteeDecisions);

    /// <summary>Open, staff, visit and close Spotlight projects (<see cref="TrustRole.SpotlightLeads"/>).</summary>
    public const string LeadSpotlight = nameof(LeadSpotlight);

    /// <summary>Record improvement visits (<see cref="TrustRole.VisitRecorders"/>; with <c>SchoolRelation.LinkedOfficer</c>).</summary>
    public const string RecordVisits = nameof(RecordVisits);

    /// <summary>Confirm or dispute a visit note (<see cref="TrustRole.VisitResponders"/>; with <c>SchoolRelation.Headteacher</c>).</summary>
    public const string RespondToVisits = nameof(RespondToVisits);

    /// <summary>Read a school's visits, health checks, allocations and due items (<see cref="TrustRole.SchoolWorkReaders"/>).</summary>
    public const string ReadSchoolWork = nameof(ReadSchoolWork);

    /// <summary>Record health check meetings (<see cref="TrustRole.HealthCheckRecorders"/>).</summary>
    public const string RecordHealthChecks = nameof(RecordHealthChecks);

    /// <summary>Set allocations and assign officers and SLEs (<see cref="TrustRole.AllocationManagers"/>).</summary>
    public const string ManageAllocations = nameof(ManageAllocations);

    /// <summary>Approve additional days (<see cref="TrustRole.AdditionalDayApprovers"/>).</summary>
    public const string ApproveAdditionalDays = nameof(ApproveAdditionalDays);

    /// <summary>Log days against one's own assignments (<see cref="TrustRole.DayLoggers"/>).</summary>
    public const string LogDays = nameof(LogDays);

    /// <summary>Record development reviews, SIAMS preparation visits and headteacher appraisals (<see cref="TrustRole.ReviewRecorders"/>).</summary>
    public const string RecordReviews = nameof(RecordReviews);

    /// <summary>Carry out due diligence and plan integration (<see cref="TrustRole.DueDiligenceLeads"/>).</summary>
    public const string ManageDueDiligence = nameof(ManageDueDiligence);

    /// <summary>Read due diligence reports (<see cref="TrustRole.DueDiligenceReaders"/>).</summary>
    public const string ReadDueDiligence = nameof(ReadDueDiligence);

    /// <summary>Schedule committee meetings, build, publish and correct packs (<see cref="TrustRole.CommitteePackBuilders"/>).</summary>
    public const string BuildCommitteePacks = nameof(BuildCommitteePacks);

    /// <summary>Read published committee packs (<see cref="TrustRole.CommitteePackReaders"/>).</summary>
    public const string ReadCommitteePacks = nameof(ReadCommitteePacks);

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(TrustMember, p => InTrust(p, TrustRole.TrustRoles))
            .AddPolicy(WholeTrust, p => InTrust(p, TrustRole.TrustWide))
            .AddPolicy(ManageTrust, p => InTrust(p, [TrustRole.TrustAdministrator]))
            .AddPolicy(ViewAudit, p => InTrust(p, TrustRole.AuditReaders))
            .AddPolicy(DecideRoleRequests, p => InTrust(p, RoleGrantRequest.Approvers))
            .AddPolicy(PlatformAdministration, p => p.RequireRole(TrustRole.PlatformAdministrator))
            .AddPolicy(ManageSchools, p => InTrust(p, TrustRole.SchoolRegisterKeepers))
            .AddPolicy(RecordInspections, p => InTrust(p, TrustRole.ImprovementTeam))
            .AddPolicy(ProposeCategory, p => InTrust(p, TrustRole.CategoryProposers))
            .AddPolicy(ConfirmCategory, p => InTrust(p, TrustRole.CategoryDeciders))
            .AddPolicy(ManageActions, p => InTrust(p, TrustRole.ImprovementTeam))
            .AddPolicy(RecordImpact, p => InTrust(p, TrustRole.ImpactWriters))
            .AddPolicy(TrustOverview, p => InTrust(p, TrustRole.OverviewReaders))
            .AddPolicy(UploadReturns, p => InTrust(p, TrustRole.ReturnUploaders))
            .AddPolicy(ReviewReturns, p => InTrust(p, TrustRole.ReturnReviewers))
            .AddPolicy(ModerateReturns, p => InTrust(p, TrustRole.ReturnModerators))
            .AddPolicy(WorkWithReturns, p => InTrust(p, TrustRole.ReturnWorkers))
            .AddPolicy(OverseeReturns, p => InTrust(p, TrustRole.ReturnOverseers))
            .AddPolicy(EnterHeadlineData, p => InTrust(p, TrustRole.HeadlineDataEnterers))
            .AddPolicy(ValidateHeadlineData, p => InTrust(p, TrustRole.HeadlineDataValidators))
            .AddPolicy(ManageNationalComparators, p => InTrust(p, TrustRole.NationalComparatorKeepers))
            .AddPolicy(ReadTrustData, p => InTrust(p, TrustRole.TrustDataReaders))
            .AddPolicy(RecommendConcern, p => p.RequireClaim(PortalClaims.TrustId).AddRequirements(new ProfileRoleRequirement(ProfileRole.ConcernRecommender)))
            .AddPolicy(DecideConcern, p => p.RequireClaim(PortalClaims.TrustId).AddRequirements(new ProfileRoleRequirement(ProfileRole.ConcernDecider)))
            .AddPolicy(ReadConcerns, p => InTrust(p, TrustRole.ConcernReaders))
            .AddPolicy(RequestExternalSupport, p => InTrust(p, TrustRole.ExternalSupportRequesters))
            .AddPolicy(ManageBoards, p => InTrust(p, TrustRole.BoardManagers))
            .AddPolicy(RecordBoardMeetings, p => InTrust(p, TrustRole.BoardRecorders))
            .AddPolicy(RecordCommitteeDecisions, p => InTrust(p, TrustRole.CommitteeDecisionRecorders))
            .AddPolicy(LeadSpotlight, p => InTrust(p, TrustRole.SpotlightLeads))
            .AddPolicy(RecordVisits, p => InTrust(p, TrustRole.VisitRecorders))
            .AddPolicy(RespondToVisits, p => InTrust(p, TrustRole.VisitResponders))
            .AddPolicy(ReadSchoolWork, p => InTrust(p, TrustRole.SchoolWorkReaders))
            .AddPolicy(RecordHealthChecks, p => InTrust(p, TrustRole.HealthCheckRecorders))
            .AddPolicy(ManageAllocations, p => InTrust(p, TrustRole.AllocationManagers))
            .AddPolicy(ApproveAdditionalDays, p => InTrust(p, TrustRole.AdditionalDayApprovers))
            .AddPolicy(LogDays, p => InTrust(p, TrustRole.DayLoggers))
            .AddPolicy(RecordReviews, p => InTrust(p, TrustRole.ReviewRecorders))
            .AddPolicy(ManageDueDiligence, p => InTrust(p, TrustRole.DueDiligenceLeads))
            .AddPolicy(ReadDueDiligence, p => InTrust(p, TrustRole.DueDiligenceReaders))
            .AddPolicy(BuildCommitteePacks, p => InTrust(p, TrustRole.CommitteePackBuilders))
            .AddPolicy(ReadCommitteePacks, p => InTrust(p, TrustRole.CommitteePackReaders));
        services.AddScoped<IAuthorizationHandler, ProfileRoleHandler>();
        services.AddScoped<Common.TrustPolicyReader>();
        return services;
    }

    private static void InTrust(AuthorizationPolicyBuilder policy, IEnumerable<string> roles) =>
        policy.RequireClaim(PortalClaims.TrustId).RequireRole(roles);
}
