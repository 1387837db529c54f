using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

/// <summary>
/// The audit trail's date filter works in UK days, with the portal's clock pinned to British Summer
/// Time evenings and early mornings, when the UK date and the UTC date can differ. Audit rows take
/// their time from the injected clock.
/// </summary>
public sealed class AuditClockTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Changes_either_side_of_uk_midnight_in_BST_fall_on_their_own_uk_days_though_both_are_on_the_same_utc_day()
    {
        // 23:30 BST on 15 July 2026 is 22:30 UTC on 15 July; 00:30 BST on 16 July is 23:30 UTC on 15 July.
        // Both are on 15 July in UTC, so a filter working in UTC days puts both under 15 July and neither under 16 July.
        var evening = (await ChangeASchoolAtAsync(new DateTime(2026, 7, 15, 23, 30, 0), urn: 190002)).ToString();
        var afterMidnight = (await ChangeASchoolAtAsync(new DateTime(2026, 7, 16, 0, 30, 0), urn: 190004)).ToString();

        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var fifteenth = await AuditPages.RowsAsync(ceo, "/audit?EntityType=School&From=2026-07-15&To=2026-07-15");
        var sixteenth = await AuditPages.RowsAsync(ceo, "/audit?EntityType=School&From=2026-07-16&To=2026-07-16");
        var upToFifteenth = await AuditPages.RowsAsync(ceo, "/audit?EntityType=School&From=2026-07-01&To=2026-07-15");
        var fromSixteenth = await AuditPages.RowsAsync(ceo, "/audit?EntityType=School&From=2026-07-16&To=2026-07-31");

        Assert.Contains(fifteenth, r => r.Id == evening && r.When == "15/07/2026 23:30");
        Assert.DoesNotContain(fifteenth, r => r.Id == afterMidnight);
        Assert.Contains(sixteenth, r => r.Id == afterMidnight && r.When == "16/07/2026 00:30");
        Assert.DoesNotContain(sixteenth, r => r.Id == evening);

        // Each bound with the other a fortnight away: "To" 15 July ends at UK midnight (23:00 UTC), "From" 16 July starts there.
        Assert.Contains(upToFifteenth, r => r.Id == evening);
        Assert.DoesNotContain(upToFifteenth, r => r.Id == afterMidnight);
        Assert.Contains(fromSixteenth, r => r.Id == afterMidnight);
        Assert.DoesNotContain(fromSixteenth, r => r.Id == evening);
    }

    [Fact]
    public async Task A_change_at_half_past_midnight_BST_is_found_under_the_uk_day_not_the_utc_day_before()
    {
        // 00:30 BST on 17 July 2026 is 23:30 UTC on 16 July: the UTC date is the day before.
        var schoolId = await ChangeASchoolAtAsync(new DateTime(2026, 7, 17, 0, 30, 0), urn: 190003);

        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var ukDay = await AuditPages.RowsAsync(ceo, "/audit?EntityType=School&From=2026-07-17&To=2026-07-17");
        var utcDay = await AuditPages.RowsAsync(ceo, "/audit?EntityType=School&From=2026-07-16&To=2026-07-16");

        Assert.Contains(ukDay, r => r.Id == schoolId.ToString() && r.When == "17/07/2026 00:30");
        Assert.DoesNotContain(utcDay, r => r.Id == schoolId.ToString());
    }

    /// <summary>Changes a school with the clock pinned at a UK wall-clock time; the school's id.</summary>
    private async Task<Guid> ChangeASchoolAtAsync(DateTime ukWallClock, int urn)
    {
        var ddat = await factory.TrustIdAsync("Derby");
        Guid id = default;
        factory.Clock.PinUk(ukWallClock);
        try
        {
            await factory.InTrustAsync(ddat, async db =>
            {
                var school = await db.Schools.SingleAsync(s => s.Urn == urn);
                id = school.Id;
                school.Update(new SchoolDetails(school.Urn, school.Name, school.Phase, school.EstablishmentType, school.LocalAuthority, school.ChurchDesignation, school.Diocese, (school.Pupils ?? 0) + 1, school.DateJoined));
                await db.SaveChangesAsync();
            });
        }
        finally
        {
            factory.Clock.Release();
        }

        return id;
    }
}
