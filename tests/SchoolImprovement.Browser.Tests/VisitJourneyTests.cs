using System.Globalization;
using Microsoft.Playwright;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// Issue 11's main journey in a real browser, in the Vine demo trust: the linked officer records and publishes a visit
/// note with an agreed action; the headteacher finds it on their due list, disputes it with a comment, and it leaves
/// the list; the officer logs days on another school's allocation and sees the days logged go up; the officer's own
/// due list shows the demo's overdue items. Every page is scanned by axe-core.
/// </summary>
public sealed class VisitJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>URN 290001: the demo officer is linked to it, the demo headteacher leads it, it has no day allocation.</summary>
    private const string VisitedSchool = "St Cedd's CE Primary Academy";

    /// <summary>URN 290002: this year's allocation has the demo officer as the improvement lead.</summary>
    private const string AllocatedSchool = "Blackwater Vale CE Primary";

    private const string Dispute = "The note says reading was weak in Year 2; we showed the phonics data that says otherwise.";

    private Task<IPage> SignedInAsync(string role) => session.SignedInPageAsync(DemoSeeder.DemoEmail(role, "vine.example"));

    /// <summary>Whether the URL is a record's own page, "/{kind}/{id}".</summary>
    private static bool IsPage(string url, string kind)
    {
        var segments = new Uri(url).AbsolutePath.Trim('/').Split('/');
        return segments.Length == 2 && segments[0] == kind && Guid.TryParse(segments[1], out _);
    }

    /// <summary>Opens the school's profile from the schools list and answers its path, "/schools/{id}".</summary>
    private static async Task<string> OpenSchoolAsync(IPage page, string school)
    {
        await page.GotoAsync("/schools");
        await BrowserSession.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = school }).First.ClickAsync();
        await page.WaitForURLAsync(url => IsPage(url, "schools"));
        await page.Locator("h1").First.WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(page);
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>The days logged on the allocation page, the first number of "#total" ("3.5 of 20").</summary>
    private static async Task<decimal> DaysLoggedAsync(IPage page) =>
        decimal.Parse((await page.Locator("#total").InnerTextAsync()).Trim().Split(' ')[0], CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Officer_publishes_a_visit_the_headteacher_disputes_it_and_the_officer_logs_days()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);

        // The linked officer records the visit from the school's visits page and publishes it, with one agreed action.
        var officer = await SignedInAsync(TrustRole.SchoolImprovementOfficer);
        var schoolPath = await OpenSchoolAsync(officer, VisitedSchool);
        await officer.GotoAsync($"{schoolPath}/visits");
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Record a visit" }).ClickAsync();
        await officer.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{schoolPath}/visits/new");
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Locator("#VisitedOn").FillAsync(Iso(today));
        await officer.Locator("#Mode-Online").CheckAsync();
        await officer.Locator("#Purpose").FillAsync("Autumn reading review");
        await officer.Locator("#FocusAreas").FillAsync("Quality of education\nReading");
        await officer.Locator("#Notes").FillAsync("Reading in Year 2 is below the expected standard.");
        await officer.Locator("#Strengths").FillAsync("Behaviour in lessons is calm and purposeful.");
        await officer.Locator("#Actions_0_Title").FillAsync("Run a phonics catch-up group in Year 2");
        await officer.Locator("#Actions_0_OwnerRole").SelectOptionAsync(TrustRole.Headteacher);
        await officer.Locator("#Actions_0_DueOn").FillAsync(Iso(today.AddDays(30)));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Publish to the school" }).ClickAsync();
        await officer.WaitForURLAsync(url => IsPage(url, "visits"));
        var visitPath = new Uri(officer.Url).AbsolutePath;
        await officer.GetByText("The visit note has been published to the school.").First.WaitForAsync();
        Assert.Contains("Published", await officer.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Run a phonics catch-up group in Year 2", await officer.Locator("#tracker-actions").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Context.CloseAsync();

        // The headteacher finds the note on their due list, opens it and disputes it with a comment.
        var head = await SignedInAsync(TrustRole.Headteacher);
        await head.GotoAsync("/due?mine=true");
        await BrowserSession.AssertAccessibleAsync(head);
        var dueLink = head.Locator($"#due tr[data-kind=VisitResponse] a[href='{visitPath}']");
        Assert.Equal("Visit note to confirm or dispute", (await dueLink.InnerTextAsync()).Trim());
        await dueLink.ClickAsync();
        await head.WaitForURLAsync(url => new Uri(url).AbsolutePath == visitPath);
        await BrowserSession.AssertAccessibleAsync(head);
        await head.Locator("#Response-Disputed").CheckAsync();
        await head.Locator("#Comment").FillAsync(Dispute);
        await head.GetByRole(AriaRole.Button, new() { Name = "Send my response" }).ClickAsync();
        await head.GetByText("Your response to the visit note has been recorded.").First.WaitForAsync();
        Assert.Equal(visitPath, new Uri(head.Url).AbsolutePath);
        Assert.Equal("Disputed", (await head.Locator("#response-state").InnerTextAsync()).Trim());
        Assert.Contains(Dispute, await head.Locator("#response-comment").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await head.Locator("#respond").CountAsync());
        await BrowserSession.AssertAccessibleAsync(head);
        await head.GotoAsync("/due?mine=true");
        await head.Locator("h1").First.WaitForAsync();
        Assert.Equal(0, await head.Locator($"a[href='{visitPath}']").CountAsync());
        await BrowserSession.AssertAccessibleAsync(head);
        await head.Context.CloseAsync();

        // The officer logs a day on 290002's allocation and sees the days logged go up by one.
        officer = await SignedInAsync(TrustRole.SchoolImprovementOfficer);
        var allocatedPath = await OpenSchoolAsync(officer, AllocatedSchool);
        await officer.GotoAsync($"{allocatedPath}/allocations");
        await BrowserSession.AssertAccessibleAsync(officer);
        var before = await DaysLoggedAsync(officer);
        await officer.Locator("#Log_On").FillAsync(Iso(today));
        await officer.Locator("#Log_Days").FillAsync("1");
        await officer.Locator("#Log_Activity").FillAsync("Curriculum review with the English lead");
        await officer.Locator("#Log_Mode_Online").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Log the days" }).ClickAsync();
        await officer.GetByText("The days have been logged.").First.WaitForAsync();
        Assert.True(IsPage(officer.Url, "allocations"), officer.Url);
        Assert.Equal(before + 1, await DaysLoggedAsync(officer));
        Assert.Contains("Curriculum review with the English lead", await officer.Locator("#log-table").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.AssertAccessibleAsync(officer);

        // The officer's own due list shows the demo's overdue items for their linked schools (290001's are never done).
        await officer.GotoAsync("/due?mine=true");
        await officer.Locator("#due").WaitForAsync();
        Assert.True(await officer.Locator("#due tbody tr", new() { HasText = VisitedSchool }).Locator(".badge", new() { HasText = "Overdue" }).CountAsync() > 0);
        Assert.Equal(0, await officer.Locator("#none").CountAsync());
        await BrowserSession.AssertAccessibleAsync(officer);
        await officer.Context.CloseAsync();
    }
}
