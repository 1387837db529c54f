using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Cycles;

/// <summary>
/// Recording review cycles through HTTP: a development review with its lead and team; a refusal keeps the input; the roles
/// that may not record get 403; another trust's school is 404 with a valid token and nothing is recorded; Vine-only cycles
/// are 404 for DDAT (and absent from its due list); SIAMS preparation is for church schools only; terms of reference
/// reviews are the board managers'.
/// </summary>
public sealed class ReviewCycleRecordingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<KeyValuePair<string, string>> Review(string heldOn = "2026-11-02", string? lead = nameof(ReviewLead.SchoolStaff), string? leadName = "J. Head") =>
    [
        new("HeldOn", heldOn), new("Lead", lead ?? ""), new("LeadName", leadName ?? ""),
        new("TeamMembers", "A. Deputy (Blackwater Vale)\nB. Head (Colne Valley)\n"), new("Notes", "Curriculum **strong**."),
    ];

    private Task<int> CountAsync(Guid trust, Guid? school = null) =>
        factory.InTrustAsync(trust, db => db.ReviewOccurrences.CountAsync(o => school == null || o.SchoolId == school));

    [Fact]
    public async Task An_officer_records_a_development_review_with_its_lead_and_team_and_it_counts_on_the_schools_due_page()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 26, 9, 0, 0));
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var url = $"/schools/{school}/reviews/new?kind=DevelopmentReview";

        using var response = await officer.PostFormAsync(url, Review(), url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.InTrustAsync(vine, db => db.ReviewOccurrences.AsNoTracking().SingleAsync(o => o.SchoolId == school && o.Kind == DueKind.DevelopmentReview));
        Assert.Equal($"/reviews/{saved.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(new DateOnly(2026, 11, 2), saved.HeldOn);
        Assert.Equal(ReviewLead.SchoolStaff, saved.Lead);
        Assert.Equal("J. Head", saved.LeadName);
        Assert.Equal(["A. Deputy (Blackwater Vale)", "B. Head (Colne Valley)"], saved.TeamMembers);
        var page = await officer.GetDocumentAsync($"/reviews/{saved.Id}");
        Assert.Equal(["A. Deputy (Blackwater Vale)", "B. Head (Colne Valley)"], page.QuerySelectorAll("#team li").Select(li => li.TextContent.Trim()));
        Assert.Equal("strong", page.QuerySelector("#notes strong")!.TextContent);

        var due = await officer.GetDocumentAsync($"/schools/{school}/due?within=1100");
        var row = due.QuerySelector("#due tr[data-kind=DevelopmentReview]")!;
        Assert.Contains("02/11/2029", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("02/11/2026", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector(".badge"));
        Assert.NotNull(due.QuerySelector($"#reviews a[href='/reviews/{saved.Id}']"));
    }

    [Fact]
    public async Task A_development_review_without_its_lead_is_refused_with_the_input_kept()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 26, 9, 0, 0));
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var before = await CountAsync(vine, school);
        using var officer = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var url = $"/schools/{school}/reviews/new?kind=DevelopmentReview";

        using var response = await officer.PostFormAsync(url, Review(lead: null, leadName: "Kept Name"), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("Say who led the development review", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Kept Name", page.QuerySelector("#LeadName")!.GetAttribute("value"));
        Assert.Equal("Curriculum **strong**.", page.QuerySelector("#Notes")!.TextContent);
        Assert.Null(page.QuerySelector(".alert-success"));
        Assert.Equal(before, await CountAsync(vine, school));
    }

    [Fact]
    public async Task A_headteacher_or_trustee_cannot_record_a_review()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var before = await CountAsync(vine);
        foreach (var role in new[] { TrustRole.Headteacher, TrustRole.Trustee, TrustRole.GovernanceProfessional })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Vine);
            var token = await client.AntiforgeryTokenAsync();
            using var get = await client.GetAsync($"/schools/{school}/reviews/new?kind=HeadteacherAppraisal");
            using var post = await client.PostWithTokenAsync($"/schools/{school}/reviews/new?kind=HeadteacherAppraisal", token, Review());
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal(before, await CountAsync(vine));
    }

    [Fact]
    public async Task Another_trusts_school_and_review_are_404_with_a_valid_token_and_nothing_is_recorded()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290002);
        var existing = await factory.InTrustAsync(vine, db => db.ReviewOccurrences.Where(o => o.SchoolId == school).Select(o => o.Id).FirstAsync());
        var before = await CountAsync(vine);
        using var ddat = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var token = await ddat.AntiforgeryTokenAsync();

        using var get = await ddat.GetAsync($"/schools/{school}/reviews/new?kind=HeadteacherAppraisal");
        using var post = await ddat.PostWithTokenAsync($"/schools/{school}/reviews/new?kind=HeadteacherAppraisal", token, Review());
        using var page = await ddat.GetAsync($"/reviews/{existing}");
        using var due = await ddat.GetAsync($"/schools/{school}/due");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, due.StatusCode);
        Assert.Equal(before, await CountAsync(vine));
    }

    [Fact]
    public async Task Vine_only_cycles_are_404_for_DDAT_and_absent_from_its_due_list()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        var before = await CountAsync(ddat);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var token = await officer.AntiforgeryTokenAsync();

        foreach (var kind in new[] { DueKind.DevelopmentReview, DueKind.SiamsPreparation, DueKind.HealthCheck, DueKind.TermsOfReferenceReview })
        {
            using var get = await officer.GetAsync($"/schools/{school}/reviews/new?kind={kind}");
            using var post = await officer.PostWithTokenAsync($"/schools/{school}/reviews/new?kind={kind}", token, Review());
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(before, await CountAsync(ddat));
        var list = await officer.GetDocumentAsync("/due?within=1100");
        Assert.NotEmpty(list.QuerySelectorAll("#due tr[data-kind=HeadteacherAppraisal]"));
        Assert.Empty(list.QuerySelectorAll("#due tr[data-kind=DevelopmentReview], #due tr[data-kind=SiamsPreparation]"));
        var schoolDue = await officer.GetDocumentAsync($"/schools/{school}/due");
        Assert.Equal([$"/schools/{school}/reviews/new?kind=HeadteacherAppraisal"], schoolDue.QuerySelectorAll("#record a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task SIAMS_preparation_is_for_church_schools_only()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var community = await factory.InTrustAsync(vine, async db =>
        {
            var made = new School(new SchoolDetails(299901, "Vine Community Primary", "Primary", "Academy converter", "Essex", null, null, 150, new DateOnly(2020, 9, 1)));
            db.Schools.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        var church = await factory.SchoolIdAsync(Browsing.VineTrust, 290003);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/schools/{community}/reviews/new?kind=SiamsPreparation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/schools/{community}/reviews/new?kind=DevelopmentReview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/schools/{church}/reviews/new?kind=SiamsPreparation")).StatusCode);
        var due = await officer.GetDocumentAsync($"/schools/{community}/due?within=1100");
        Assert.Empty(due.QuerySelectorAll("#due tr[data-kind=SiamsPreparation]"));
        Assert.NotEmpty(due.QuerySelectorAll("#due tr[data-kind=DevelopmentReview]"));
    }

    [Fact]
    public async Task Terms_of_reference_reviews_are_recorded_by_board_managers_for_the_profiles_board_kinds_only()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 26, 9, 0, 0));
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var before = await factory.InTrustAsync(ddat, db => db.ReviewOccurrences.CountAsync(o => o.Kind == DueKind.TermsOfReferenceReview));
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var token = await officer.AntiforgeryTokenAsync();
        using var refused = await officer.PostWithTokenAsync("/terms-of-reference/reviews/new?kind=RaisingAchievementBoard", token, Review(lead: null, leadName: null));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.NotFound, (await ceo.GetAsync("/terms-of-reference/reviews/new?kind=TrustImprovementBoard")).StatusCode);
        const string url = "/terms-of-reference/reviews/new?kind=InterimLocalTrustCommittee";
        using var done = await ceo.PostFormAsync(url, Review(lead: null, leadName: null), url);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var saved = await factory.InTrustAsync(ddat, db => db.ReviewOccurrences.AsNoTracking().Where(o => o.Kind == DueKind.TermsOfReferenceReview).OrderByDescending(o => o.RecordedAt).FirstAsync());
        Assert.Equal(before + 1, await factory.InTrustAsync(ddat, db => db.ReviewOccurrences.CountAsync(o => o.Kind == DueKind.TermsOfReferenceReview)));
        Assert.Equal(BoardKind.InterimLocalTrustCommittee, saved.BoardKind);
        Assert.Null(saved.SchoolId);
        var due = await ceo.GetDocumentAsync("/due?within=1100");
        var row = due.QuerySelectorAll("#due tr[data-kind=TermsOfReferenceReview]").Single(r => r.TextContent.Contains("ILTC", StringComparison.Ordinal));
        Assert.Contains("02/11/2027", row.TextContent, StringComparison.Ordinal);

        // The review's page is the trust-wide team's: a headteacher gets 403.
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/reviews/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ceo.GetAsync($"/reviews/{saved.Id}")).StatusCode);

        using var vineGovernance = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Vine);
        Assert.Equal(HttpStatusCode.NotFound, (await vineGovernance.GetAsync("/terms-of-reference/reviews/new?kind=TrustImprovementBoard")).StatusCode);
    }
}
