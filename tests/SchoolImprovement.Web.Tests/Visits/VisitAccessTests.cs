using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Visits;

/// <summary>
/// Who records and answers visits: an officer not linked to the school gets 403 and records nothing; an officer cannot
/// edit or publish another's draft; a headteacher records nothing, and answers only their own school's notes (another
/// school's is 403); the improvement team passes the school but is refused the headteacher's answer; another trust's
/// visit is 404 with a valid antiforgery token and stays unchanged.
/// </summary>
public sealed class VisitAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_officer_not_linked_to_the_school_gets_403_and_records_nothing()
    {
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190007);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var token = await officer.AntiforgeryTokenAsync();

        using var page = await officer.GetAsync($"/schools/{school}/visits/new");
        using var post = await officer.PostWithTokenAsync($"/schools/{school}/visits/new", token, VisitTestData.Fields("2025-10-01", "Not linked"));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await officer.GetDocumentAsync($"/schools/{school}/visits")).QuerySelector("#record-visit"));
        Assert.Equal(0, await factory.InTrustAsync(trust, db => db.ImprovementVisits.CountAsync(v => v.SchoolId == school && v.Purpose == "Not linked")));
    }

    [Fact]
    public async Task An_officer_cannot_read_edit_or_publish_another_persons_draft()
    {
        var (trust, visit, version) = await VisitTestData.VisitAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190001, publish: false, TrustRole.DirectorOfLearning);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var token = await officer.AntiforgeryTokenAsync();

        using var read = await officer.GetAsync($"/visits/{visit}");
        using var edit = await officer.PostWithTokenAsync($"/visits/{visit}/edit", token, [.. VisitTestData.Fields("2025-10-01", "Taken over"), new("Version", version.ToString())]);
        using var publish = await officer.PostWithTokenAsync($"/visits/{visit}/publish", token, [new("Version", version.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        var kept = await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == visit));
        Assert.Equal(VisitStatus.Draft, kept.Status);
        Assert.Equal(version, kept.Version);
        Assert.NotEqual("Taken over", kept.Purpose);
    }

    [Fact]
    public async Task A_headteacher_records_nothing_and_another_schools_headteacher_gets_403_on_its_note()
    {
        var (trust, visit, version) = await VisitTestData.VisitAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190002, publish: true);
        var own = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var token = await head.AntiforgeryTokenAsync();

        using var record = await head.PostWithTokenAsync($"/schools/{own}/visits/new", token, VisitTestData.Fields("2025-10-01", "By the head"));
        using var read = await head.GetAsync($"/visits/{visit}");
        using var respond = await head.PostWithTokenAsync($"/visits/{visit}/response", token, [new("Version", version.ToString()), new("Response", nameof(VisitResponse.Confirmed))]);

        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, respond.StatusCode);
        var kept = await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == visit));
        Assert.Null(kept.Response);
        Assert.Equal(version, kept.Version);
        Assert.Equal(0, await factory.InTrustAsync(trust, db => db.ImprovementVisits.CountAsync(v => v.Purpose == "By the head")));
    }

    [Fact]
    public async Task The_director_of_learning_is_refused_the_headteachers_answer()
    {
        var (trust, visit, version) = await VisitTestData.VisitAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190001, publish: true);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var token = await director.AntiforgeryTokenAsync();

        using var respond = await director.PostWithTokenAsync($"/visits/{visit}/response", token, [new("Version", version.ToString()), new("Response", nameof(VisitResponse.Confirmed))]);

        // The role policy lets only headteachers answer.
        Assert.Equal(HttpStatusCode.Forbidden, respond.StatusCode);
        Assert.Null((await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == visit))).Response);
    }

    [Fact]
    public async Task Another_trusts_visit_is_404_with_a_valid_token_and_stays_unchanged()
    {
        var (vine, draft, draftVersion) = await VisitTestData.VisitAsync(factory, Browsing.VineTrust, Browsing.Vine, 290001, publish: false);
        var (_, published, publishedVersion) = await VisitTestData.VisitAsync(factory, Browsing.VineTrust, Browsing.Vine, 290001, publish: true);
        var vineSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var token = await officer.AntiforgeryTokenAsync();
        var headToken = await head.AntiforgeryTokenAsync();

        using var page = await officer.GetAsync($"/visits/{published}");
        using var schoolPage = await officer.GetAsync($"/schools/{vineSchool}/visits");
        using var record = await officer.PostWithTokenAsync($"/schools/{vineSchool}/visits/new", token, VisitTestData.Fields("2025-10-01", "Cross-trust"));
        using var edit = await officer.PostWithTokenAsync($"/visits/{draft}/edit", token, [.. VisitTestData.Fields("2025-10-01", "Cross-trust"), new("Version", draftVersion.ToString())]);
        using var publish = await officer.PostWithTokenAsync($"/visits/{draft}/publish", token, [new("Version", draftVersion.ToString())]);
        using var respond = await head.PostWithTokenAsync($"/visits/{published}/response", headToken,
            [new("Version", publishedVersion.ToString()), new("Response", nameof(VisitResponse.Disputed)), new("Comment", "Cross-trust")]);

        Assert.All([page, schoolPage, record, edit, publish, respond], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        await factory.InTrustAsync(vine, async db =>
        {
            var keptDraft = await db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == draft);
            Assert.Equal(VisitStatus.Draft, keptDraft.Status);
            Assert.Equal(draftVersion, keptDraft.Version);
            var keptPublished = await db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == published);
            Assert.Null(keptPublished.Response);
            Assert.Equal(publishedVersion, keptPublished.Version);
            Assert.Equal(0, await db.ImprovementVisits.CountAsync(v => v.Purpose == "Cross-trust"));
        });
    }
}
