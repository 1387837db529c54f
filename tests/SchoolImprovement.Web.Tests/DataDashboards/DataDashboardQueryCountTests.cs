using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DataDashboards;

/// <summary>
/// The data pages send the same number of SQL commands for a trust of 10 and of 200 schools, each
/// school with three years of values for all, disadvantaged and SEND pupils (no per-school query), and
/// the added schools really show (the heat map's count, the Spotlight list's growth schools). Pinned:
/// the heat map sends <see cref="HeatMapCommands"/>, the Spotlight page <see cref="SpotlightCommands"/>,
/// a school's page <see cref="SchoolCommands"/> of its own (the school-scope check included; one more, the
/// assignment, for a headteacher), besides the per-request session check. SQLite and PostgreSQL.
/// </summary>
public abstract class DataDashboardQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int HeatMapCommands = 3;
    private const int SpotlightCommands = 4;
    private const int SchoolCommands = 4;
    private const int Grown = 200;
    private const string Measure = "ks2-rwm-expected";

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_data_pages_keep_a_constant_query_count_from_10_to_200_schools_and_show_the_added_ones()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var own = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        (string Who, HttpClient Client, string Page, int Own)[] pages =
        [
            ("CEO", ceo, "/data", HeatMapCommands), ("CEO", ceo, "/data?Phase=Primary&Group=Disadvantaged&AgainstTarget=true&Page=2", HeatMapCommands),
            ("CEO", ceo, "/data.csv", HeatMapCommands), ("CEO", ceo, "/data/spotlight", SpotlightCommands), ("CEO", ceo, "/data/spotlight.csv", SpotlightCommands),
            ("CEO", ceo, $"/data/schools/{own}", SchoolCommands), ("headteacher", head, $"/data/schools/{own}", SchoolCommands + 1), ("CEO", ceo, $"/data/schools/{own}.csv", SchoolCommands),
        ];

        await GrowAsync(ddat, 10);
        var atTen = await CountAllAsync(pages);

        await GrowAsync(ddat, Grown);
        var atTwoHundred = await CountAllAsync(pages);

        Assert.Equal(atTen, atTwoHundred);

        var open = await Portal.InTrustAsync(ddat, db => db.Schools.CountAsync(s => s.ClosedOn == null));
        Assert.True(open >= Grown, $"The trust did not grow: {open} open schools.");
        Assert.Contains($"{open} schools", (await ceo.GetDocumentAsync("/data")).QuerySelector("table.heat-map caption")!.TextContent, StringComparison.Ordinal);
        var csv = await ceo.GetStringAsync("/data/spotlight.csv");
        Assert.Contains("Data Growth School 199,", csv, StringComparison.Ordinal);
    }

    /// <summary>
    /// Grows the trust to <paramref name="schools"/> open schools; each new one has three years of the KS2
    /// combined measure for all, disadvantaged and SEND pupils, falling and below national (a Spotlight candidate).
    /// </summary>
    private async Task GrowAsync(Guid trust, int schools)
    {
        var latest = await Portal.LatestYearAsync(trust, 2024);
        var national = new Dictionary<int, decimal>();
        for (var year = latest - 2; year <= latest; year++)
        {
            national[year] = await Portal.NationalAsync(trust, year, Measure, 60m);
        }

        var floor = national.Values.Min();
        var enteredBy = await Portal.EntererAsync(trust);
        await Portal.InTrustAsync(trust, async db =>
        {
            var existing = await db.Schools.CountAsync(s => s.ClosedOn == null);
            for (var i = existing; i < schools; i++)
            {
                var school = new School(new SchoolDetails(170000 + i, $"Data Growth School {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2020, 9, 1)));
                db.Schools.Add(school);
                foreach (var group in Enum.GetValues<PupilGroup>())
                {
                    for (var year = latest - 2; year <= latest; year++)
                    {
                        db.HeadlineValues.Add(DataDashboardTestData.NewValue(school.Id, new(year, Measure, floor - 5 - (year - latest + 2), group, Target: floor), enteredBy));
                    }
                }
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task<Dictionary<string, int>> CountAllAsync((string Who, HttpClient Client, string Page, int Own)[] pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (who, client, page, expected) in pages)
        {
            Portal.Commands.Reset();
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{who} {page}: {(int)response.StatusCode}");
            var own = PageCommands.OwnOf(Portal.Commands.Texts);
            Assert.True(own.Count == expected, $"{who} {page} sent {own.Count} commands besides the session check, not {expected}:\n{string.Join("\n---\n", own)}");
            counts[$"{who} {page}"] = Portal.Commands.Count;
        }

        return counts;
    }
}

public sealed class SqliteDataDashboardQueryCountTests(SqlitePortal fixture) : DataDashboardQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresDataDashboardQueryCountTests(PostgresPortal fixture) : DataDashboardQueryCountTests<PostgresPortal>(fixture);
