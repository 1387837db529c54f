using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Features.Committee;
using SchoolImprovement.Web.Tests.BoardMeetings;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// The clerk records, on the meeting's decisions page, the committee's outcome on each item of its published pack, one at a
/// time, and each flows back to the record it came from through that record's own rule: a board's recommendation accepted
/// or rejected, a chair's urgent decision ratified or not, a recommended exit accepted (the designation ends, the school's
/// mark is cleared, the board sitting for it ends), a designation noted (the committee informed). A deferred item stays
/// pending and comes back in the next pack's context with the reason. One outcome per item per meeting; only the clerk
/// records; another trust's meeting is 404 and its records unchanged.
/// </summary>
public abstract class CommitteeDecisionsFlowBackTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private static readonly DateOnly MeetingOn = new(2026, 11, 20);
    private bool _pinned;

    /// <summary>The portal, its clock pinned to the meeting day's evening on first use in a test.</summary>
    private PortalFactory Factory
    {
        get
        {
            var portal = fixture.Portal;
            if (!_pinned)
            {
                portal.Clock.PinUk(new DateTime(2026, 11, 20, 17, 0, 0));
                _pinned = true;
            }

            return portal;
        }
    }

    private static string Page(Guid meeting) => $"/committee/meetings/{meeting}/decisions";

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid meeting, PackItem item, CommitteeOutcome outcome, string reason = "") =>
        client.PostFormAsync(Page(meeting), new()
        {
            ["ItemKind"] = item.Kind.ToString(), ["ItemId"] = item.ItemId.ToString(), ["Outcome"] = outcome.ToString(), ["Reason"] = reason,
        }, Page(meeting));

    private static async Task RecordedAsync(HttpClient client, Guid meeting, PackItem item, CommitteeOutcome outcome, string reason = "")
    {
        using var response = await RecordAsync(client, meeting, item, outcome, reason);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{item.Kind} {outcome}: {(int)response.StatusCode} {(await response.DocumentAsync()).QuerySelector(".alert-danger")?.TextContent}");
        Assert.Equal(Page(meeting), response.Headers.Location!.OriginalString);
    }

    private static IElement Item(IDocument page, PackItem item) =>
        page.QuerySelector($"#item-{item.Kind}-{item.ItemId:N}") ?? throw new InvalidOperationException($"No {item.Kind} {item.ItemId} on the page: {page.Text()}");

    [SkippableFact]
    public async Task Recommendations_accepted_and_rejected_flow_back_to_the_board()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190002);
        var accepted = await data.RecommendationAsync("Commission an external review of reading.");
        var rejected = await data.RecommendationAsync("Fund a second maths lead.");
        var meeting = await data.PublishedMeetingAsync(MeetingOn, accepted, rejected);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        var before = await clerk.GetDocumentAsync(Page(meeting));
        Assert.NotNull(Item(before, accepted).QuerySelector("form"));
        Assert.Equal(new[] { "Accepted", "Rejected", "Deferred" }, Item(before, accepted).QuerySelectorAll("input[name=Outcome]").Select(i => i.GetAttribute("value")!));
        await RecordedAsync(clerk, meeting, accepted, CommitteeOutcome.Accepted);
        await RecordedAsync(clerk, meeting, rejected, CommitteeOutcome.Rejected, "Not affordable this year.");

        var clerkId = await Factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, Browsing.Ddat));
        var a = await data.InTrustAsync(db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == accepted.ItemId));
        var r = await data.InTrustAsync(db => db.BoardRecommendations.AsNoTracking().SingleAsync(x => x.Id == rejected.ItemId));
        Assert.Equal((RecommendationStatus.Accepted, (DateOnly?)MeetingOn, (Guid?)clerkId), (a.Status, a.CommitteeDecidedOn, a.CommitteeRecordedBy));
        Assert.Equal((RecommendationStatus.Rejected, (DateOnly?)MeetingOn, "Not affordable this year."), (r.Status, r.CommitteeDecidedOn, r.CommitteeNotes));
        var decisions = await data.InTrustAsync(db => db.CommitteeDecisions.AsNoTracking().Where(d => d.MeetingId == meeting).OrderBy(d => d.Outcome).ToListAsync());
        Assert.Equal(new[] { (accepted.ItemId, CommitteeOutcome.Accepted), (rejected.ItemId, CommitteeOutcome.Rejected) }, decisions.Select(d => (d.ItemId, d.Outcome)));
        Assert.All(decisions, d => Assert.Equal((clerkId, data.SchoolId), (d.RecordedBy, d.SchoolId)));

        var after = await clerk.GetDocumentAsync(Page(meeting));
        Assert.Null(Item(after, accepted).QuerySelector("form"));
        Assert.Equal("Accepted", Item(after, accepted).GetAttribute("data-outcome"));
        Assert.Contains("Not affordable this year.", Item(after, rejected).QuerySelector(".reason")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Every item has an outcome.", after.QuerySelector("#outstanding")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Urgent_decisions_ratified_and_not_ratified_flow_back_to_the_chairs_decision()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190003);
        var ratified = await data.UrgentDecisionAsync("Appoint an interim head of maths.");
        var notRatified = await data.UrgentDecisionAsync("Buy a new phonics scheme.");
        var meeting = await data.PublishedMeetingAsync(MeetingOn, ratified, notRatified);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        await RecordedAsync(clerk, meeting, ratified, CommitteeOutcome.Ratified);
        await RecordedAsync(clerk, meeting, notRatified, CommitteeOutcome.NotRatified, "Needs a quote first.");

        var yes = await data.InTrustAsync(db => db.UrgentDecisions.AsNoTracking().SingleAsync(d => d.Id == ratified.ItemId));
        var no = await data.InTrustAsync(db => db.UrgentDecisions.AsNoTracking().SingleAsync(d => d.Id == notRatified.ItemId));
        Assert.Equal((UrgentDecisionStatus.Ratified, (DateOnly?)MeetingOn), (yes.Status, yes.RatifiedOn));
        Assert.Equal((UrgentDecisionStatus.NotRatified, (DateOnly?)MeetingOn, "Needs a quote first."), (no.Status, no.RatifiedOn, no.Notes));
    }

    [SkippableFact]
    public async Task An_accepted_exit_ends_the_designation_clears_the_schools_mark_and_ends_its_board()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190004);
        var (exit, caseBoard) = await data.ExitRecommendedAsync();
        var meeting = await data.PublishedMeetingAsync(MeetingOn, exit);
        Assert.NotNull((await data.SchoolAsync()).CausingConcernSince);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        await RecordedAsync(clerk, meeting, exit, CommitteeOutcome.Accepted);

        var concern = await data.InTrustAsync(db => db.ConcernCases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == exit.ItemId));
        Assert.Equal((ConcernStatus.Exited, (DateOnly?)MeetingOn), (concern.Status, concern.ExitedOn));
        Assert.Contains(concern.Events, e => e.What == ConcernEventKind.ExitAccepted);
        Assert.Null((await data.SchoolAsync()).CausingConcernSince);
        Assert.Equal(BoardStatus.Ended, await data.InTrustAsync(db => db.Boards.Where(b => b.Id == caseBoard).Select(b => b.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_rejected_exit_keeps_the_school_designated()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190005);
        var (exit, caseBoard) = await data.ExitRecommendedAsync();
        var meeting = await data.PublishedMeetingAsync(MeetingOn, exit);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        await RecordedAsync(clerk, meeting, exit, CommitteeOutcome.Rejected, "One more term of data first.");

        Assert.Equal(ConcernStatus.Designated, await data.InTrustAsync(db => db.ConcernCases.Where(c => c.Id == exit.ItemId).Select(c => c.Status).SingleAsync()));
        Assert.NotNull((await data.SchoolAsync()).CausingConcernSince);
        Assert.Equal(BoardStatus.Active, await data.InTrustAsync(db => db.Boards.Where(b => b.Id == caseBoard).Select(b => b.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_noted_designation_records_that_the_committee_was_informed()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190006);
        var designation = await data.DesignatedAsync();
        var meeting = await data.PublishedMeetingAsync(MeetingOn, designation);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        Assert.Equal(new[] { "Noted" }, Item(await clerk.GetDocumentAsync(Page(meeting)), designation).QuerySelectorAll("input[name=Outcome]").Select(i => i.GetAttribute("value")!));

        await RecordedAsync(clerk, meeting, designation, CommitteeOutcome.Noted);

        Assert.Equal(MeetingOn, await data.InTrustAsync(db => db.ConcernCases.Where(c => c.Id == designation.ItemId).Select(c => c.CommitteeInformedOn).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_deferred_item_stays_pending_comes_back_in_the_next_packs_context_and_is_decided_there()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190002);
        var item = await data.RecommendationAsync("Commission a curriculum review.");
        var meeting = await data.PublishedMeetingAsync(MeetingOn, item);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        await RecordedAsync(clerk, meeting, item, CommitteeOutcome.Deferred, "Awaiting the summer results.");

        var recommendation = await data.InTrustAsync(db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == item.ItemId));
        Assert.Equal((RecommendationStatus.Pending, (DateOnly?)null), (recommendation.Status, recommendation.CommitteeDecidedOn));
        var next = new DateOnly(2027, 3, 10);
        var deferred = await data.InTrustAsync(db => new CommitteeDeferralQueries(db).BeforeAsync(next, CancellationToken.None));
        Assert.Equal("Deferred on 20 November 2026: Awaiting the summer results.", deferred[item.ItemId]);
        var sameDay = await data.InTrustAsync(db => new CommitteeDeferralQueries(db).BeforeAsync(MeetingOn, CancellationToken.None));
        Assert.False(sameDay.ContainsKey(item.ItemId));

        Factory.Clock.PinUk(new DateTime(2027, 3, 10, 17, 0, 0));
        try
        {
            using var nextClerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
            var nextMeeting = await data.PublishedMeetingAsync(next, item with { Context = deferred[item.ItemId] });
            Assert.Contains("Deferred on 20 November 2026", Item(await nextClerk.GetDocumentAsync(Page(nextMeeting)), item).TextContent, StringComparison.Ordinal);
            await RecordedAsync(nextClerk, nextMeeting, item, CommitteeOutcome.Accepted);
            var decided = await data.InTrustAsync(db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == item.ItemId));
            Assert.Equal((RecommendationStatus.Accepted, (DateOnly?)next), (decided.Status, decided.CommitteeDecidedOn));
        }
        finally
        {
            Factory.Clock.PinUk(new DateTime(2026, 11, 20, 17, 0, 0));
        }
    }

    [SkippableFact]
    public async Task A_deferral_without_a_reason_is_refused_on_the_same_page_with_the_choice_kept()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190002);
        var item = await data.RecommendationAsync("Commission a behaviour review.");
        var meeting = await data.PublishedMeetingAsync(MeetingOn, item);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        using var response = await RecordAsync(clerk, meeting, item, CommitteeOutcome.Deferred);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Contains("Give the committee's reason", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Deferred", Item(page, item).QuerySelector("input[name=Outcome][checked]")!.GetAttribute("value"));
        Assert.Equal(0, await data.InTrustAsync(db => db.CommitteeDecisions.CountAsync(d => d.MeetingId == meeting)));
        Assert.Equal(RecommendationStatus.Pending, await data.InTrustAsync(db => db.BoardRecommendations.Where(r => r.Id == item.ItemId).Select(r => r.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_second_outcome_on_the_same_item_is_refused_and_the_first_stands()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190002);
        var item = await data.RecommendationAsync("Commission an attendance review.");
        var meeting = await data.PublishedMeetingAsync(MeetingOn, item);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        await RecordedAsync(clerk, meeting, item, CommitteeOutcome.Accepted);

        using var again = await RecordAsync(clerk, meeting, item, CommitteeOutcome.Rejected, "Changed our minds.");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already been recorded for this meeting: accepted", (await again.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var decision = Assert.Single(await data.InTrustAsync(db => db.CommitteeDecisions.AsNoTracking().Where(d => d.MeetingId == meeting).ToListAsync()));
        Assert.Equal(CommitteeOutcome.Accepted, decision.Outcome);
        var recommendation = await data.InTrustAsync(db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == item.ItemId));
        Assert.Equal((RecommendationStatus.Accepted, (string?)null), (recommendation.Status, recommendation.CommitteeNotes));
    }

    [SkippableFact]
    public async Task Outcomes_are_not_recorded_before_the_meeting_day()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190002);
        var item = await data.RecommendationAsync("Commission a governance review.");
        var meeting = await data.PublishedMeetingAsync(MeetingOn.AddDays(7), item);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        var page = await clerk.GetDocumentAsync(Page(meeting));
        using var early = await RecordAsync(clerk, meeting, item, CommitteeOutcome.Accepted);

        Assert.Null(Item(page, item).QuerySelector("form"));
        Assert.NotNull(page.QuerySelector("#not-yet"));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("27 November 2026", (await early.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Pending, await data.InTrustAsync(db => db.BoardRecommendations.Where(r => r.Id == item.ItemId).Select(r => r.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task Only_the_clerk_records_outcomes_a_trustee_reads_them_and_a_builder_is_refused()
    {
        var data = await CommitteeFlowData.CreateAsync(Factory, Browsing.DdatTrust, Browsing.Ddat, 190002);
        var item = await data.RecommendationAsync("Commission a safeguarding audit.");
        var meeting = await data.PublishedMeetingAsync(MeetingOn, item);
        using var ceo = await Factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var trustee = await Factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        using var head = await Factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        var trusteePage = await trustee.GetDocumentAsync(Page(meeting));
        using var byCeo = await RecordAsync(ceo, meeting, item, CommitteeOutcome.Accepted);
        using var byTrustee = await trustee.PostWithTokenAsync(Page(meeting), await trustee.AntiforgeryTokenAsync(),
            [new("ItemKind", item.Kind.ToString()), new("ItemId", item.ItemId.ToString()), new("Outcome", nameof(CommitteeOutcome.Accepted))]);
        using var headGet = await head.GetAsync(Page(meeting));

        Assert.Contains("Commission a safeguarding audit.", Item(trusteePage, item).TextContent, StringComparison.Ordinal);
        Assert.Null(Item(trusteePage, item).QuerySelector("form"));
        Assert.Equal(HttpStatusCode.Forbidden, byCeo.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byTrustee.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, headGet.StatusCode);
        Assert.Equal(0, await data.InTrustAsync(db => db.CommitteeDecisions.CountAsync(d => d.MeetingId == meeting)));
        Assert.Equal(RecommendationStatus.Pending, await data.InTrustAsync(db => db.BoardRecommendations.Where(r => r.Id == item.ItemId).Select(r => r.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task Another_trusts_meeting_is_404_with_a_valid_token_and_its_record_is_unchanged()
    {
        var vine = await CommitteeFlowData.CreateAsync(Factory, Browsing.VineTrust, Browsing.Vine, 290002);
        var item = await vine.RecommendationAsync("Vine: commission a reading review.");
        var meeting = await vine.PublishedMeetingAsync(MeetingOn, item);
        using var clerk = await Factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var token = await clerk.AntiforgeryTokenAsync();

        using var get = await clerk.GetAsync(Page(meeting));
        using var post = await clerk.PostWithTokenAsync(Page(meeting), token,
            [new("ItemKind", item.Kind.ToString()), new("ItemId", item.ItemId.ToString()), new("Outcome", nameof(CommitteeOutcome.Accepted)), new("Reason", "")]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var recommendation = await vine.InTrustAsync(db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == item.ItemId));
        Assert.Equal((RecommendationStatus.Pending, (DateOnly?)null, (Guid?)null), (recommendation.Status, recommendation.CommitteeDecidedOn, recommendation.CommitteeRecordedBy));
        Assert.Equal(0, await vine.InTrustAsync(db => db.CommitteeDecisions.CountAsync()));
    }
}

public sealed class SqliteCommitteeDecisionsFlowBackTests(SqlitePortal fixture) : CommitteeDecisionsFlowBackTests<SqlitePortal>(fixture);

public sealed class PostgresCommitteeDecisionsFlowBackTests(PostgresPortal fixture) : CommitteeDecisionsFlowBackTests<PostgresPortal>(fixture);

/// <summary>
/// Records of one trust for the committee decision tests, made directly in the database: a RAB on a school (the demo
/// Deputy CEO chairs it) with a held, quorate meeting for recommendations; the chair's urgent decisions; concern cases
/// designated or with exit recommended (and a board sitting for the case); and committee meetings with a published pack
/// holding the given items.
/// </summary>
internal sealed class CommitteeFlowData
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly BoardMeetingOn = new(2026, 10, 15);
    private readonly PortalFactory _portal;
    private readonly string _trustPrefix;
    private readonly string _domain;
    private readonly int _urn;
    private readonly Guid _chairUser;
    private readonly string _schoolName;

    private CommitteeFlowData(PortalFactory portal, string trustPrefix, string domain, int urn, Guid trustId, Guid schoolId, Guid chairUser, string schoolName)
    {
        _portal = portal;
        _trustPrefix = trustPrefix;
        _domain = domain;
        _urn = urn;
        TrustId = trustId;
        SchoolId = schoolId;
        _chairUser = chairUser;
        _schoolName = schoolName;
    }

    public Guid TrustId { get; }

    public Guid SchoolId { get; }

    public static async Task<CommitteeFlowData> CreateAsync(PortalFactory portal, string trustPrefix, string domain, int urn)
    {
        var trust = await portal.TrustIdAsync(trustPrefix);
        var school = await portal.SchoolIdAsync(trustPrefix, urn);
        var chair = await portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DeputyCeo, domain));
        var name = await portal.InTrustAsync(trust, db => db.Schools.Where(s => s.Id == school).Select(s => s.Name).SingleAsync());
        return new CommitteeFlowData(portal, trustPrefix, domain, urn, trust, school, chair, name);
    }

    /// <summary>The school's RAB (chaired by the demo Deputy CEO) and its held, quorate meeting of 15 October 2026: made once per school, then reused.</summary>
    private async Task<(Guid Board, Guid Meeting)> RabAsync()
    {
        var existing = await InTrustAsync(db => db.Boards
            .Where(b => b.SchoolId == SchoolId && b.ConcernCaseId == null && b.Status == BoardStatus.Active)
            .Select(b => new { b.Id, Meeting = db.BoardMeetings.Where(m => m.BoardId == b.Id && m.ScheduledOn == BoardMeetingOn).Select(m => m.Id).Single() })
            .SingleOrDefaultAsync());
        if (existing is not null)
        {
            return (existing.Id, existing.Meeting);
        }

        var board = await MeetingTestData.RabAsync(_portal, _trustPrefix, _domain, _urn);
        return (board.BoardId, await MeetingTestData.MeetingAsync(_portal, board, BoardMeetingOn, board.Chair, board.Director, board.Officer));
    }

    public Task<T> InTrustAsync<T>(Func<Infrastructure.Persistence.PortalDbContext, Task<T>> work) => _portal.InTrustAsync(TrustId, work);

    public Task<Domain.Schools.School> SchoolAsync() => InTrustAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Id == SchoolId));

    private PackItem Item(CommitteeItemKind kind, Guid id, string text) => new(kind, id, SchoolId, _schoolName, text, null);

    /// <summary>A recommendation of the board's held, quorate meeting of 15 October 2026, pending the committee.</summary>
    public async Task<PackItem> RecommendationAsync(string text)
    {
        var (_, boardMeeting) = await RabAsync();
        var id = await InTrustAsync(async db =>
        {
            var meeting = await db.BoardMeetings.SingleAsync(m => m.Id == boardMeeting);
            var recommendation = BoardRecommendation.Make(meeting, text, _chairUser, At.AddDays(15));
            db.BoardRecommendations.Add(recommendation);
            await db.SaveChangesAsync();
            return recommendation.Id;
        });
        return Item(CommitteeItemKind.Recommendation, id, text);
    }

    /// <summary>The chair's urgent decision of 3 November 2026, awaiting ratification.</summary>
    public async Task<PackItem> UrgentDecisionAsync(string text)
    {
        var (boardId, _) = await RabAsync();
        var id = await InTrustAsync(async db =>
        {
            var board = await db.Boards.Include(b => b.Members).Include(b => b.Extensions).SingleAsync(b => b.Id == boardId);
            var decision = UrgentDecision.Take(board, text, new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 3), _chairUser, At.AddDays(33));
            db.UrgentDecisions.Add(decision);
            await db.SaveChangesAsync();
            return decision.Id;
        });
        return Item(CommitteeItemKind.UrgentDecision, id, text);
    }

    /// <summary>A case designated on 1 October 2026, the committee not yet informed.</summary>
    public async Task<PackItem> DesignatedAsync()
    {
        var id = await InTrustAsync(async db => (await DesignateAsync(db)).Id);
        return Item(CommitteeItemKind.Designation, id, "Designated as causing concern.");
    }

    /// <summary>A designated case (the committee informed) whose exit the CEO recommended, with a RAB sitting for it.</summary>
    public async Task<(PackItem Item, Guid Board)> ExitRecommendedAsync()
    {
        var (id, board) = await InTrustAsync(async db =>
        {
            var concern = await DesignateAsync(db);
            concern.RecordCommitteeInformed(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 2), _chairUser, At.AddDays(1));
            concern.RecommendExit("Outcomes recovered for two terms.", _chairUser, At.AddDays(40));
            var board = Board.Form(SchoolId, concern.Id, new BoardSettings(BoardKind.RaisingAchievementBoard, new AcademicTerm(new AcademicYear(2026), Term.Autumn), 3, 2, 1, 1, "Clerk"), _chairUser, At);
            db.Boards.Add(board);
            await db.SaveChangesAsync();
            return (concern.Id, board.Id);
        });
        return (Item(CommitteeItemKind.Exit, id, "Exit recommended."), board);
    }

    private async Task<ConcernCase> DesignateAsync(Infrastructure.Persistence.PortalDbContext db)
    {
        var school = await db.Schools.SingleAsync(s => s.Id == SchoolId);
        var concern = ConcernCase.Recommend(
            school, [ConcernGround.OverallEffectiveness], "Two years of falling outcomes.", BoardKind.RaisingAchievementBoard, [BoardKind.RaisingAchievementBoard], false, _chairUser, At);
        concern.Designate(school, "Agreed.", _chairUser, At, new DateOnly(2026, 10, 1));
        db.ConcernCases.Add(concern);
        await db.SaveChangesAsync();
        return concern;
    }

    /// <summary>A committee meeting on <paramref name="on"/> with version 1 of its pack published, holding these items.</summary>
    public Task<Guid> PublishedMeetingAsync(DateOnly on, params PackItem[] items) =>
        CommitteePackTestSupport.PublishedMeetingAsync(_portal, TrustId, _chairUser, on, items);
}

/// <summary>A committee meeting with version 1 of its pack published, made directly in the database for the decision tests.</summary>
internal static class CommitteePackTestSupport
{
    /// <param name="by">A person of the trust, who scheduled the meeting and published the pack.</param>
    public static Task<Guid> PublishedMeetingAsync(PortalFactory portal, Guid trust, Guid by, DateOnly on, IReadOnlyList<PackItem> items)
    {
        var content = new PackContent("Test trust", on, new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), null,
        [
            .. items.GroupBy(i => i.Kind).Select(g => new PackSection(Section(g.Key), Section(g.Key).Title(), $"{g.Count()} items.", [], [.. g], [], [])),
        ]);
        return portal.InTrustAsync(trust, async db =>
        {
            var scheduledOn = on.AddDays(-60);
            var meeting = CommitteeMeeting.Schedule(on, false, by, scheduledOn, new DateTimeOffset(scheduledOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            var pack = CommitteePack.Publish(meeting, content, null, by, new DateTimeOffset(on.AddDays(-7).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            db.CommitteeMeetings.Add(meeting);
            db.CommitteePacks.Add(pack);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    private static PackSectionKind Section(CommitteeItemKind kind) => kind switch
    {
        CommitteeItemKind.Recommendation => PackSectionKind.Recommendations,
        CommitteeItemKind.UrgentDecision => PackSectionKind.UrgentDecisions,
        CommitteeItemKind.Exit => PackSectionKind.Exits,
        _ => PackSectionKind.SchoolsCausingConcern,
    };
}
