using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HealthChecks;

/// <summary>
/// A health check through HTTP (DDAT §2): the school is overdue (never checked, counted from the day it joined); the
/// officer starts a check whose areas follow the 2019 framework plus the trust's three, rates an identified area only with
/// an agreed action (which lands in the tracker with its date), cannot complete before every applicable area is rated,
/// completes; the school's next check falls due a year on (not overdue on the due day, overdue the day after, across the
/// trust's clock); the headteacher records the evidence of impact on the area and its action.
/// </summary>
public sealed class HealthCheckJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Urn = 190001;

    [Fact]
    public async Task An_officer_starts_rates_and_completes_a_check_and_the_headteacher_records_impact()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 26, 9, 0, 0));
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, Urn);
        var client = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        // Never checked: due a year after it joined (1 September 2015), so overdue, and listed before the schools that are not.
        var list = await client.GetDocumentAsync("/health-checks");
        var rows = list.QuerySelectorAll("#schools tbody tr");
        var row = Row(list, school);
        Assert.Contains("None yet", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("01/09/2016", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector(".badge"));
        var firstNotOverdue = rows.ToList().FindIndex(r => r.QuerySelector(".badge") is null);
        Assert.True(firstNotOverdue < 0 || rows.ToList().IndexOf(row) < firstNotOverdue, "Overdue schools come first.");

        // Start: the areas of the 2019 framework (no Ofsted inspection recorded) and the trust's three.
        var start = await client.GetDocumentAsync($"/schools/{school}/health-checks/new");
        Assert.Equal(HealthCheckAreas.For(InspectionFramework.Ofsted2019), start.QuerySelectorAll("#areas li").Select(li => li.TextContent.Trim()));
        using var started = await client.PostFormAsync($"/schools/{school}/health-checks/new", new Dictionary<string, string>
        {
            ["HeldOn"] = "2026-11-25", ["HasEarlyYears"] = "true", ["HasSixthForm"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var check = await factory.InTrustAsync(trust, db => db.HealthChecks.AsNoTracking().Include(c => c.Areas).SingleAsync(c => c.SchoolId == school));
        var page = $"/health-checks/{check.Id}";
        Assert.Equal(page, started.Headers.Location?.OriginalString);
        Assert.Equal(HealthCheckStatus.Draft, check.Status);
        Assert.Equal(new DateOnly(2026, 11, 25), check.HeldOn);
        Assert.Equal(["Sixth-form provision"], check.Areas.Where(a => a.NotApplicable).Select(a => a.Name));
        var safety = check.Areas.Single(a => a.Name == HealthCheckAreas.HealthAndSafety);

        // An Amber area without an agreed action is refused, the findings kept.
        using var noAction = await client.PostFormAsync($"{page}/areas/{safety.Id}", Rating(await VersionAsync(client, page), Rag.Amber, "Fire drills are not logged.", "", ""), page);
        Assert.Equal(HttpStatusCode.OK, noAction.StatusCode);
        var refusedPage = await noAction.DocumentAsync();
        Assert.Contains("identified area", refusedPage.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Fire drills are not logged.", refusedPage.QuerySelector($"#area-{safety.Id} textarea[name=Findings]")!.TextContent);
        Assert.Null((await HealthCheckTestData.ReadAsync(factory, trust, check.Id)).Areas.Single(a => a.Id == safety.Id).Rag);

        // With the agreed action and its date: the action is in the school's tracker.
        using var rated = await client.PostFormAsync($"{page}/areas/{safety.Id}", Rating(await VersionAsync(client, page), Rag.Amber, "Fire drills are not logged.", "Log every fire drill with its time", "2027-01-31"), page);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var action = await factory.InTrustAsync(trust, db => db.Actions.AsNoTracking().SingleAsync(a => a.SourceId == check.Id));
        Assert.Equal(ActionSource.HealthCheck, action.Source);
        Assert.Equal(school, action.SchoolId);
        Assert.Equal(new DateOnly(2027, 1, 31), action.DueOn);
        Assert.Equal(TrustRole.Headteacher, action.OwnerRole);
        Assert.Equal(action.Id, (await HealthCheckTestData.ReadAsync(factory, trust, check.Id)).Areas.Single(a => a.Id == safety.Id).ActionId);
        Assert.Contains("Log every fire drill with its time", (await client.GetDocumentAsync($"/schools/{school}/actions")).Body!.TextContent, StringComparison.Ordinal);

        // Completing before every applicable area is rated is refused.
        using var early = await client.PostFormAsync($"{page}/complete", new Dictionary<string, string> { ["Version"] = await VersionAsync(client, page) }, page);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Rate every area", (await early.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HealthCheckStatus.Draft, (await HealthCheckTestData.ReadAsync(factory, trust, check.Id)).Status);

        foreach (var area in check.Areas.Where(a => !a.NotApplicable && a.Id != safety.Id))
        {
            using var green = await client.PostFormAsync($"{page}/areas/{area.Id}", Rating(await VersionAsync(client, page), Rag.Green, $"{area.Name} is secure.", "", ""), page);
            Assert.Equal(HttpStatusCode.Redirect, green.StatusCode);
        }

        using var completed = await client.PostFormAsync($"{page}/complete", new Dictionary<string, string> { ["Version"] = await VersionAsync(client, page) }, page);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        var done = await HealthCheckTestData.ReadAsync(factory, trust, check.Id);
        Assert.Equal(HealthCheckStatus.Completed, done.Status);
        Assert.Equal(new DateOnly(2026, 11, 26), done.CompletedOn);
        Assert.Null((await client.GetDocumentAsync(page)).QuerySelector("form.rate"));

        // Next due a year after the meeting; the school's page shows the history.
        row = Row(await client.GetDocumentAsync("/health-checks"), school);
        Assert.Contains("25/11/2026", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("25/11/2027", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector(".badge"));
        var history = await client.GetDocumentAsync($"/schools/{school}/health-checks");
        Assert.Contains("Due by 25/11/2027", history.QuerySelector("#next-due")!.TextContent, StringComparison.Ordinal);
        var historyRow = Assert.Single(history.QuerySelectorAll("#checks tbody tr"));
        Assert.Equal(["Completed on 26/11/2026", "0", "1", "7"], historyRow.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()));
        client.Dispose();

        // The headteacher records the evidence of impact for the identified area: on the area and on its action.
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var headPage = await head.GetDocumentAsync(page);
        Assert.Null(headPage.QuerySelector("form.rate"));
        Assert.NotNull(headPage.QuerySelector($"#area-{safety.Id} form.record-impact"));
        using var impact = await head.PostFormAsync($"{page}/areas/{safety.Id}/impact", new Dictionary<string, string>
        {
            ["Version"] = headPage.QuerySelector($"#area-{safety.Id} form.record-impact input[name=Version]")!.GetAttribute("value")!,
            ["Evidence"] = "Drills logged each half term; the last took 3 minutes.",
        }, page);
        Assert.Equal(HttpStatusCode.Redirect, impact.StatusCode);
        var headId = await factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var withImpact = (await HealthCheckTestData.ReadAsync(factory, trust, check.Id)).Areas.Single(a => a.Id == safety.Id);
        Assert.Equal("Drills logged each half term; the last took 3 minutes.", withImpact.EvidenceOfImpact);
        Assert.Equal(headId, withImpact.ImpactRecordedBy);
        Assert.Equal("Drills logged each half term; the last took 3 minutes.", (await factory.InTrustAsync(trust, db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id))).EvidenceOfImpact);
        Assert.Contains("the last took 3 minutes", (await head.GetDocumentAsync(page)).QuerySelector($"#area-{safety.Id} .impact")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_completed_check_falls_overdue_the_day_after_its_due_date_on_the_trusts_clock()
    {
        var made = await HealthCheckTestData.MakeAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190010, new DateOnly(2025, 8, 31), withAction: false, complete: true);

        factory.Clock.PinUk(new DateTime(2026, 8, 31, 23, 30, 0));
        using (var onTheDay = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat))
        {
            var row = Row(await onTheDay.GetDocumentAsync("/health-checks"), made.School);
            Assert.Contains("31/08/2026", row.TextContent, StringComparison.Ordinal);
            Assert.Null(row.QuerySelector(".badge"));
        }

        factory.Clock.PinUk(new DateTime(2026, 9, 1, 0, 30, 0));
        using var nextDay = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        Assert.Equal("Overdue", Row(await nextDay.GetDocumentAsync("/health-checks"), made.School).QuerySelector(".badge")?.TextContent);
        Assert.Equal("Overdue", (await nextDay.GetDocumentAsync($"/schools/{made.School}/health-checks")).QuerySelector("#next-due .badge")?.TextContent);
        factory.Clock.Release();
    }

    private static IElement Row(IDocument list, Guid school) =>
        list.QuerySelector($"#schools tbody tr[data-school='{school}']") ?? throw new InvalidOperationException($"No row for {school}: {list.Body?.TextContent}");

    private static async Task<string> VersionAsync(HttpClient client, string page)
    {
        var document = await client.GetDocumentAsync(page);
        return document.QuerySelector("input[name=Version]")?.GetAttribute("value") ?? throw new InvalidOperationException(document.Body?.TextContent);
    }

    private static Dictionary<string, string> Rating(string version, Rag rag, string findings, string actionTitle, string actionDueOn) => new()
    {
        ["Version"] = version, ["Rag"] = rag.ToString(), ["Findings"] = findings, ["ActionTitle"] = actionTitle, ["ActionDueOn"] = actionDueOn,
    };
}
