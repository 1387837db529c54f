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
    public async Task The_record_type_filter_lists_only_that_types_rows_and_a_headteacher_cannot_see_the_trail()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        await factory.InTrustAsync(ddat, async db =>
        {
            var profile = await db.PolicyProfiles.SingleAsync();
            profile.Revise(profile.Content with { Labels = profile.Labels with { CommitteeName = "Standards and Audit Committee" } });
            var school = await db.Schools.SingleAsync(s => s.Urn == 190004);
            school.Update(new SchoolDetails(school.Urn, school.Name, school.Phase, school.EstablishmentType, school.LocalAuthority, school.ChurchDesignation, school.Diocese, (school.Pupils ?? 0) + 1, school.DateJoined));
            await db.SaveChangesAsync();
        });
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var policyRows = await AuditPages.RowsAsync(ceo, "/audit?EntityType=PolicyProfile");
        var schoolRows = await AuditPages.RowsAsync(ceo, "/audit?EntityType=School");

        Assert.NotEmpty(policyRows);
        Assert.All(policyRows, r => Assert.Equal("PolicyProfile", r.Type));
        Assert.Contains(policyRows, r => r.Changes.Contains("Standards and Audit Committee", StringComparison.Ordinal));
        Assert.NotEmpty(schoolRows);
        Assert.All(schoolRows, r => Assert.Equal("School", r.Type));

        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var refused = await head.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_date_filter_keeps_the_days_changes_and_leaves_out_other_days()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        var changedOn = new DateOnly(2026, 3, 10);
        Guid schoolId = default;
        try
        {
            factory.Clock.PinUk(changedOn.ToDateTime(new TimeOnly(14, 0)));
            await factory.InTrustAsync(ddat, async db =>
            {
                var school = await db.Schools.SingleAsync(s => s.Urn == 190006);
                schoolId = school.Id;
                school.Update(new SchoolDetails(school.Urn, school.Name, school.Phase, school.EstablishmentType, school.LocalAuthority, school.ChurchDesignation, school.Diocese, (school.Pupils ?? 0) + 1, school.DateJoined));
                await db.SaveChangesAsync();
            });
        }
        finally
        {
            factory.Clock.Release();
        }

        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var thatDay = await AuditPages.RowsAsync(ceo, $"/audit?EntityType=School&From=2026-03-10&To=2026-03-10");
        var dayBefore = await AuditPages.RowsAsync(ceo, $"/audit?EntityType=School&From=2026-03-09&To=2026-03-09");
        var dayAfter = await AuditPages.RowsAsync(ceo, $"/audit?EntityType=School&From=2026-03-11&To=2026-03-11");
        var untilBefore = await AuditPages.RowsAsync(ceo, $"/audit?EntityType=School&To=2026-03-09");

        Assert.Contains(thatDay, r => r.Id == schoolId.ToString() && r.When.StartsWith("10/03/2026", StringComparison.Ordinal));
        Assert.All(thatDay, r => Assert.StartsWith("10/03/2026", r.When, StringComparison.Ordinal));
        Assert.DoesNotContain(dayBefore, r => r.Id == schoolId.ToString());
        Assert.DoesNotContain(dayAfter, r => r.Id == schoolId.ToString());
        Assert.DoesNotContain(untilBefore, r => r.Id == schoolId.ToString());
    }
}
