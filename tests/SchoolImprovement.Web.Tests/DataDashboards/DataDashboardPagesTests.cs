using System.Globalization;
using System.Net;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;
using static SchoolImprovement.Web.Tests.DataDashboards.DataDashboardTestData;

namespace SchoolImprovement.Web.Tests.DataDashboards;

/// <summary>
/// The heat map, a school's trends and gaps, their CSV exports and who may read them, through HTTP on
/// constructed data: each test makes its own DDAT schools with values in a year of its own (2041-2043),
/// with national figures it adds for those years, so every figure is exact whatever the demo data holds.
/// </summary>
public sealed class DataDashboardPagesTests(SqlitePortal fixture) : IClassFixture<SqlitePortal>
{
    private const string Rwm = "ks2-rwm-expected";
    private const string Phonics = "phonics-y1";
    private const string Progress8 = "ks4-progress8";

    private PortalFactory Portal => fixture.Portal;

    [Fact]
    public async Task The_heat_map_shows_each_value_marked_in_words_against_national_or_against_target()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        await Portal.NationalAsync(ddat, 2041, Rwm, 60m);
        await Portal.NationalAsync(ddat, 2041, Phonics, 80m);
        var school = await Portal.SchoolWithValuesAsync(ddat, "Heat Map Primary", "Primary",
            new(2041, Rwm, 52.5m, Target: 50m), new(2041, Phonics, 80.5m, Target: 90m));
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var againstNational = await CellsAsync(ceo, "/data?Year=2041&Phase=Primary", school);
        Assert.Equal("52.5% ▼ Below national", againstNational[Name(Rwm)]);
        Assert.Equal("80.5% ● Broadly in line with national", againstNational[Name(Phonics)]);
        Assert.Null(againstNational[Name(Progress8)]);

        var againstTarget = await CellsAsync(ceo, "/data?Year=2041&Phase=Primary&AgainstTarget=true", school);
        Assert.Equal("52.5% ▲ Above target", againstTarget[Name(Rwm)]);
        Assert.Equal("80.5% ▼ Below target", againstTarget[Name(Phonics)]);

        // Another group has no values for the school: shown as no data, not as all pupils' figures.
        var disadvantaged = await CellsAsync(ceo, "/data?Year=2041&Phase=Primary&Group=Disadvantaged", school);
        Assert.Equal("–", disadvantaged[Name(Rwm)]);
    }

    [Fact]
    public async Task The_heat_map_csv_has_the_pages_filters_and_neutralises_names_but_keeps_negative_numbers()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        await Portal.NationalAsync(ddat, 2042, Progress8, 0m);
        await Portal.SchoolWithValuesAsync(ddat, "=HYPERLINK(\"http://evil.example\",\"Click\")", "Secondary", new Value(2042, Progress8, -0.35m, Target: 0.1m));
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var response = await ceo.GetAsync("/data.csv?Year=2042&Phase=Secondary&Group=All");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.StartsWith("School,URN,Phase,Academic year,Pupil group,Measure", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        var line = Assert.Single(lines, l => l.Contains(Name(Progress8), StringComparison.Ordinal) && l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",", line, StringComparison.Ordinal);
        Assert.EndsWith($",2042/43,-0.35,0,Below national,0.1,Below target", line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains(",Primary,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_schools_page_has_a_chart_and_a_table_for_each_measure_and_the_gaps_for_disadvantaged_and_send_pupils()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        await Portal.NationalAsync(ddat, 2041, Rwm, 60m);
        await Portal.NationalAsync(ddat, 2042, Rwm, 61m);
        var school = await Portal.SchoolWithValuesAsync(ddat, "Trends Primary", "Primary",
            new(2041, Rwm, 64m, Target: 65m), new(2042, Rwm, 58m, Target: 66m),
            new(2041, Rwm, 50m, PupilGroup.Disadvantaged), new(2042, Rwm, 49.5m, PupilGroup.Disadvantaged),
            new(2042, Rwm, 30m, PupilGroup.Send));
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var response = await ceo.GetAsync($"/data/schools/{school}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var trend = page.QuerySelector($"table#trend-{Rwm}") ?? throw new InvalidOperationException("No trend table.");
        Assert.NotNull(page.QuerySelector($"canvas[data-chart=line][data-chart-table='trend-{Rwm}'][role=img][aria-label]"));
        Assert.NotNull(trend.QuerySelector("caption"));
        Assert.Equal(["Period", "School", "National", "Target", "Against national"], trend.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        Assert.Equal(
            ["2041/42 64% 60% 65% ▲ Above national", "2042/43 58% 61% 66% ▼ Below national"],
            trend.QuerySelectorAll("tbody tr").Select(Text));
        Assert.Equal(["64", "60", "65"], trend.QuerySelectorAll("tbody tr:first-child td[data-value]").Select(td => Number(td.GetAttribute("data-value")!)));

        var gaps = page.QuerySelector($"table#gaps-{Rwm}") ?? throw new InvalidOperationException("No gaps table.");
        Assert.NotNull(page.QuerySelector($"canvas[data-chart=bar][data-chart-table='gaps-{Rwm}']"));
        Assert.Equal(
            ["2041/42 64% 50% -14 pts – –", "2042/43 58% 49.5% -8.5 pts 30% -28 pts"],
            gaps.QuerySelectorAll("tbody tr").Select(Text));
        Assert.Single(page.QuerySelectorAll("script[src^='/lib/chart.js/dist/chart.umd.min.js']"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));

        var csv = (await ceo.GetStringAsync($"/data/schools/{school}.csv")).Split("\r\n");
        Assert.Contains($"Trends Primary,{CsvName(Rwm)},2042/43,58,61,Below national,66,49.5,30", csv);
    }

    [Fact]
    public async Task Trustees_see_the_trust_and_headteachers_only_their_own_schools_data()
    {
        var ownSchool = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var otherSchool = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190010);
        var vineSchool = await Portal.SchoolIdAsync(Browsing.VineTrust, 290001);
        using var trustee = await Portal.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using (var heatMap = await trustee.GetAsync("/data"))
        {
            Assert.Equal(HttpStatusCode.OK, heatMap.StatusCode);
            Assert.Equal("Trust data", (await heatMap.DocumentAsync()).QuerySelector("h1")!.TextContent.Trim());
        }

        Assert.Equal(HttpStatusCode.OK, (await trustee.GetAsync($"/data/schools/{otherSchool}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/data.csv")).StatusCode);
        using (var own = await head.GetAsync($"/data/schools/{ownSchool}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.EndsWith(": data", (await own.DocumentAsync()).QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/data/schools/{otherSchool}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/data/schools/{otherSchool}.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/data/schools/{vineSchool}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trustee.GetAsync($"/data/schools/{vineSchool}.csv")).StatusCode);
    }

    private static string Name(string key) => Measures.All.Single(m => m.Key == key).Name;

    private static string CsvName(string key) => Web.Features.DataDashboards.CsvExport.Cell(Name(key));

    private static string Number(string raw) => decimal.Parse(raw, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Text(AngleSharp.Dom.IElement row) =>
        string.Join(' ', row.QuerySelectorAll("th, td").Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

    /// <summary>The school's row of the heat map: measure name → the cell's words (null where the measure is not a column).</summary>
    private static async Task<Dictionary<string, string?>> CellsAsync(HttpClient client, string url, Guid school)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var table = page.QuerySelector("table.heat-map") ?? throw new InvalidOperationException($"{url} has no heat map.");
        var columns = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var row = table.QuerySelectorAll("tbody tr").SingleOrDefault(r => r.QuerySelector($"a[href='/data/schools/{school}']") is not null)
            ?? throw new InvalidOperationException($"{url} does not list the school.");
        var cells = row.QuerySelectorAll("td").Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        var byName = Measures.All.ToDictionary(m => m.Name, m => (string?)null);
        foreach (var (name, cell) in columns.Zip(cells))
        {
            byName[name] = cell;
        }

        return byName;
    }
}
