using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DataDashboards;

/// <summary>Constructed headline data for the dashboard tests: fresh schools, their values and the national figures they are read against.</summary>
public static class DataDashboardTestData
{
    private static int _nextUrn = 720000;

    /// <summary>One value of a school (all pupils unless said), as the school would have entered it.</summary>
    public sealed record Value(int Year, string MeasureKey, decimal Figure, PupilGroup Group = PupilGroup.All, int TermNumber = 0, decimal? Target = null);

    /// <summary>Adds an open school of <paramref name="phase"/> with its values; returns its id.</summary>
    public static async Task<Guid> SchoolWithValuesAsync(this PortalFactory portal, Guid trust, string name, string phase, params Value[] values)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var school = new School(new SchoolDetails(Interlocked.Increment(ref _nextUrn), name, phase, "Academy converter", "Dashboardshire", null, null, 210, new DateOnly(2020, 9, 1)));
        var enteredBy = await portal.EntererAsync(trust);
        await portal.InTrustAsync(trust, async db =>
        {
            db.Schools.Add(school);
            foreach (var v in values)
            {
                db.HeadlineValues.Add(NewValue(school.Id, v, enteredBy));
            }

            await db.SaveChangesAsync();
        });
        return school.Id;
    }

    /// <summary>The all-phases national figure for the year, measure and group: the one kept, or one added with <paramref name="otherwise"/>.</summary>
    public static async Task<decimal> NationalAsync(this PortalFactory portal, Guid trust, int year, string measureKey, decimal otherwise, PupilGroup group = PupilGroup.All)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.InTrustAsync(trust, async db =>
        {
            var kept = await db.NationalComparators.Where(n => n.Year == year && n.MeasureKey == measureKey && n.Group == group && n.Phase == null).Select(n => (decimal?)n.Value).SingleOrDefaultAsync();
            if (kept is { } figure)
            {
                return figure;
            }

            db.NationalComparators.Add(new NationalComparator(year, measureKey, group, null, otherwise, "Dashboard test figure"));
            await db.SaveChangesAsync();
            return otherwise;
        });
    }

    /// <summary>The trust's latest year of headline data, or <paramref name="otherwise"/> when it has none.</summary>
    public static Task<int> LatestYearAsync(this PortalFactory portal, Guid trust, int otherwise) =>
        portal.InTrustAsync(trust, async db => await db.HeadlineValues.MaxAsync(v => (int?)v.Year) ?? otherwise);

    /// <summary>A submitted value as the school would have entered it.</summary>
    public static HeadlineValue NewValue(Guid school, Value v, Guid enteredBy)
    {
        ArgumentNullException.ThrowIfNull(v);
        return HeadlineValue.Submit(school, v.Year, v.TermNumber, Measures.Find(v.MeasureKey)!, v.Group, v.Figure, v.Target, DataSource.StatutoryResult, enteredBy, DateTimeOffset.UtcNow);
    }

    /// <summary>A person of the trust to stand as the one who entered the values (the entry is a same-trust reference).</summary>
    public static Task<Guid> EntererAsync(this PortalFactory portal, Guid trust)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.WithoutTrustAsync(db => db.Users.Where(u => u.TrustId == trust).OrderBy(u => u.Email).Select(u => u.Id).FirstAsync());
    }
}
