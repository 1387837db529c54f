using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

public sealed class AuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Updating_a_school_writes_an_audit_row_with_each_changed_field_old_and_new()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        Guid schoolId = default;
        await factory.InTrustAsync(ddat, async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Urn == 190002);
            schoolId = school.Id;
            school.Update(new SchoolDetails(school.Urn, "Ashbourne Hilltop CE Primary Academy", school.Phase, school.EstablishmentType, school.LocalAuthority, school.ChurchDesignation, school.Diocese, 190, school.DateJoined));
            await db.SaveChangesAsync();
        });

        AuditEntry entry = null!;
        await factory.InTrustAsync(ddat, async db => entry = await db.AuditEntries.Where(a => a.EntityId == schoolId.ToString() && a.Action == AuditAction.Updated).SingleAsync());
        Assert.Equal("test", entry.Actor);
        Assert.Equal(nameof(School), entry.EntityType);
        Assert.Contains("\"Name\":[\"Ashbourne Hilltop CE Primary\",\"Ashbourne Hilltop CE Primary Academy\"]", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Pupils\":[187,190]", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Phase", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_that_fails_leaves_no_audit_row()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        var duplicate = new School(new SchoolDetails(190003, "Duplicate URN Primary", "Primary", "Academy converter", "Derbyshire", null, null, 10, new DateOnly(2025, 9, 1)));
        await factory.InTrustAsync(ddat, async db =>
        {
            db.Schools.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        await factory.InTrustAsync(ddat, async db => Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityId == duplicate.Id.ToString())));
    }

    [Fact]
    public async Task The_ceo_can_filter_the_audit_trail_and_a_headteacher_cannot_see_it()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var page = await ceo.GetDocumentAsync("/audit?EntityType=PolicyProfile");
        Assert.Contains("PolicyProfile", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("<td>School", page.Body!.InnerHtml, StringComparison.Ordinal);

        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var refused = await head.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_audit_trail_filters_by_uk_dates()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        using var todays = await ceo.GetAsync($"/audit?From={today:yyyy-MM-dd}&To={today:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, todays.StatusCode);
        Assert.Contains("PolicyProfile", (await todays.DocumentAsync()).Text(), StringComparison.Ordinal);

        using var lastYear = await ceo.GetAsync($"/audit?To={today.AddYears(-1):yyyy-MM-dd}");
        Assert.Contains("No changes match these filters.", (await lastYear.DocumentAsync()).Text(), StringComparison.Ordinal);
    }
}
