using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.HealthChecks;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HealthChecks;

/// <summary>
/// The health checks' contribution to the due list: each open school's next check, for its linked officers, linking to
/// where it is done; the demo's overdue school (last check 14 months ago) overdue; nothing for a trust without them.
/// </summary>
public sealed class HealthCheckDueSourceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<IReadOnlyList<DueItem>> DueAsync(string trustPrefix, DateOnly today, Guid? schoolId = null)
    {
        var trust = await factory.TrustIdAsync(trustPrefix);
        await using var scope = factory.Services.CreateTrustScope(trust, "health check due source test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var policy = (await db.PolicyProfiles.AsNoTracking().SingleAsync()).Content;
        var source = scope.ServiceProvider.GetServices<IDueSource>().OfType<HealthCheckDueSource>().Single();
        return await source.DueAsync(new DueContext(today, policy, schoolId), CancellationToken.None);
    }

    [Fact]
    public async Task Every_open_school_has_its_next_check_for_its_linked_officers_and_the_demos_overdue_one_is_overdue()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var items = await DueAsync(Browsing.DdatTrust, today);

        Assert.Equal(10, items.Count);
        Assert.All(items, i => Assert.Equal(DueKind.HealthCheck, i.Kind));
        var overdueSchool = await factory.SchoolIdAsync(Browsing.DdatTrust, DemoHealthChecks.OverdueUrn);
        var overdue = items.Single(i => i.SchoolId == overdueSchool);
        Assert.True(overdue.IsOverdue(today));
        Assert.Equal(today.AddMonths(-14).AddMonths(12), overdue.DueOn);
        Assert.Equal($"/schools/{overdueSchool}/health-checks/new", overdue.Url);
        var checkedSchools = await Task.WhenAll(Enumerable.Range(DemoHealthChecks.FirstUrn, DemoHealthChecks.LastUrn - DemoHealthChecks.FirstUrn).Select(u => factory.SchoolIdAsync(Browsing.DdatTrust, u)));
        Assert.All(items.Where(i => checkedSchools.Contains(i.SchoolId!.Value)), i => Assert.False(i.IsOverdue(today), i.Title));

        // The demo officer is linked to the first five schools; 190010 has nobody.
        var linked = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        Assert.Equal([officer], items.Single(i => i.SchoolId == linked).ResponsibleUserIds);
        var unassigned = await factory.SchoolIdAsync(Browsing.DdatTrust, 190010);
        Assert.Empty(items.Single(i => i.SchoolId == unassigned).ResponsibleUserIds);

        var one = Assert.Single(await DueAsync(Browsing.DdatTrust, today, linked));
        Assert.Equal(linked, one.SchoolId);
    }

    [Fact]
    public async Task A_trust_without_health_checks_has_nothing_due()
    {
        Assert.Empty(await DueAsync(Browsing.VineTrust, DateOnly.FromDateTime(DateTime.UtcNow)));
    }
}
