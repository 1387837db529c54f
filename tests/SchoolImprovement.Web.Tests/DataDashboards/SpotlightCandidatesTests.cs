using System.Net;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Features.DataDashboards;
using SchoolImprovement.Web.Tests.Support;
using static SchoolImprovement.Web.Tests.DataDashboards.DataDashboardTestData;

namespace SchoolImprovement.Web.Tests.DataDashboards;

/// <summary>
/// The Spotlight candidates page (DDAT policy §6) on constructed data, through HTTP: fresh DDAT schools
/// with KS2 reading, writing and maths results in the trust's latest two years of data, read against the
/// national figures kept for those years. A drop below national in both years is listed (with both
/// results, both national figures and a link to the school's data); a drop that stays above national, a
/// single low year and a rise below national are not. Names start "0 " so they sort onto the first page.
/// </summary>
public abstract class SpotlightCandidatesTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const string Measure = "ks2-rwm-expected";

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task A_drop_below_national_is_listed_and_a_drop_above_national_a_single_low_year_and_a_rise_are_not()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var latest = await Portal.LatestYearAsync(ddat, 2024);
        var previous = latest - 1;
        var nationalThen = await Portal.NationalAsync(ddat, previous, Measure, 59m);
        var nationalNow = await Portal.NationalAsync(ddat, latest, Measure, 61m);
        var low = Math.Min(nationalThen, nationalNow);
        var high = Math.Max(nationalThen, nationalNow);

        var dropBelow = await Portal.SchoolWithValuesAsync(ddat, "0 Spotlight drop below national", "Primary",
            new(previous, Measure, low - 5), new(latest, Measure, low - 10));
        await Portal.SchoolWithValuesAsync(ddat, "0 Spotlight drop above national", "Primary",
            new(previous, Measure, high + 10), new(latest, Measure, high + 5));
        await Portal.SchoolWithValuesAsync(ddat, "0 Spotlight single low year", "Primary",
            new Value(latest, Measure, low - 20));
        await Portal.SchoolWithValuesAsync(ddat, "0 Spotlight rise below national", "Primary",
            new(previous, Measure, low - 10), new(latest, Measure, low - 5));

        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var response = await ceo.GetAsync("/data/spotlight");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var ours = page.QuerySelectorAll("main table tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList())
            .Where(cells => cells[0].StartsWith("0 Spotlight", StringComparison.Ordinal))
            .ToList();

        var row = Assert.Single(ours);
        Assert.Equal("0 Spotlight drop below national", row[0]);
        Assert.Equal(Measures.All.Single(m => m.Key == Measure).Name, row[1]);
        Assert.StartsWith(Percent(low - 5), row[2], StringComparison.Ordinal);
        Assert.Equal(Percent(nationalThen), row[3]);
        Assert.StartsWith(Percent(low - 10), row[4], StringComparison.Ordinal);
        Assert.Equal(Percent(nationalNow), row[5]);
        Assert.NotNull(page.QuerySelector($"main table a[href='/data/schools/{dropBelow}']"));

        // The CSV lists the same one, with numbers as numbers.
        var csv = await ceo.GetStringAsync("/data/spotlight.csv");
        var lines = csv.Split("\r\n").Where(l => l.StartsWith("0 Spotlight", StringComparison.Ordinal)).ToList();
        object?[] expected = ["0 Spotlight drop below national", row[1], new AcademicYear(previous).ToString(), low - 5, nationalThen, new AcademicYear(latest).ToString(), low - 10, nationalNow];
        Assert.Equal(string.Join(",", expected.Select(CsvExport.Cell)), Assert.Single(lines));
    }

    private static string Percent(decimal value) => Measures.Find(Measure)!.Format(value);

    [SkippableFact]
    public async Task The_spotlight_list_is_for_trust_data_readers_only()
    {
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var trustee = await Portal.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);

        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/data/spotlight")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/data/spotlight.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trustee.GetAsync("/data/spotlight")).StatusCode);
    }
}

public sealed class SqliteSpotlightCandidatesTests(SqlitePortal fixture) : SpotlightCandidatesTests<SqlitePortal>(fixture);

public sealed class PostgresSpotlightCandidatesTests(PostgresPortal fixture) : SpotlightCandidatesTests<PostgresPortal>(fixture);
