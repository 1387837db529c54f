using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Tenancy;

/// <summary>Runs on SQLite and on PostgreSQL (see the two classes at the end of this file).</summary>
public abstract class TenancyIsolationTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private static SchoolDetails Details(int urn, string name) => new(urn, name, "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2024, 9, 1));

    [SkippableFact]
    public async Task The_same_query_under_two_trusts_sees_only_each_trusts_own_rows()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        List<(Guid TrustId, int Urn)> ddatRows = [], vineRows = [];
        await Portal.InTrustAsync(ddat, async db => ddatRows = [.. (await db.Schools.Select(s => new { s.TrustId, s.Urn }).ToListAsync()).Select(r => (r.TrustId, r.Urn))]);
        await Portal.InTrustAsync(vine, async db => vineRows = [.. (await db.Schools.Select(s => new { s.TrustId, s.Urn }).ToListAsync()).Select(r => (r.TrustId, r.Urn))]);

        Assert.Equal(10, ddatRows.Count(r => r.Urn / 100000 == 1));
        Assert.All(ddatRows, r => Assert.Equal(ddat, r.TrustId));
        Assert.DoesNotContain(ddatRows, r => r.Urn == 290001);
        Assert.Equal(9, vineRows.Count(r => r.Urn is > 290000 and < 290100));
        Assert.All(vineRows, r => Assert.Equal(vine, r.TrustId));
        Assert.DoesNotContain(vineRows, r => r.Urn == 190001);
    }

    [SkippableFact]
    public async Task Saving_or_deleting_another_trusts_row_throws()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        School vineSchool = null!;
        await Portal.InTrustAsync(vine, async db => vineSchool = await db.Schools.AsNoTracking().SingleAsync(s => s.Urn == 290001));

        await Portal.InTrustAsync(ddat, async db =>
        {
            db.Schools.Attach(vineSchool);
            vineSchool.Update(Details(vineSchool.Urn, "Renamed by another trust"));
            await Assert.ThrowsAsync<TenancyViolationException>(() => db.SaveChangesAsync());
        });
        await Portal.InTrustAsync(ddat, async db =>
        {
            db.Schools.Remove(vineSchool);
            await Assert.ThrowsAsync<TenancyViolationException>(() => db.SaveChangesAsync());
        });
        await Portal.InTrustAsync(vine, async db => Assert.NotEqual("Renamed by another trust", (await db.Schools.SingleAsync(s => s.Id == vineSchool.Id)).Name));
    }

    [SkippableFact]
    public async Task A_new_row_is_stamped_with_the_current_trust()
    {
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        var school = new School(Details(298765, "Stamped CE Primary"));
        await Portal.InTrustAsync(vine, async db =>
        {
            db.Schools.Add(school);
            await db.SaveChangesAsync();
        });
        Assert.Equal(vine, school.TrustId);
    }

    [SkippableFact]
    public async Task With_no_trust_queries_return_nothing_and_saves_throw()
    {
        await Portal.WithoutTrustAsync(async db =>
        {
            Assert.Equal(0, await db.Schools.CountAsync());
            Assert.Equal(0, await db.PolicyProfiles.CountAsync());
            Assert.Equal(0, await db.AuditEntries.CountAsync());
            db.Schools.Add(new School(Details(297777, "Orphan Primary")));
            await Assert.ThrowsAsync<TenancyViolationException>(() => db.SaveChangesAsync());
            return true;
        });
    }

    [SkippableFact]
    public async Task A_user_of_one_trust_asking_for_another_trusts_school_by_url_gets_404()
    {
        var vineSchool = await Portal.SchoolIdAsync(Browsing.VineTrust, 290001);
        using var vineCeo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var own = await vineCeo.GetAsync($"/schools/{vineSchool}");
        using var response = await ceo.GetAsync($"/schools/{vineSchool}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("St Cedd", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("St Cedd", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_headteacher_asking_for_another_school_of_their_trust_is_refused()
    {
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var other = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190005);

        using var response = await head.GetAsync($"/schools/{other}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("St Werburgh", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteTenancyIsolationTests(SqlitePortal fixture) : TenancyIsolationTests<SqlitePortal>(fixture);

public sealed class PostgresTenancyIsolationTests(PostgresPortal fixture) : TenancyIsolationTests<PostgresPortal>(fixture);
