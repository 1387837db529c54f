using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>Health checks made straight in the database for the access tests: a draft, or one with an agreed action.</summary>
public static class HealthCheckTestData
{
    public sealed record MadeCheck(Guid Trust, Guid School, Guid Check, Guid Version, Guid FirstArea, Guid? ActionArea);

    /// <summary>
    /// A check for the school <paramref name="urn"/> held on <paramref name="heldOn"/>: a draft with its Health and safety area
    /// rated Amber with an action when <paramref name="withAction"/>, completed (every area Green otherwise) when <paramref name="complete"/>.
    /// </summary>
    public static async Task<MadeCheck> MakeAsync(PortalFactory factory, string trustPrefix, string domain, int urn, DateOnly heldOn, bool withAction, bool complete)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var trust = await factory.TrustIdAsync(trustPrefix);
        var school = await factory.SchoolIdAsync(trustPrefix, urn);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain));
        return await factory.InTrustAsync(trust, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var check = HealthCheck.Start(school, InspectionFramework.Ofsted2019, heldOn, true, false, officer, heldOn, now);
            Guid? actionArea = null;
            if (withAction)
            {
                var area = check.Areas.Single(a => a.Name == HealthCheckAreas.HealthAndSafety);
                db.Actions.Add(check.Rate(area.Id, Rag.Amber, "Fire drills not logged.", "Log every fire drill", heldOn.AddMonths(3), heldOn, now)!);
                actionArea = area.Id;
            }

            if (complete)
            {
                foreach (var area in check.Areas.Where(a => !a.NotApplicable && a.Rag is null))
                {
                    check.Rate(area.Id, Rag.Green, "Fine.", null, null, heldOn, now);
                }

                check.Complete(heldOn);
            }

            db.HealthChecks.Add(check);
            await db.SaveChangesAsync();
            return new MadeCheck(trust, school, check.Id, check.Version, check.Areas.OrderBy(a => a.Position).First().Id, actionArea);
        });
    }

    public static Task<HealthCheck> ReadAsync(PortalFactory factory, Guid trust, Guid check)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.InTrustAsync(trust, db => db.HealthChecks.AsNoTracking().Include(c => c.Areas).SingleAsync(c => c.Id == check));
    }
}
