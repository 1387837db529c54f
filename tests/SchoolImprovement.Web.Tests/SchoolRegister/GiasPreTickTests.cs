using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Features.SchoolRegister;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.SchoolRegister;

/// <summary>
/// The GIAS choice page ticks the establishments whose "Trusts (name)" is the trust's own name (same
/// words, any case or spacing), besides those already in the register, and no others; importing the
/// page as shown brings in exactly those.
/// </summary>
public sealed class GiasPreTickTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Import = "/schools/import";
    private const string Confirm = "/schools/import/confirm";

    [Theory]
    [InlineData("DERBY DIOCESAN ACADEMY TRUST (DEMO)", true)]
    [InlineData("  derby diocesan\tacademy   trust (demo) ", true)]
    [InlineData("Derby Diocesan Academy Trust", false)]
    [InlineData("Derby Diocesan Academy Trust (demo) Ltd", false)]
    [InlineData("Vine Schools Trust (demo)", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_trust_name_matches_exactly_apart_from_case_and_spacing(string? gias, bool matches) =>
        Assert.Equal(matches, GiasImportHandler.SameTrustName(gias, "Derby Diocesan Academy Trust (demo)"));

    [Fact]
    public async Task The_schools_of_this_trust_are_ticked_others_are_not_and_the_page_imports_them_as_shown()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var file = GiasFiles.Csv(
            GiasFiles.Header,
            "397001,Ours One Primary,Derby,Academy converter,Primary,4,11,,,DERBY DIOCESAN ACADEMY TRUST (DEMO),100,,,01-09-2015,,",
            "397002,Ours Two Primary,Derby,Academy converter,Primary,4,11,,,derby diocesan  academy trust (demo),120,,,01-09-2016,,",
            "397003,Neighbour Primary,Derby,Academy converter,Primary,4,11,,,Vine Schools Trust (demo),90,,,01-09-2017,,",
            "397004,Lookalike Primary,Derby,Academy converter,Primary,4,11,,,Derby Diocesan Academy Trust (demo) Ltd,80,,,01-09-2018,,",
            "397005,Maintained Primary,Derby,Community school,Primary,4,11,,,,70,,,,,");

        using var uploaded = await UploadAsync(admin, file);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var page = await uploaded.DocumentAsync();
        bool Ticked(int urn) => ((IHtmlInputElement)page.QuerySelector($"#urn-{urn}")!).IsChecked;
        Assert.Equal([true, true, false, false, false], new[] { 397001, 397002, 397003, 397004, 397005 }.Select(Ticked));
        Assert.StartsWith("2 establishments have “Derby Diocesan Academy Trust (demo)” as their trust in GIAS", page.QuerySelector("#matching-summary")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Tick all 2 matching this trust", page.QuerySelector("#tick-controls [data-tick=matching]")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll("input[data-matches-trust=true]").Length);

        using var imported = await admin.SubmitAsync(Confirm, page.FieldsOf(Confirm));

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        Assert.Equal([397001, 397002], await factory.InTrustAsync(ddat, db => db.Schools.Where(s => s.Urn >= 397001 && s.Urn <= 397005).OrderBy(s => s.Urn).Select(s => s.Urn).ToListAsync()));
    }

    [Fact]
    public async Task A_school_already_in_the_register_stays_ticked_whatever_its_trust_in_gias()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var file = GiasFiles.Csv(
            GiasFiles.Header,
            "190010,Renamed Demo School,Derby,Academy converter,Primary,4,11,,,Another Trust,100,,,01-09-2015,,",
            "398001,Not Ours Primary,Derby,Academy converter,Primary,4,11,,,Another Trust,100,,,01-09-2015,,");

        var page = await (await UploadAsync(admin, file)).DocumentAsync();

        Assert.True(((IHtmlInputElement)page.QuerySelector("#urn-190010")!).IsChecked);
        Assert.False(((IHtmlInputElement)page.QuerySelector("#urn-398001")!).IsChecked);
        Assert.StartsWith("No establishment in the file has “Derby Diocesan Academy Trust (demo)”", page.QuerySelector("#matching-summary")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        var token = await Browsing.AntiforgeryTokenAsync(client, Import);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "edubasealldata.csv");
        return await client.PostAsync(Import, content);
    }
}
