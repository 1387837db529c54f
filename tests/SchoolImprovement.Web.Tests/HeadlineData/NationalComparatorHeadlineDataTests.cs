using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HeadlineData;

/// <summary>National comparators: seeded with their sources, kept by the trust administrator only, one per year, measure, group and phase.</summary>
public sealed class NationalComparatorHeadlineDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<List<NationalComparator>> ComparatorsAsync(string trust) =>
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), db => db.NationalComparators.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Each_demo_trust_is_seeded_with_the_published_figures_and_their_sources()
    {
        var ddat = await ComparatorsAsync(Browsing.DdatTrust);

        decimal Figure(int year, string key, string? phase = null) => ddat.Single(c => c.Year == year && c.MeasureKey == key && c.Phase == phase && c.Group == PupilGroup.All).Value;
        Assert.Equal(61m, Figure(2023, Measures.Ks2RwmExpected));
        Assert.Equal(62m, Figure(2024, Measures.Ks2RwmExpected));
        Assert.Equal((75m, 72m, 74m), (Figure(2024, Measures.Ks2ReadingExpected), Figure(2024, Measures.Ks2WritingExpected), Figure(2024, Measures.Ks2MathsExpected)));
        Assert.Equal((45.9m, 45.2m, 64.5m), (Figure(2024, Measures.Ks4Attainment8), Figure(2024, Measures.Ks4EnglishMathsGrade5), Figure(2024, Measures.Ks4EnglishMathsGrade4)));
        Assert.Equal((92.9m, 94.5m, 91.1m), (Figure(2023, Measures.AttendanceOverall), Figure(2023, Measures.AttendanceOverall, "Primary"), Figure(2023, Measures.AttendanceOverall, "Secondary")));
        Assert.DoesNotContain(ddat, c => c.MeasureKey == Measures.Ks4Progress8);
        Assert.All(ddat, c => Assert.StartsWith("DfE, ", c.Source, StringComparison.Ordinal));
        Assert.Contains("100 minus the absence rate", ddat.First(c => c.MeasureKey == Measures.AttendanceOverall).Source, StringComparison.Ordinal);
        Assert.Equal(ddat.Count, (await ComparatorsAsync(Browsing.VineTrust)).Count);
    }

    [Fact]
    public async Task The_trust_administrator_adds_changes_and_deletes_a_figure()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = new Dictionary<string, string> { ["Year"] = "2030/31", ["MeasureKey"] = Measures.PhonicsY1, ["Group"] = "All", ["Phase"] = "", ["Value"] = "80", ["Source"] = "DfE, Phonics screening check 2030/31" };

        using var added = await admin.PostFormAsync("/data/national/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var made = (await ComparatorsAsync(Browsing.DdatTrust)).Single(c => c.Year == 2030);
        Assert.Equal((80m, "DfE, Phonics screening check 2030/31"), (made.Value, made.Source));

        using var duplicate = await admin.PostFormAsync("/data/national/new", fields);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("There is already a national figure", (await duplicate.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);

        using var changed = await admin.PostFormAsync($"/data/national/{made.Id}/edit", new(fields) { ["Value"] = "79.5", ["Version"] = made.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = (await ComparatorsAsync(Browsing.DdatTrust)).Single(c => c.Year == 2030);
        Assert.Equal(79.5m, after.Value);

        using var deleted = await admin.PostFormAsync($"/data/national/{made.Id}/delete", new() { ["version"] = after.Version.ToString() }, $"/data/national/{made.Id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(await ComparatorsAsync(Browsing.DdatTrust), c => c.Year == 2030);
    }

    [Fact]
    public async Task A_value_out_of_range_is_refused_and_the_input_kept()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = new Dictionary<string, string> { ["Year"] = "2031/32", ["MeasureKey"] = Measures.Ks4Progress8, ["Group"] = "All", ["Value"] = "7", ["Source"] = "DfE" };

        using var refused = await admin.PostFormAsync("/data/national/new", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("7 is outside the range -5 to 5", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("7", page.QuerySelector("#Value")!.GetAttribute("value"));
        Assert.DoesNotContain(await ComparatorsAsync(Browsing.DdatTrust), c => c.Year == 2031);
    }

    [Theory]
    [InlineData(TrustRole.Ceo)]
    [InlineData(TrustRole.Headteacher)]
    public async Task Others_read_the_list_but_cannot_change_it(string role)
    {
        var target = (await ComparatorsAsync(Browsing.DdatTrust)).First();
        using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);

        var list = await client.GetDocumentAsync("/data/national");
        Assert.Contains("Not published", list.Text(), StringComparison.Ordinal);
        Assert.Empty(list.QuerySelectorAll("a[href$='/edit']"));
        var token = await client.AntiforgeryTokenAsync();
        using var refused = await client.PostWithTokenAsync($"/data/national/{target.Id}/delete", token, [new("version", target.Version.ToString())]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(await ComparatorsAsync(Browsing.DdatTrust), c => c.Id == target.Id);
    }

    [Fact]
    public async Task Another_trusts_figure_is_not_found_and_unchanged()
    {
        var vine = (await ComparatorsAsync(Browsing.VineTrust)).First();
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var token = await admin.AntiforgeryTokenAsync();

        using var refused = await admin.PostWithTokenAsync($"/data/national/{vine.Id}/delete", token, [new("version", vine.Version.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains(await ComparatorsAsync(Browsing.VineTrust), c => c.Id == vine.Id && c.Version == vine.Version);
    }
}
