using Microsoft.Playwright;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// The categorisation journey in a real browser: the linked officer proposes, the Director of
/// Learning confirms, and the headteacher sees the category and the action plan. Every page is
/// scanned by axe-core.
/// </summary>
public sealed class CategorisationJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string School = "St Cedd's CE Primary Academy";

    private Task<IPage> SignedInAsync(string role) => session.SignedInPageAsync(DemoSeeder.DemoEmail(role, "vine.example"));

    [SkippableFact]
    public async Task The_officer_proposes_the_director_confirms_and_the_headteacher_sees_the_category_and_plan()
    {
        // The officer proposes Support from the school's profile.
        var officer = await SignedInAsync(TrustRole.SchoolImprovementOfficer);
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.GotoAsync("/schools");
        await officer.GetByRole(AriaRole.Link, new() { Name = School }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Propose a category" }).ClickAsync();
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Proposed category").SelectOptionAsync("Support");
        await officer.GetByLabel("Rationale").FillAsync("Reading outcomes fell two years running; leaders need trust support.");
        foreach (var source in EvidenceSources.All)
        {
            var group = officer.GetByRole(AriaRole.Group, new() { Name = source.Label() });
            await group.GetByLabel("Judgement").SelectOptionAsync("Support");
            await group.GetByLabel("Notes").FillAsync($"Evidence seen for {source.Label()}");
        }

        await officer.GetByRole(AriaRole.Button, new() { Name = "Propose the category" }).ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/categorisations/", StringComparison.Ordinal));
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Context.CloseAsync();

        // The Director of Learning finds it on the dashboard and confirms it.
        var director = await SignedInAsync(TrustRole.DirectorOfLearning);
        Assert.EndsWith("/dashboard", director.Url, StringComparison.Ordinal);
        await BrowserSession.AssertAccessibleAsync(director);
        await director.GetByRole(AriaRole.Link, new() { Name = $"{School}: Support" }).ClickAsync();
        await BrowserSession.AssertAccessibleAsync(director);
        await director.GetByRole(AriaRole.Button, new() { Name = "Confirm Support" }).ClickAsync();
        await director.GetByText("The category is confirmed").WaitForAsync();
        await director.Context.CloseAsync();

        // The headteacher lands on the school, sees the category with its rationale, and the plan.
        var head = await SignedInAsync(TrustRole.Headteacher);
        Assert.Equal(School, (await head.Locator("h1").First.InnerTextAsync()).Trim());
        Assert.Contains("Support", await head.Locator("#category + p").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Reading outcomes fell two years running", await head.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.AssertAccessibleAsync(head);
        await head.GetByRole(AriaRole.Link, new() { Name = "The school's action plan" }).ClickAsync();
        await head.GetByText("The Headteacher, School Improvement Leader and Director of Learning will meet").WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(head);
        await head.Context.CloseAsync();
    }
}
