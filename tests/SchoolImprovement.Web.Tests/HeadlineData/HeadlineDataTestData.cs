using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HeadlineData;

/// <summary>Reading and making headline data straight in the database, for the HeadlineData tests.</summary>
internal static class HeadlineDataTestData
{
    public static async Task<List<HeadlineValue>> ValuesAsync(this PortalFactory factory, string trust, Guid school, int year) =>
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), db => db.HeadlineValues.AsNoTracking().Where(v => v.SchoolId == school && v.Year == year).ToListAsync());

    /// <summary>A KS2 figure for the school, submitted by the headteacher and (when asked) validated by the Director of Learning.</summary>
    public static async Task<HeadlineValue> FigureAsync(this PortalFactory factory, string trust, string domain, Guid school, int year, decimal value, bool validated)
    {
        var head = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, domain));
        var director = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, domain));
        var figure = HeadlineValue.Submit(school, year, HeadlineValue.WholeYear, Measures.Find(Measures.Ks2RwmExpected)!, PupilGroup.All, value, null, DataSource.StatutoryResult, head, DateTimeOffset.UtcNow);
        if (validated)
        {
            figure.Validate(director, DateTimeOffset.UtcNow);
        }

        await factory.InTrustAsync(await factory.TrustIdAsync(trust), async db =>
        {
            db.HeadlineValues.Add(figure);
            await db.SaveChangesAsync();
        });
        return (await factory.ValuesAsync(trust, school, year)).Single(v => v.Id == figure.Id);
    }

    /// <summary>The grid's fields for one KS2 RWM cell (whole year, all pupils).</summary>
    public static Dictionary<string, string> RwmCell(string value, string? target = null, Guid? version = null, string source = nameof(DataSource.StatutoryResult))
    {
        var fields = new Dictionary<string, string>
        {
            ["Term"] = "1",
            ["Cells[0].MeasureKey"] = Measures.Ks2RwmExpected,
            ["Cells[0].Group"] = nameof(PupilGroup.All),
            ["Cells[0].TermNumber"] = "0",
            ["Cells[0].Value"] = value,
            ["Cells[0].Target"] = target ?? "",
            ["Cells[0].Source"] = source,
        };
        if (version is { } v)
        {
            fields["Cells[0].Version"] = v.ToString();
        }

        return fields;
    }
}
