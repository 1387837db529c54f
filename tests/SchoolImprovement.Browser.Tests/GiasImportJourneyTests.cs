using System.Text;
using Microsoft.Playwright;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// The GIAS import's choice page in a real browser: the trust's own schools arrive ticked, "Clear all
/// ticks" and "Tick all matching this trust" work (the page's script, allowed by the CSP), and both
/// pages pass axe-core.
/// </summary>
public sealed class GiasImportJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Header =
        "URN,EstablishmentName,LA (name),TypeOfEstablishment (name),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge," +
        "ReligiousCharacter (name),Diocese (name),Trusts (name),NumberOfPupils,PercentageFSM,Postcode,OpenDate,HeadFirstName,HeadLastName";

    [SkippableFact]
    public async Task The_trusts_schools_arrive_ticked_and_the_controls_clear_and_tick_them_again()
    {
        var page = await session.SignedInPageAsync(DemoSeeder.DemoEmail(TrustRole.TrustAdministrator, "vine.example"));
        await BrowserSession.AssertPageAccessibleAsync(page, "/schools/import");
        var csv = string.Join("\r\n",
            Header,
            "299101,Vine Meadow Primary,Derby,Academy converter,Primary,4,11,,,VINE SCHOOLS TRUST (DEMO),100,,,01-09-2015,,",
            "299102,Vine Orchard Primary,Derby,Academy converter,Primary,4,11,,,Vine Schools Trust (demo),110,,,01-09-2016,,",
            "299103,Other Trust Primary,Derby,Academy converter,Primary,4,11,,,Another Trust,90,,,01-09-2017,,") + "\r\n";
        await page.GetByLabel("GIAS establishment file (CSV, up to 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "edubasealldata.csv", MimeType = "text/csv", Buffer = Encoding.Latin1.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the file" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Choose the schools that belong to the trust" }).WaitForAsync();

        async Task<bool[]> TicksAsync() => [
            await page.Locator("#urn-299101").IsCheckedAsync(),
            await page.Locator("#urn-299102").IsCheckedAsync(),
            await page.Locator("#urn-299103").IsCheckedAsync()];

        Assert.Equal(new[] { true, true, false }, await TicksAsync());
        await BrowserSession.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all ticks" }).ClickAsync();
        Assert.Equal(new[] { false, false, false }, await TicksAsync());
        await page.Locator("#urn-299103").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tick all 2 matching this trust" }).ClickAsync();
        Assert.Equal(new[] { true, true, true }, await TicksAsync());
    }
}
