using Microsoft.Playwright;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// The DDAT school-causing-concern path in a real browser, each step by the role the policy gives it: the Deputy CEO
/// recommends the school (§3), the CEO designates it and forms a Raising Achievement Board with the Deputy CEO as chair (§4),
/// the chair records a quorate meeting and a recommendation to the committee, the governance professional records the
/// committee's acceptance, the CEO recommends exit and the committee's decision ends the designation. Every page is scanned
/// by axe-core.
/// </summary>
public sealed class ConcernJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string School = "Dovedale Meadows Primary Academy";

    private Task<IPage> SignedInAsync(string role) => session.SignedInPageAsync(DemoSeeder.DemoEmail(role, "ddat.example"));

    /// <summary>Whether the URL is a record's own page, "/{kind}/{id}" (not a form under it, such as /concerns/{id}/boards/new).</summary>
    private static bool IsPage(string url, string kind)
    {
        var segments = new Uri(url).AbsolutePath.Trim('/').Split('/');
        return segments.Length == 2 && segments[0] == kind && Guid.TryParse(segments[1], out _);
    }

    private static async Task OpenSchoolAsync(IPage page)
    {
        await page.GotoAsync("/schools");
        await page.GetByRole(AriaRole.Link, new() { Name = School }).First.ClickAsync();
        await page.Locator("h1").First.WaitForAsync();
    }

    private static async Task SubmitAsync(IPage page, string button, string notice)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).First.ClickAsync();
        await page.GetByText(notice).First.WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(page);
    }

    [SkippableFact]
    public async Task Recommend_designate_form_a_rab_meet_recommend_then_the_committee_agrees_the_exit()
    {
        // The Deputy CEO recommends the school from its profile.
        var deputy = await SignedInAsync(TrustRole.DeputyCeo);
        await OpenSchoolAsync(deputy);
        await deputy.GetByRole(AriaRole.Link, new() { Name = "Recommend as causing concern" }).ClickAsync();
        await BrowserSession.AssertAccessibleAsync(deputy);
        await deputy.Locator("#Grounds-OverallEffectiveness").CheckAsync();
        await deputy.Locator("#Evidence").FillAsync("Outcomes below national for three years.");
        await deputy.Locator("#ProposedResponse-RaisingAchievementBoard").CheckAsync();
        await deputy.GetByRole(AriaRole.Button, new() { Name = "Recommend to the CEO" }).ClickAsync();
        await deputy.WaitForURLAsync(url => IsPage(url, "concerns"));
        var casePath = new Uri(deputy.Url).AbsolutePath;
        await BrowserSession.AssertAccessibleAsync(deputy);
        await deputy.Context.CloseAsync();

        // The CEO designates it and forms a RAB, with the Deputy CEO as its chair.
        var ceo = await SignedInAsync(TrustRole.Ceo);
        await ceo.GotoAsync(casePath);
        await BrowserSession.AssertAccessibleAsync(ceo);
        await ceo.Locator("#DesignateReasons").FillAsync("Agreed: a Raising Achievement Board.");
        await ceo.GetByRole(AriaRole.Button, new() { Name = "Designate causing concern" }).ClickAsync();
        await ceo.GetByRole(AriaRole.Link, new() { Name = "Form a board" }).ClickAsync();
        await BrowserSession.AssertAccessibleAsync(ceo);
        await ceo.Locator("#Kind-RaisingAchievementBoard").CheckAsync();
        await ceo.Locator("#ClerkName").FillAsync("Gill Governance");
        await ceo.GetByRole(AriaRole.Button, new() { Name = "Form the board" }).ClickAsync();
        await ceo.WaitForURLAsync(url => IsPage(url, "boards"));
        var boardPath = new Uri(ceo.Url).AbsolutePath;
        await BrowserSession.AssertAccessibleAsync(ceo);
        foreach (var (person, category) in new[] { ("Deputy CEO", "CentralExecutiveTeam"), ("Director of Learning", "CentralExecutiveTeam"), ("School improvement officer", "SchoolImprovementTeam") })
        {
            var value = await ceo.Locator("#AddMember_UserId option", new() { HasText = person }).First.GetAttributeAsync("value");
            await ceo.Locator("#AddMember_UserId").SelectOptionAsync(value!);
            await ceo.Locator("#AddMember_Category").SelectOptionAsync(category);
            await ceo.GetByRole(AriaRole.Button, new() { Name = "Add the member" }).ClickAsync();
            await ceo.Locator("#member-list").GetByText(person).First.WaitForAsync();
        }

        await ceo.Locator("#member-list tbody tr", new() { HasText = "Deputy CEO" }).Locator("button", new() { HasText = "Make chair" }).First.ClickAsync();
        await ceo.Locator("#board-chair", new() { HasText = "Deputy CEO" }).WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(ceo);
        await ceo.Context.CloseAsync();

        // The chair schedules a meeting, records the attendance (quorate) and a recommendation to the committee.
        deputy = await SignedInAsync(TrustRole.DeputyCeo);
        await deputy.GotoAsync(boardPath);
        await deputy.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await BrowserSession.AssertAccessibleAsync(deputy);
        await deputy.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        await deputy.WaitForURLAsync(url => IsPage(url, "meetings"));
        var meetingPath = new Uri(deputy.Url).AbsolutePath;
        var present = deputy.Locator("input[name=Present]");
        for (var i = 0; i < await present.CountAsync(); i++)
        {
            await present.Nth(i).CheckAsync();
        }

        await deputy.GetByRole(AriaRole.Button, new() { Name = "Record the attendance" }).ClickAsync();
        await deputy.Locator("#quorate", new() { HasText = "Quorate" }).WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(deputy);
        await deputy.Locator("#Text").FillAsync("Commission an external review of reading.");
        await deputy.GetByRole(AriaRole.Button, new() { Name = "Record the recommendation" }).ClickAsync();
        await deputy.GetByText("Commission an external review of reading.").First.WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(deputy);
        await deputy.Context.CloseAsync();

        // The governance professional records the committee's acceptance of the recommendation.
        var clerk = await SignedInAsync(TrustRole.GovernanceProfessional);
        await clerk.GotoAsync(meetingPath);
        await clerk.Locator("input[name=Accepted][value=true]").First.CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Record the committee's decision" }).First.ClickAsync();
        await clerk.WaitForLoadStateAsync();
        await BrowserSession.AssertAccessibleAsync(clerk);
        await clerk.Context.CloseAsync();

        // The CEO recommends exit; the committee agrees, and the school is no longer causing concern.
        ceo = await SignedInAsync(TrustRole.Ceo);
        await ceo.GotoAsync("/concerns");
        await BrowserSession.AssertAccessibleAsync(ceo);
        await ceo.GotoAsync(casePath);
        await ceo.Locator("#ExitReasons").FillAsync("Reading above target for two terms.");
        await ceo.Locator("#ExitConfirm").CheckAsync();
        await ceo.GetByRole(AriaRole.Button, new() { Name = "Recommend exit" }).ClickAsync();
        await ceo.Locator("#exit-reasons").WaitForAsync();
        await ceo.Context.CloseAsync();

        clerk = await SignedInAsync(TrustRole.GovernanceProfessional);
        await clerk.GotoAsync(casePath);
        await clerk.Locator("#exit-accepted").CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Record the committee's decision" }).ClickAsync();
        await clerk.WaitForLoadStateAsync();
        await BrowserSession.AssertAccessibleAsync(clerk);
        await OpenSchoolAsync(clerk);
        Assert.Equal(0, await clerk.Locator("h1 .causing-concern").CountAsync());
        await BrowserSession.AssertAccessibleAsync(clerk);
        await clerk.Context.CloseAsync();
    }
}
