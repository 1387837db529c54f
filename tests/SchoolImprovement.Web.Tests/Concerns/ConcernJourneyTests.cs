using System.Net;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;
using static SchoolImprovement.Web.Tests.Concerns.ConcernTestData;

namespace SchoolImprovement.Web.Tests.Concerns;

/// <summary>
/// The concern designation through HTTP (DDAT §3, §5): recommend → decline; recommend → designate (marked on the
/// register and profile) → external support requested and approved; exit recommended → the committee's decision.
/// The clock is pinned to the last day of 2026 (a year boundary).
/// </summary>
public sealed class ConcernJourneyTests : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 12, 31);
    private readonly PortalFactory factory;

    public ConcernJourneyTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2026, 12, 31, 15, 0, 0));
    }

    private Task<Guid> DdatAsync() => factory.TrustIdAsync(Browsing.DdatTrust);

    [Fact]
    public async Task The_deputy_ceo_recommends_and_the_ceo_declines_with_reasons_leaving_the_school_unmarked()
    {
        var ddat = await DdatAsync();
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        var form = await deputy.GetDocumentAsync(Recommend(school));
        Assert.Contains("failed to uphold its statutory duty to safeguard its pupils", form.Text(), StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("#ProposedResponse-InterimLocalTrustCommittee"));
        Assert.Null(form.QuerySelector("#ProposedResponse-TrustImprovementBoard"));

        using var recommended = await RecommendAsync(deputy, school, "Safeguarding audit: **three** findings.", nameof(BoardKind.InterimLocalTrustCommittee),
            nameof(ConcernGround.SafeguardingFailure), nameof(ConcernGround.NewlyJoinedGovernanceOrFinance));
        Assert.Equal(HttpStatusCode.Redirect, recommended.StatusCode);
        var id = Guid.Parse(recommended.Headers.Location!.OriginalString.Split('/')[^1]);
        var saved = await CaseAsync(factory, ddat, id);
        Assert.NotNull(saved);
        Assert.Equal(ConcernStatus.Recommended, saved.Status);
        Assert.Equal([ConcernGround.SafeguardingFailure, ConcernGround.NewlyJoinedGovernanceOrFinance], saved.Grounds);
        Assert.Equal(BoardKind.InterimLocalTrustCommittee, saved.ProposedResponse);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Ddat)), saved.RecommendedBy);

        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var casePage = await ceo.GetDocumentAsync(Case(id));
        Assert.Equal("three", casePage.QuerySelector("#evidence strong")?.TextContent);
        Assert.NotNull(casePage.QuerySelector($"form[action='/concerns/{id}/decline']"));

        // Not confirmed: refused on the same page, the reasons kept, nothing saved.
        using var unconfirmed = await PostOnCaseAsync(ceo, id, $"/concerns/{id}/decline", ("Reasons", "The support package is working."));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var again = await unconfirmed.DocumentAsync();
        Assert.Contains("Confirm that you decline", again.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The support package is working.", again.QuerySelector("#DeclineReasons")!.TextContent);
        Assert.Equal(ConcernStatus.Recommended, (await CaseAsync(factory, ddat, id))!.Status);

        // Confirmed without reasons: refused.
        using var noReasons = await PostOnCaseAsync(ceo, id, $"/concerns/{id}/decline", ("Confirm", "true"));
        Assert.Equal(HttpStatusCode.OK, noReasons.StatusCode);
        Assert.Contains("reasons for declining", (await noReasons.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);

        await DoneOnCaseAsync(ceo, id, $"/concerns/{id}/decline", ("Reasons", "The support package is working."), ("Confirm", "true"));

        var declined = await CaseAsync(factory, ddat, id);
        Assert.Equal(ConcernStatus.Declined, declined!.Status);
        Assert.Equal("The support package is working.", declined.DecisionReasons);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat)), declined.DecidedBy);
        Assert.Null((await SchoolAsync(factory, ddat, school)).CausingConcernSince);
        var schoolName = (await SchoolAsync(factory, ddat, school)).Name;
        Assert.Null(RegisterRow(await ceo.GetDocumentAsync("/schools"), schoolName)!.QuerySelector(".causing-concern"));
        var history = (await ceo.GetDocumentAsync(Case(id))).QuerySelector("#history")!.TextContent;
        Assert.Contains("Recommendation declined by the CEO", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_designation_marks_the_school_on_the_register_and_profile_and_external_support_is_approved_by_the_ceo()
    {
        var ddat = await DdatAsync();
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190003);
        var schoolName = (await SchoolAsync(factory, ddat, school)).Name;
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        var id = await RecommendedAsync(deputy, school);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        // Each step a minute after the last, so that the history's order is the order of the steps.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await DoneOnCaseAsync(ceo, id, $"/concerns/{id}/designate", ("Reasons", "Agreed: a RAB."));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var designated = await CaseAsync(factory, ddat, id);
        Assert.Equal(ConcernStatus.Designated, designated!.Status);
        Assert.Equal(Today, designated.DesignatedOn);
        Assert.Null(designated.CommitteeInformedOn);
        Assert.Equal(Today, (await SchoolAsync(factory, ddat, school)).CausingConcernSince);
        Assert.NotNull(RegisterRow(await ceo.GetDocumentAsync("/schools"), schoolName)!.QuerySelector(".causing-concern"));
        var profile = await ceo.GetDocumentAsync($"/schools/{school}");
        Assert.NotNull(profile.QuerySelector("h1 .causing-concern"));
        Assert.NotNull(profile.QuerySelector($"#concern-links a[href='/concerns/{id}']"));
        Assert.Contains("Queued to inform the Education and Standards Committee", (await ceo.GetDocumentAsync(Case(id))).Text(), StringComparison.Ordinal);

        // The governance professional records that the committee was informed.
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        await DoneOnCaseAsync(clerk, id, $"/concerns/{id}/committee-informed", ("InformedOn", "2026-12-31"));
        Assert.Equal(Today, (await CaseAsync(factory, ddat, id))!.CommitteeInformedOn);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        // The officer asks for external support; a request without a cost is refused with the input kept.
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var noCost = await PostOnCaseAsync(officer, id, $"/concerns/{id}/external-support", ("Purpose", "Maths consultant, two days a week"));
        Assert.Equal(HttpStatusCode.OK, noCost.StatusCode);
        Assert.Equal("Maths consultant, two days a week", (await noCost.DocumentAsync()).QuerySelector("#Purpose")!.TextContent);
        Assert.Empty(await SupportAsync(factory, ddat, id));
        await DoneOnCaseAsync(officer, id, $"/concerns/{id}/external-support", ("Purpose", "Maths consultant, two days a week"), ("Provider", "Peak Maths Hub"), ("Cost", "4500.50"));
        var request = Assert.Single(await SupportAsync(factory, ddat, id));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((ExternalSupportStatus.Requested, 4500.50m, school), (request.Status, request.Cost, request.SchoolId));

        // The officer cannot decide it; the CEO approves it.
        var token = await officer.AntiforgeryTokenAsync();
        using var officerDecides = await officer.PostWithTokenAsync($"/external-support/{request.Id}/decide", token, [new("Version", request.Version.ToString()), new("Approved", "true")]);
        Assert.Equal(HttpStatusCode.Forbidden, officerDecides.StatusCode);
        await DoneOnCaseAsync(ceo, id, $"/external-support/{request.Id}/decide", ("Approved", "true"));

        var approved = Assert.Single(await SupportAsync(factory, ddat, id));
        Assert.Equal(ExternalSupportStatus.Approved, approved.Status);
        var history = await CaseAsync(factory, ddat, id);
        Assert.Equal(
            [ConcernEventKind.Recommended, ConcernEventKind.Designated, ConcernEventKind.CommitteeInformed, ConcernEventKind.ExternalSupportRequested, ConcernEventKind.ExternalSupportApproved],
            history!.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.What));
        var page = await ceo.GetDocumentAsync(Case(id));
        Assert.Contains("Approved", page.QuerySelector($"#support-{request.Id} .support-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committee_accepting_the_recommended_exit_ends_the_designation()
    {
        var ddat = await DdatAsync();
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190004);
        var id = await DesignatedAsync(school);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        await DoneOnCaseAsync(ceo, id, $"/concerns/{id}/exit", ("Reasons", "Outcomes above national for two terms."), ("Confirm", "true"));
        Assert.Equal(ConcernStatus.ExitRecommended, (await CaseAsync(factory, ddat, id))!.Status);
        Assert.Equal(Today, (await SchoolAsync(factory, ddat, school)).CausingConcernSince);

        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        await DoneOnCaseAsync(clerk, id, $"/concerns/{id}/exit-decision", ("Accepted", "true"), ("Notes", "Minuted at the spring meeting."));

        var exited = await CaseAsync(factory, ddat, id);
        Assert.Equal(ConcernStatus.Exited, exited!.Status);
        Assert.Equal(Today, exited.ExitedOn);
        Assert.Null((await SchoolAsync(factory, ddat, school)).CausingConcernSince);
        Assert.Null((await ceo.GetDocumentAsync($"/schools/{school}")).QuerySelector("h1 .causing-concern"));
    }

    [Fact]
    public async Task The_committee_rejecting_the_exit_keeps_the_school_causing_concern()
    {
        var ddat = await DdatAsync();
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190005);
        var id = await DesignatedAsync(school);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        await DoneOnCaseAsync(ceo, id, $"/concerns/{id}/exit", ("Reasons", "Improving."), ("Confirm", "true"));

        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        using var noNotes = await PostOnCaseAsync(clerk, id, $"/concerns/{id}/exit-decision", ("Accepted", "false"));
        Assert.Equal(HttpStatusCode.OK, noNotes.StatusCode);
        Assert.Equal(ConcernStatus.ExitRecommended, (await CaseAsync(factory, ddat, id))!.Status);
        await DoneOnCaseAsync(clerk, id, $"/concerns/{id}/exit-decision", ("Accepted", "false"), ("Notes", "Not yet sustained."));

        var kept = await CaseAsync(factory, ddat, id);
        Assert.Equal(ConcernStatus.Designated, kept!.Status);
        Assert.Null(kept.ExitedOn);
        Assert.Equal(Today, (await SchoolAsync(factory, ddat, school)).CausingConcernSince);
        Assert.Contains("Not yet sustained.", (await ceo.GetDocumentAsync(Case(id))).QuerySelector("#history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recommendation_without_grounds_is_refused_with_the_input_kept_and_a_second_open_case_is_refused()
    {
        var ddat = await DdatAsync();
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190006);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);

        using var noGrounds = await deputy.PostFormAsync(Recommend(school), [new("Evidence", "Falling attendance."), new("ProposedResponse", "RaisingAchievementBoard")], Recommend(school));
        Assert.Equal(HttpStatusCode.OK, noGrounds.StatusCode);
        var page = await noGrounds.DocumentAsync();
        Assert.Contains("at least one ground", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Falling attendance.", page.QuerySelector("#Evidence")!.TextContent);
        Assert.NotNull(page.QuerySelector("#ProposedResponse-RaisingAchievementBoard[checked]"));
        Assert.Equal(0, await factory.InTrustAsync(ddat, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ConcernCases, c => c.SchoolId == school)));

        var first = await RecommendedAsync(deputy, school);
        using var second = await RecommendAsync(deputy, school);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already has an open concern case", (await second.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([first], await factory.InTrustAsync(ddat, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.ConcernCases.Where(c => c.SchoolId == school).Select(c => c.Id))));
    }

    private async Task<Guid> DesignatedAsync(Guid school)
    {
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        var id = await RecommendedAsync(deputy, school);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        await DoneOnCaseAsync(ceo, id, $"/concerns/{id}/designate");
        return id;
    }
}
