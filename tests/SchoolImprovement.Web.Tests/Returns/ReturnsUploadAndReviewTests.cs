using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Returns;

/// <summary>
/// Upload by the school's own headteacher, download by the people who work with returns, refusal for everyone
/// else and 404 for the other trust; the linked officer's review and the Director of Learning's moderation.
/// Each test uses its own academic year and term, so they do not see each other's versions.
/// </summary>
public sealed class ReturnsUploadAndReviewTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ReturnsUploadAndReviewTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 10, 5, 10, 0, 0));
    }

    private Task<Guid> DdatSchoolAsync(int urn = 190001) => _factory.SchoolIdAsync(Browsing.DdatTrust, urn);

    private async Task<int> CountAsync(string trust, Guid school) =>
        await _factory.InTrustAsync(await _factory.TrustIdAsync(trust), db => db.ReturnVersions.CountAsync(v => v.SchoolId == school));

    [Fact]
    public async Task The_headteacher_uploads_their_schools_sef_and_the_people_who_work_with_returns_download_it()
    {
        var school = await DdatSchoolAsync();
        using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var bytes = ReturnsTestData.Pdf("Autumn SEF");

        using var uploaded = await head.UploadAsync(school, "Sef", 2025, "Summer", bytes, "Autumn SEF.pdf", tokenPage: $"/schools/{school}/returns");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var id = ReturnsClient.VersionIdFrom(uploaded);
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        var version = await ReturnsTestData.VersionAsync(_factory, ddat, id);
        Assert.NotNull(version);
        Assert.Equal((ReturnDocument.Sef, 2025, Term.Summer, 1), (version.Document, version.Year, version.Term, version.Number));
        Assert.Equal(await _factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat)), version.UploadedBy);

        foreach (var role in new[] { TrustRole.Headteacher, TrustRole.SchoolImprovementOfficer, TrustRole.Ceo, TrustRole.DirectorOfLearning })
        {
            using var client = role == TrustRole.Headteacher ? null : await _factory.SignedInAsAsync(role, Browsing.Ddat);
            using var download = await (client ?? head).GetAsync($"/returns/versions/{id}/download");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("attachment;", HeaderValue(download, "Content-Disposition"), StringComparison.Ordinal);
            Assert.Contains("filename*=UTF-8''Autumn%20SEF.pdf", HeaderValue(download, "Content-Disposition"), StringComparison.Ordinal);
            Assert.Equal("nosniff", HeaderValue(download, "X-Content-Type-Options"));
        }
    }

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    [Fact]
    public async Task Another_schools_headteacher_trustees_and_local_committee_members_are_refused()
    {
        var other = await DdatSchoolAsync(190010);
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        var headId = await _factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var otherVersion = await ReturnsTestData.AddVersionAsync(_factory, ddat, other, headId, ReturnDocument.Sef, 2025, Term.Spring);
        var own = await DdatSchoolAsync();
        var ownVersion = await ReturnsTestData.AddVersionAsync(_factory, ddat, own, headId, ReturnDocument.Sef, 2025, Term.Spring);
        var before = await CountAsync(Browsing.DdatTrust, other);

        using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var upload = await head.UploadAsync(other, "Sef", 2026, "Autumn", ReturnsTestData.Pdf(), "sef.pdf");
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(before, await CountAsync(Browsing.DdatTrust, other));
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/returns/versions/{otherVersion}/download")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/schools/{other}/returns")).StatusCode);

        foreach (var role in new[] { TrustRole.Trustee, TrustRole.LocalCommitteeMember })
        {
            using var client = await _factory.SignedInAsAsync(role, Browsing.Ddat);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/schools/{own}/returns")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/returns/versions/{ownVersion}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/returns/versions/{ownVersion}/download")).StatusCode);
            using var posted = await client.UploadAsync(own, "Sef", 2026, "Autumn", ReturnsTestData.Pdf(), "sef.pdf");
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(before, await CountAsync(Browsing.DdatTrust, other));
    }

    [Fact]
    public async Task The_other_trusts_ids_are_404_and_change_nothing()
    {
        var vine = await _factory.TrustIdAsync(Browsing.VineTrust);
        var vineSchool = await _factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var vineHead = await _factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Vine));
        var vineVersion = await ReturnsTestData.AddVersionAsync(_factory, vine, vineSchool, vineHead, ReturnDocument.Sip, 2025, Term.Summer);
        var before = await CountAsync(Browsing.VineTrust, vineSchool);

        using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var upload = await head.UploadAsync(vineSchool, "Sef", 2026, "Autumn", ReturnsTestData.Pdf(), "sef.pdf");
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);

        using var dl = await _factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var token = await dl.AntiforgeryTokenAsync();
        using var review = await dl.PostWithTokenAsync($"/returns/versions/{vineVersion}/review", token, [new("Outcome", "ChangesRequested"), new("Comments", "From the other trust")]);
        using var moderate = await dl.PostWithTokenAsync($"/returns/versions/{vineVersion}/moderate", token, [new("Outcome", "Moderated")]);
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, moderate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dl.GetAsync($"/returns/versions/{vineVersion}/download")).StatusCode);

        Assert.Equal(before, await CountAsync(Browsing.VineTrust, vineSchool));
        var unchanged = await ReturnsTestData.VersionAsync(_factory, vine, vineVersion);
        Assert.Null(unchanged!.Review);
        Assert.Null(unchanged.Moderation);
    }

    [Fact]
    public async Task Changes_requested_are_answered_with_a_new_version_which_the_officer_marks_reviewed()
    {
        var school = await DdatSchoolAsync();
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var officer = await _factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var first = await head.UploadAsync(school, "Sip", 2026, "Spring", ReturnsTestData.Pdf("SIP 1"), "sip.pdf");
        var v1 = ReturnsClient.VersionIdFrom(first);

        // Changes requested without comments: refused on the same page, nothing recorded.
        using var bare = await officer.PostFormAsync($"/returns/versions/{v1}/review", new Dictionary<string, string> { ["Outcome"] = "ChangesRequested", ["Comments"] = "", ["Version"] = (await ReturnsTestData.VersionAsync(_factory, ddat, v1))!.Version.ToString() }, $"/returns/versions/{v1}");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Contains("Say which changes are needed", (await bare.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Null((await ReturnsTestData.VersionAsync(_factory, ddat, v1))!.Review);

        var fields = (await officer.FieldsAsync($"/returns/versions/{v1}", $"/returns/versions/{v1}/review")).With("Outcome", "ChangesRequested").With("Comments", "Add the Year 6 reading priority.");
        using var requested = await officer.SubmitAsync($"/returns/versions/{v1}/review", fields);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal(ReviewOutcome.ChangesRequested, (await ReturnsTestData.VersionAsync(_factory, ddat, v1))!.Review);

        var page = await head.GetDocumentAsync($"/schools/{school}/returns?year=2026");
        Assert.Equal("ChangesRequested", page.QuerySelector("[data-return='Sip-Spring'] [data-state]")!.GetAttribute("data-state"));
        Assert.Contains("Add the Year 6 reading priority.", page.QuerySelector("[data-return='Sip-Spring']")!.TextContent, StringComparison.Ordinal);

        using var second = await head.UploadAsync(school, "Sip", 2026, "Spring", ReturnsTestData.Pdf("SIP 2"), "sip v2.pdf", note: "Reading priority added to section 2.");
        var v2 = ReturnsClient.VersionIdFrom(second);
        var answer = await ReturnsTestData.VersionAsync(_factory, ddat, v2);
        Assert.Equal(2, answer!.Number);
        Assert.Equal("Reading priority added to section 2.", answer.Note);

        // The first version is no longer open to review; the second is.
        var oldFields = (await officer.GetDocumentAsync($"/returns/versions/{v1}")).QuerySelector("form[action$='/review']");
        Assert.Null(oldFields);
        using var reviewed = await officer.SubmitAsync($"/returns/versions/{v2}/review",
            (await officer.FieldsAsync($"/returns/versions/{v2}", $"/returns/versions/{v2}/review")).With("Outcome", "Reviewed").With("Comments", "Thank you."));
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);

        page = await head.GetDocumentAsync($"/schools/{school}/returns?year=2026");
        Assert.Equal("Reviewed", page.QuerySelector("[data-return='Sip-Spring'] [data-state]")!.GetAttribute("data-state"));
        var rows = page.QuerySelectorAll("[data-return='Sip-Spring'] tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(["Version 2", "Version 1"], rows);
    }

    [Fact]
    public async Task A_second_review_of_a_version_is_refused_and_keeps_the_first()
    {
        var school = await DdatSchoolAsync();
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        var headId = await _factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var id = await ReturnsTestData.AddVersionAsync(_factory, ddat, school, headId, ReturnDocument.Sef, 2024, Term.Autumn);
        using var officer = await _factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var fields = await officer.FieldsAsync($"/returns/versions/{id}", $"/returns/versions/{id}/review");
        using var first = await officer.SubmitAsync($"/returns/versions/{id}/review", fields.With("Outcome", "Reviewed"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await officer.SubmitAsync($"/returns/versions/{id}/review", fields.With("Outcome", "ChangesRequested").With("Comments", "Late change"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(ReviewOutcome.Reviewed, (await ReturnsTestData.VersionAsync(_factory, ddat, id))!.Review);
    }

    [Fact]
    public async Task The_director_of_learning_moderates_a_sip_and_is_refused_for_a_sef()
    {
        var school = await DdatSchoolAsync();
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        var headId = await _factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var sip = await ReturnsTestData.AddVersionAsync(_factory, ddat, school, headId, ReturnDocument.Sip, 2024, Term.Summer);
        var sef = await ReturnsTestData.AddVersionAsync(_factory, ddat, school, headId, ReturnDocument.Sef, 2024, Term.Summer);
        using var dl = await _factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);

        using var needNotes = await dl.SubmitAsync($"/returns/versions/{sip}/moderate",
            (await dl.FieldsAsync($"/returns/versions/{sip}", $"/returns/versions/{sip}/moderate")).With("Outcome", "ChangesNeeded"));
        Assert.Equal(HttpStatusCode.OK, needNotes.StatusCode);
        Assert.Null((await ReturnsTestData.VersionAsync(_factory, ddat, sip))!.Moderation);

        using var moderated = await dl.SubmitAsync($"/returns/versions/{sip}/moderate",
            (await dl.FieldsAsync($"/returns/versions/{sip}", $"/returns/versions/{sip}/moderate")).With("Outcome", "Moderated"));
        Assert.Equal(HttpStatusCode.Redirect, moderated.StatusCode);
        Assert.Equal(ModerationOutcome.Moderated, (await ReturnsTestData.VersionAsync(_factory, ddat, sip))!.Moderation);

        var sefPage = await dl.GetDocumentAsync($"/returns/versions/{sef}");
        Assert.Null(sefPage.QuerySelector("form[action$='/moderate']"));
        var version = (await ReturnsTestData.VersionAsync(_factory, ddat, sef))!.Version;
        using var refused = await dl.PostFormAsync($"/returns/versions/{sef}/moderate", new Dictionary<string, string> { ["Outcome"] = "Moderated", ["Version"] = version.ToString() }, $"/returns/versions/{sef}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Only school improvement plans are moderated", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Null((await ReturnsTestData.VersionAsync(_factory, ddat, sef))!.Moderation);
    }
}
