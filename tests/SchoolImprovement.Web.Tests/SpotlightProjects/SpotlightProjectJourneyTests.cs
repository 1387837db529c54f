using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.SpotlightProjects;

/// <summary>
/// A Spotlight project through HTTP (DDAT policy §6): opened from the data dashboard's candidates, two focused visits
/// (the second shows the first's next steps; their clear actions land in the school's action tracker), overdue once a
/// half term passes without a visit, then closed with an outcome after which no visit is taken.
/// </summary>
public sealed class SpotlightProjectJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The demo's Spotlight candidate; its demo project is closed first, so that a new one may open.</summary>
    private const int CandidateUrn = DemoSpotlight.SchoolUrn;

    [Fact]
    public async Task A_project_opened_from_a_candidate_is_visited_twice_falls_overdue_and_is_closed()
    {
        factory.Clock.PinUk(new DateTime(2026, 9, 15, 9, 0, 0));
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, CandidateUrn);
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var member = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.LocalCommitteeMember, Browsing.Ddat));
        await factory.InTrustAsync(ddat, async db =>
        {
            var demo = await db.SpotlightProjects.SingleAsync(p => p.SchoolId == school);
            demo.Close("Closed for this test.", demo.OpenedOn, demo.OpenedOn);
            await db.SaveChangesAsync();
        });
        // Sessions end when the clock jumps ahead, so the officer signs in again after each pin.
        var client = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        // The candidates list links to the open form, prefilled with the candidate's results.
        AngleSharp.Dom.IElement? link = null;
        for (var candidatesPage = 1; link is null && candidatesPage <= 5; candidatesPage++)
        {
            var candidates = await client.GetDocumentAsync($"/data/spotlight?Page={candidatesPage}");
            link = candidates.QuerySelectorAll($"a[href^='/schools/{school}/spotlight/new']").FirstOrDefault();
        }

        Assert.NotNull(link);
        var openUrl = link.GetAttribute("href")!;
        var form = await client.GetDocumentAsync(openUrl);
        var reason = form.QuerySelector("#Reason")!.TextContent;
        Assert.StartsWith("Spotlight candidate in ", reason, StringComparison.Ordinal);
        Assert.Equal(nameof(SpotlightOrigin.Candidate), form.QuerySelector("input[name=Origin]")!.GetAttribute("value"));

        using var opened = await client.PostFormAsync($"/schools/{school}/spotlight/new", new Dictionary<string, string>
        {
            ["Origin"] = nameof(SpotlightOrigin.Candidate), ["Reason"] = reason, ["OfficerUserId"] = officer.ToString(),
            ["LocalCommitteeMemberUserId"] = member.ToString(), ["OpenedOn"] = "2026-09-10",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var project = await factory.InTrustAsync(ddat, db => db.SpotlightProjects.AsNoTracking().SingleAsync(p => p.SchoolId == school && p.Status == SpotlightStatus.Open));
        Assert.Equal($"/spotlight/{project.Id}", opened.Headers.Location?.OriginalString);
        Assert.Equal(SpotlightOrigin.Candidate, project.Origin);
        Assert.Equal(reason, project.Reason);
        Assert.Equal(officer, project.OfficerUserId);
        Assert.Equal(member, project.LocalCommitteeMemberUserId);
        var page = $"/spotlight/{project.Id}";

        // First visit in Autumn 1, with a clear action.
        factory.Clock.PinUk(new DateTime(2026, 10, 5, 9, 0, 0));
        client.Dispose();
        client = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var first = await client.PostFormAsync($"{page}/visits", await VisitAsync(client, page, "2026-10-01", "Phonics is strong.", "Plan the teaching of **fractions** in Year 5.", "Fractions plan for Year 5", "2026-11-30"), page);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        // Second visit in Autumn 2: the first's next steps are shown to follow up.
        factory.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        client.Dispose();
        client = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var before = await client.GetDocumentAsync(page);
        Assert.Equal("fractions", before.QuerySelector("#previous-next-steps strong")?.TextContent);
        using var second = await client.PostFormAsync($"{page}/visits", await VisitAsync(client, page, "2026-11-18", "Fractions plan in place.", "Check Year 5 books for fractions.", "Book look for Year 5", "2027-01-31"), page);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var visits = await factory.InTrustAsync(ddat, db => db.SpotlightVisits.AsNoTracking().Where(v => v.ProjectId == project.Id).OrderBy(v => v.VisitedOn).ToListAsync());
        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 18)], visits.Select(v => v.VisitedOn));
        Assert.All(visits, v => Assert.Equal(officer, v.RecordedBy));
        var actions = await factory.InTrustAsync(ddat, db => db.Actions.AsNoTracking().Where(a => a.Source == ActionSource.Spotlight && a.SchoolId == school && db.SpotlightVisits.Any(v => v.ProjectId == project.Id && v.Id == a.SourceId)).OrderBy(a => a.DueOn).ToListAsync());
        Assert.Equal(["Fractions plan for Year 5", "Book look for Year 5"], actions.Select(a => a.Title));
        Assert.Equal([visits[0].Id, visits[1].Id], actions.Select(a => a.SourceId!.Value));
        Assert.All(actions, a => Assert.Equal(TrustRole.Headteacher, a.OwnerRole));
        var tracker = (await client.GetDocumentAsync($"/schools/{school}/actions")).Body!.TextContent;
        Assert.Contains("Fractions plan for Year 5", tracker, StringComparison.Ordinal);
        Assert.Contains("Book look for Year 5", tracker, StringComparison.Ordinal);
        var after = await client.GetDocumentAsync(page);
        Assert.Equal(2, after.QuerySelectorAll("#visits article.visit").Length);
        Assert.Equal("Check Year 5 books for fractions.", after.QuerySelector("#previous-next-steps p")?.TextContent);
        Assert.Contains("Due by 14/02/2027", after.QuerySelector("#next-visit")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("#next-visit .badge"));

        // Spring 1 passes without a visit: overdue on the list and the page.
        factory.Clock.PinUk(new DateTime(2027, 2, 15, 9, 0, 0));
        client.Dispose();
        client = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var list = await client.GetDocumentAsync("/spotlight");
        var row = list.QuerySelectorAll("#projects tbody tr").Single(r => r.QuerySelector($"a[href='{page}']") is not null);
        Assert.Contains("Due by 14/02/2027", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", (await client.GetDocumentAsync(page)).QuerySelector("#next-visit .badge")?.TextContent);

        // Closed with an outcome; no visit after it.
        var close = await client.GetDocumentAsync($"{page}/close");
        Assert.NotNull(close.QuerySelector("#confirm"));
        using var closed = await client.PostFormAsync($"{page}/close", new Dictionary<string, string>
        {
            ["Version"] = close.QuerySelector("input[name=Version]")!.GetAttribute("value")!, ["Outcome"] = "Year 5 fractions back in line with national.", ["ClosedOn"] = "2027-02-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var done = await factory.InTrustAsync(ddat, db => db.SpotlightProjects.AsNoTracking().SingleAsync(p => p.Id == project.Id));
        Assert.Equal(SpotlightStatus.Closed, done.Status);
        Assert.Equal(new DateOnly(2027, 2, 15), done.ClosedOn);
        Assert.Equal("Year 5 fractions back in line with national.", done.Outcome);
        var closedPage = await client.GetDocumentAsync(page);
        Assert.Null(closedPage.QuerySelector("#new-visit"));
        Assert.Contains("back in line with national", closedPage.QuerySelector("#outcome")!.TextContent, StringComparison.Ordinal);

        using var late = await client.PostWithTokenAsync($"{page}/visits", await client.AntiforgeryTokenAsync(),
            [new("Version", done.Version.ToString()), new("VisitedOn", "2027-02-15"), new("Strengths", "S"), new("NextSteps", "N")]);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("closed: no more visits", (await late.DocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.InTrustAsync(ddat, db => db.SpotlightVisits.CountAsync(v => v.ProjectId == project.Id)));
        var closedList = await client.GetDocumentAsync("/spotlight?Show=Closed");
        Assert.NotNull(closedList.QuerySelector($"#projects a[href='{page}']"));
        Assert.Null((await client.GetDocumentAsync("/spotlight")).QuerySelector($"#projects a[href='{page}']"));
        client.Dispose();
    }

    private static async Task<Dictionary<string, string>> VisitAsync(HttpClient client, string page, string on, string strengths, string nextSteps, string action, string due)
    {
        using var response = await client.GetAsync(page);
        var document = await response.DocumentAsync();
        Assert.True(document.QuerySelector("#new-visit input[name=Version]") is not null, $"{(int)response.StatusCode}: {document.Body?.TextContent}");
        return new Dictionary<string, string>
        {
            ["Version"] = document.QuerySelector("#new-visit input[name=Version]")!.GetAttribute("value")!,
            ["VisitedOn"] = on, ["Strengths"] = strengths, ["NextSteps"] = nextSteps, ["Notes"] = "Met the headteacher.",
            ["Actions[0].Title"] = action, ["Actions[0].OwnerRole"] = TrustRole.Headteacher, ["Actions[0].DueOn"] = due,
            ["Actions[1].Title"] = "", ["Actions[1].OwnerRole"] = "", ["Actions[1].DueOn"] = "",
        };
    }
}
