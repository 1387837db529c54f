using Microsoft.Playwright;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// The data dashboards in a real browser, on the demo headline data: the CEO opens the trust heat
/// map, follows a school to its trends (Chart.js draws each chart on its canvas, from the table
/// beside it, under the portal's CSP), and opens the Spotlight candidates. axe-core scans each page.
/// </summary>
public sealed class DataDashboardJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task The_ceo_reads_the_heat_map_a_schools_charts_and_tables_and_the_spotlight_list()
    {
        var ceo = await session.SignedInPageAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, "ddat.example"));
        var errors = new List<string>();
        ceo.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        // The heat map: schools by measures; a year with national figures marks each figure against national in words.
        await BrowserSession.AssertPageAccessibleAsync(ceo, "/data");
        await ceo.GetByLabel("Academic year").SelectOptionAsync(new SelectOptionValue { Label = "2024/25" });
        await ceo.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await ceo.WaitForURLAsync(url => url.Contains("Year=2024", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(ceo);
        var heatMap = ceo.Locator("table.heat-map");
        Assert.True(await heatMap.Locator("tbody tr").CountAsync() > 0, "The heat map lists no school.");
        Assert.True(await heatMap.Locator(".badge", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("(Above|Below|Broadly in line with) national") }).CountAsync() > 0,
            "No figure on the heat map is marked against national.");

        // A school's trends: every chart drawn on its canvas, each with its table.
        var school = heatMap.Locator("tbody th[scope=row] a").First;
        var name = (await school.InnerTextAsync()).Trim();
        await school.ClickAsync();
        await ceo.WaitForURLAsync(url => url.Contains("/data/schools/", StringComparison.Ordinal));
        Assert.Equal($"{name}: data", (await ceo.Locator("h1").InnerTextAsync()).Trim());
        var canvases = ceo.Locator("canvas[data-chart]");
        var charts = await canvases.CountAsync();
        Assert.True(charts > 0, "The school's page has no chart.");
        await ceo.Locator("canvas[data-chart-drawn=true]").Nth(charts - 1).WaitForAsync();
        for (var i = 0; i < charts; i++)
        {
            var canvas = canvases.Nth(i);
            var tableId = await canvas.GetAttributeAsync("data-chart-table");
            var drawn = await canvas.EvaluateAsync<bool>(
                "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let p = 3; p < d.length; p += 4) { if (d[p] !== 0) return true; } return false; }");
            Assert.True(drawn, $"Chart {i + 1} ({tableId}) is blank.");
            Assert.True(await ceo.Locator($"table#{tableId} caption").CountAsync() == 1, $"Chart {tableId} has no table with a caption.");
            Assert.True(await ceo.Locator($"table#{tableId} tbody td[data-value]").CountAsync() > 0, $"The table of chart {tableId} has no figures.");
        }

        Assert.True(await ceo.Locator("table[id^=gaps-]").CountAsync() > 0, "The school's page shows no gaps for disadvantaged and SEND pupils.");
        await BrowserSession.AssertAccessibleAsync(ceo);

        // The Spotlight candidates: a list, or the empty state that says why.
        await BrowserSession.AssertPageAccessibleAsync(ceo, "/data/spotlight");
        var listed = await ceo.Locator("main table tbody tr").CountAsync();
        Assert.True(listed > 0 || await ceo.Locator("#none").CountAsync() == 1, "The Spotlight page shows neither candidates nor its empty state.");
        Assert.Empty(errors);
        await ceo.Context.CloseAsync();
    }
}
