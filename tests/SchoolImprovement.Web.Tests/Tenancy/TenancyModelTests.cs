using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Reminders;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Scheduling;
using SchoolImprovement.Infrastructure.Sessions;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Tenancy;

/// <summary>Every entity type is trust-owned (filter, required TrustId, TrustId in unique indexes) or explicitly allowlisted.</summary>
public sealed class TenancyModelTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Types that are not trust-owned, each for a reason in docs/security.md.</summary>
    private static readonly HashSet<Type> Allowlist =
    [
        typeof(Trust), // the tenant itself
        typeof(PortalUser), typeof(IdentityRole<Guid>), typeof(IdentityUserRole<Guid>), typeof(IdentityUserClaim<Guid>),
        typeof(IdentityUserLogin<Guid>), typeof(IdentityUserToken<Guid>), typeof(IdentityRoleClaim<Guid>), // Identity finds users before a trust is known
        typeof(DataProtectionKey), // the key ring, shared by every trust and read before anyone is signed in (ADR 0013)
        typeof(SignInSource), // failed sign-ins per account and address, read before anyone is signed in (ADR 0011)
        typeof(UserSession), // read on every request before the trust is known; a platform administrator's have no trust; queried by trust explicitly, like people
        typeof(SecurityEvent), // written before anyone is signed in; unknown accounts and platform administrators have no trust; reads filter by TrustId
        typeof(JobLease), // one row per background job for the whole installation (the reminder sweep's lease), no trust's data
    ];

    /// <summary>Adding an entity means adding it here, so the tenancy tests are kept in step.</summary>
    private static readonly HashSet<Type> TrustOwned =
    [
        typeof(School), typeof(SchoolAssignment), typeof(PolicyProfile), typeof(AuditEntry),
        typeof(Inspection), typeof(SchoolCategorisation), typeof(ImprovementAction), typeof(RoleGrantRequest),
        typeof(MfaExemption), typeof(StoredFile), typeof(ReturnVersion), typeof(HeadlineValue), typeof(NationalComparator), typeof(WebsiteCheck),
        typeof(Board), typeof(BoardMember), typeof(BoardExtension), typeof(RecruitmentStep),
        typeof(BoardMeeting), typeof(BoardRecommendation), typeof(UrgentDecision),
        typeof(ConcernCase), typeof(ConcernCaseEvent), typeof(ExternalSupportRequest),
        typeof(SpotlightProject), typeof(SpotlightVisit),
        typeof(ReminderDelivery),
        typeof(DayAllocation), typeof(SleAssignment), typeof(AdditionalDaysApproval), typeof(DayLog),
        typeof(Domain.Visits.ImprovementVisit),
        typeof(HealthCheck), typeof(HealthCheckArea),
        typeof(DueDiligenceAssessment), typeof(DueDiligenceArea), typeof(IntegrationMeeting),
        typeof(ReviewOccurrence), typeof(CalendarFeedToken),
        typeof(CommitteeMeeting), typeof(CommitteePack), typeof(CommitteeDecision),
    ];

    [Fact]
    public async Task Every_entity_type_is_trust_owned_or_on_the_allowlist()
    {
        var model = await factory.WithoutTrustAsync(db => Task.FromResult(db.Model));
        foreach (var type in model.GetEntityTypes())
        {
            if (!typeof(ITrustOwned).IsAssignableFrom(type.ClrType))
            {
                Assert.True(Allowlist.Contains(type.ClrType), $"{type.ClrType.Name} is neither trust-owned nor on the allowlist.");
                continue;
            }

            Assert.Contains(type.ClrType, TrustOwned);
            Assert.NotNull(type.FindDeclaredQueryFilter(TrustTenancyModel.FilterName));
            Assert.False(type.FindProperty(nameof(ITrustOwned.TrustId))!.IsNullable, $"{type.ClrType.Name}.TrustId must be required.");
            foreach (var index in type.GetIndexes().Where(i => i.IsUnique))
            {
                Assert.True(index.Properties.Any(p => p.Name == nameof(ITrustOwned.TrustId)), $"Unique index {index.GetDatabaseName()} of {type.ClrType.Name} must include TrustId.");
            }
        }
    }

    [Fact]
    public async Task The_trust_owned_types_are_exactly_the_listed_ones()
    {
        var model = await factory.WithoutTrustAsync(db => Task.FromResult(db.Model));
        var owned = model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(ITrustOwned).IsAssignableFrom).ToHashSet();
        Assert.True(TrustOwned.SetEquals(owned), "Update TrustOwned (and the tenancy tests) when an entity is added.");
    }
}
