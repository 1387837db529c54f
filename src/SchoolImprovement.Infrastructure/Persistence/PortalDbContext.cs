using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// The portal's one database context: Identity tables plus the trust's data. Every trust-owned
/// type gets the named tenancy filter (<see cref="TrustTenancyModel"/>); saves are checked by
/// the interceptors in <c>Persistence/Interceptors</c>.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, TrustContext trust)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The trust whose rows this context can see; null sees none. Read by the query filters.</summary>
    public Guid? CurrentTrustId => trust.TrustId;

    /// <summary>The Data Protection key ring, shared by every instance (cookies, sealed forms, authenticator keys).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Trust> Trusts => Set<Trust>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolAssignment> SchoolAssignments => Set<SchoolAssignment>();
    public DbSet<PolicyProfile> PolicyProfiles => Set<PolicyProfile>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<SchoolCategorisation> Categorisations => Set<SchoolCategorisation>();
    public DbSet<ImprovementAction> Actions => Set<ImprovementAction>();
    public DbSet<SignInSource> SignInSources => Set<SignInSource>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<RoleGrantRequest> RoleGrantRequests => Set<RoleGrantRequest>();
    public DbSet<MfaExemption> MfaExemptions => Set<MfaExemption>();
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();
    public DbSet<Storage.StoredFile> StoredFiles => Set<Storage.StoredFile>();
    public DbSet<Domain.Returns.ReturnVersion> ReturnVersions => Set<Domain.Returns.ReturnVersion>();
    public DbSet<HeadlineValue> HeadlineValues => Set<HeadlineValue>();
    public DbSet<NationalComparator> NationalComparators => Set<NationalComparator>();
    public DbSet<Domain.Returns.WebsiteCheck> WebsiteChecks => Set<Domain.Returns.WebsiteCheck>();
    public DbSet<Domain.Boards.Board> Boards => Set<Domain.Boards.Board>();
    public DbSet<Domain.Boards.BoardMember> BoardMembers => Set<Domain.Boards.BoardMember>();
    public DbSet<Domain.Boards.BoardExtension> BoardExtensions => Set<Domain.Boards.BoardExtension>();
    public DbSet<Domain.Boards.RecruitmentStep> BoardRecruitmentSteps => Set<Domain.Boards.RecruitmentStep>();
    public DbSet<Domain.Boards.BoardMeeting> BoardMeetings => Set<Domain.Boards.BoardMeeting>();
    public DbSet<Domain.Boards.BoardRecommendation> BoardRecommendations => Set<Domain.Boards.BoardRecommendation>();
    public DbSet<Domain.Boards.UrgentDecision> UrgentDecisions => Set<Domain.Boards.UrgentDecision>();
    public DbSet<Domain.Concerns.ConcernCase> ConcernCases => Set<Domain.Concerns.ConcernCase>();
    public DbSet<Domain.Concerns.ConcernCaseEvent> ConcernCaseEvents => Set<Domain.Concerns.ConcernCaseEvent>();
    public DbSet<Domain.Concerns.ExternalSupportRequest> ExternalSupportRequests => Set<Domain.Concerns.ExternalSupportRequest>();
    public DbSet<Domain.Spotlight.SpotlightProject> SpotlightProjects => Set<Domain.Spotlight.SpotlightProject>();
    public DbSet<Domain.Spotlight.SpotlightVisit> SpotlightVisits => Set<Domain.Spotlight.SpotlightVisit>();
    public DbSet<Domain.Reminders.ReminderDelivery> ReminderDeliveries => Set<Domain.Reminders.ReminderDelivery>();
    public DbSet<Scheduling.JobLease> JobLeases => Set<Scheduling.JobLease>();
    public DbSet<Domain.Visits.ImprovementVisit> ImprovementVisits => Set<Domain.Visits.ImprovementVisit>();
    public DbSet<Domain.Allocations.DayAllocation> DayAllocations => Set<Domain.Allocations.DayAllocation>();
    public DbSet<Domain.Allocations.SleAssignment> SleAssignments => Set<Domain.Allocations.SleAssignment>();
    public DbSet<Domain.Allocations.AdditionalDaysApproval> AdditionalDaysApprovals => Set<Domain.Allocations.AdditionalDaysApproval>();
    public DbSet<Domain.Allocations.DayLog> DayLogs => Set<Domain.Allocations.DayLog>();
    public DbSet<Domain.HealthChecks.HealthCheck> HealthChecks => Set<Domain.HealthChecks.HealthCheck>();
    public DbSet<Domain.HealthChecks.HealthCheckArea> HealthCheckAreas => Set<Domain.HealthChecks.HealthCheckArea>();
    public DbSet<Domain.DueDiligence.DueDiligenceAssessment> DueDiligenceAssessments => Set<Domain.DueDiligence.DueDiligenceAssessment>();
    public DbSet<Domain.DueDiligence.DueDiligenceArea> DueDiligenceAreas => Set<Domain.DueDiligence.DueDiligenceArea>();
    public DbSet<Domain.DueDiligence.IntegrationMeeting> IntegrationMeetings => Set<Domain.DueDiligence.IntegrationMeeting>();
    public DbSet<Domain.Cycles.ReviewOccurrence> ReviewOccurrences => Set<Domain.Cycles.ReviewOccurrence>();
    public DbSet<Domain.Cycles.CalendarFeedToken> CalendarFeedTokens => Set<Domain.Cycles.CalendarFeedToken>();
    public DbSet<Domain.Committee.CommitteeMeeting> CommitteeMeetings => Set<Domain.Committee.CommitteeMeeting>();
    public DbSet<Domain.Committee.CommitteePack> CommitteePacks => Set<Domain.Committee.CommitteePack>();
    public DbSet<Domain.Committee.CommitteeDecision> CommitteeDecisions => Set<Domain.Committee.CommitteeDecision>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        TrustTenancyModel.Apply(builder, this);
    }
}
