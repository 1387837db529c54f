using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HeadlineData;

/// <summary>The entry grid: who may enter for which school, ranges, and validated figures (each test uses its own academic year).</summary>
public sealed class HeadlineDataEntryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Edit(Guid school, int year) => $"/schools/{school}/data/{year}/edit";

    [Fact]
    public async Task The_headteacher_enters_figures_for_their_own_school()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var saved = await head.PostFormAsync(Edit(school, 2010), HeadlineDataTestData.RwmCell("64.5", "70"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var figure = Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2010));
        Assert.Equal((Measures.Ks2RwmExpected, PupilGroup.All, 64.5m, 70m), (figure.MeasureKey, figure.Group, figure.Value, figure.Target));
        Assert.Equal(DataState.Submitted, figure.State);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat)), figure.EnteredBy);
        var page = (await head.GetDocumentAsync($"/schools/{school}/data?year=2010")).Text();
        Assert.Contains("64.5%", page, StringComparison.Ordinal);
        Assert.Contains("Submitted", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TrustRole.Headteacher)]
    [InlineData(TrustRole.Trustee)]
    public async Task Another_schools_head_and_a_trustee_are_refused_and_nothing_is_saved(string role)
    {
        var otherSchool = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
        var token = await client.AntiforgeryTokenAsync();

        using var refused = await client.PostWithTokenAsync(Edit(otherSchool, 2011), token, HeadlineDataTestData.RwmCell("50"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await factory.ValuesAsync(Browsing.DdatTrust, otherSchool, 2011));
    }

    [Fact]
    public async Task Another_trusts_school_is_not_found_and_its_figures_are_unchanged()
    {
        var vineSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var before = await factory.FigureAsync(Browsing.VineTrust, Browsing.Vine, vineSchool, 2012, 55m, validated: false);
        using var ddatOfficer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var token = await ddatOfficer.AntiforgeryTokenAsync();

        using var refused = await ddatOfficer.PostWithTokenAsync(Edit(vineSchool, 2012), token, HeadlineDataTestData.RwmCell("99", version: before.Version));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var after = Assert.Single(await factory.ValuesAsync(Browsing.VineTrust, vineSchool, 2012));
        Assert.Equal((55m, before.Version), (after.Value, after.Version));
    }

    [Fact]
    public async Task A_value_out_of_range_is_refused_with_the_reason_on_the_same_page_with_the_input_kept_and_nothing_saved()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var refused = await head.PostFormAsync(Edit(school, 2013), HeadlineDataTestData.RwmCell("101", "70"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("101 is not a percentage between 0 and 100", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var rwm = page.QuerySelectorAll("input[name$='.MeasureKey']").Single(i => i.GetAttribute("value") == Measures.Ks2RwmExpected && i.ParentElement!.QuerySelector("input[name$='.Group']")!.GetAttribute("value") == nameof(PupilGroup.All));
        Assert.Equal("101", rwm.ParentElement!.QuerySelector("input[name$='.Value']")!.GetAttribute("value"));
        Assert.Empty(await factory.ValuesAsync(Browsing.DdatTrust, school, 2013));
    }

    [Fact]
    public async Task A_validated_figure_is_read_only_for_the_headteacher_and_a_change_is_refused()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var figure = await factory.FigureAsync(Browsing.DdatTrust, Browsing.Ddat, school, 2014, 64m, validated: true);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        var form = await head.GetDocumentAsync(Edit(school, 2014));
        Assert.DoesNotContain(form.QuerySelectorAll("input[name$='.MeasureKey']"), i => i.GetAttribute("value") == Measures.Ks2RwmExpected
            && i.ParentElement!.QuerySelector("input[name$='.Group']")!.GetAttribute("value") == nameof(PupilGroup.All));
        using var refused = await head.PostFormAsync(Edit(school, 2014), HeadlineDataTestData.RwmCell("80", version: figure.Version));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("validated by the central team: only they can change it", (await refused.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var after = Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2014));
        Assert.Equal((64m, DataState.Validated, figure.Version), (after.Value, after.State, after.Version));
    }

    [Fact]
    public async Task The_central_team_changes_a_validated_figure_and_the_audit_records_old_and_new()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190003);
        var figure = await factory.FigureAsync(Browsing.DdatTrust, Browsing.Ddat, school, 2015, 64m, validated: true);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);

        using var saved = await director.PostFormAsync(Edit(school, 2015), HeadlineDataTestData.RwmCell("61.5", version: figure.Version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2015));
        Assert.Equal((61.5m, DataState.Validated), (after.Value, after.State));
        var audit = await factory.InTrustAsync(await factory.TrustIdAsync(Browsing.DdatTrust), db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(HeadlineValue) && a.EntityId == figure.Id.ToString() && a.Action == Infrastructure.Auditing.AuditAction.Updated).ToListAsync());
        var change = JsonDocument.Parse(Assert.Single(audit).Changes).RootElement.GetProperty(nameof(HeadlineValue.Value));
        Assert.Equal(64m, change[0].GetDecimal());
        Assert.Equal(61.5m, change[1].GetDecimal());
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Ddat)), audit[0].UserId);
    }

    [Fact]
    public async Task A_figure_saved_by_someone_else_since_the_page_was_loaded_is_a_conflict_and_theirs_is_kept()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var figure = await factory.FigureAsync(Browsing.DdatTrust, Browsing.Ddat, school, 2016, 60m, validated: false);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var conflict = await head.PostFormAsync(Edit(school, 2016), HeadlineDataTestData.RwmCell("70", version: Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.DocumentAsync();
        Assert.Contains("Someone else saved this", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Saved now: 60%", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(60m, Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2016)).Value);
        Assert.Equal(figure.Version, Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2016)).Version);
    }

    [Fact]
    public async Task The_central_team_validates_a_years_submitted_figures_after_confirming()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190004);
        await factory.FigureAsync(Browsing.DdatTrust, Browsing.Ddat, school, 2017, 58m, validated: false);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        var confirm = (await officer.GetDocumentAsync($"/schools/{school}/data/2017/validate")).Text();
        Assert.Contains("1 submitted figures will be marked as validated", confirm, StringComparison.Ordinal);
        using var done = await officer.PostFormAsync($"/schools/{school}/data/2017/validate", []);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2017));
        Assert.Equal(DataState.Validated, after.State);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat)), after.ValidatedBy);
    }

    [Fact]
    public async Task The_headteacher_cannot_validate()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        await factory.FigureAsync(Browsing.DdatTrust, Browsing.Ddat, school, 2018, 58m, validated: false);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var token = await head.AntiforgeryTokenAsync();

        using var refused = await head.PostWithTokenAsync($"/schools/{school}/data/2018/validate", token);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(DataState.Submitted, Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2018)).State);
    }

    [Fact]
    public async Task The_school_data_page_shows_national_beside_each_figure_and_not_published_rather_than_zero()
    {
        var secondary = await factory.SchoolIdAsync(Browsing.DdatTrust, 190006);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);

        var page = await director.GetDocumentAsync($"/schools/{secondary}/data?year=2024");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th,td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var a8 = rows.Single(r => r[0] == "KS4 Attainment 8" && r[2] == "All pupils");
        Assert.Equal("45.9", a8[7]);
        var p8 = rows.Single(r => r[0] == "KS4 Progress 8" && r[2] == "All pupils");
        Assert.StartsWith("Not published", p8[7], StringComparison.Ordinal);
        Assert.Equal("Not entered", p8[3]);
    }
}
