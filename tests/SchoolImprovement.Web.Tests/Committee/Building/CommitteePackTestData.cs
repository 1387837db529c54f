using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Features.Committee;
using SchoolImprovement.Web.Tests.ConcernsOverview;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee.Building;

/// <summary>Records for the committee pack builder's tests, made through the domain straight in a trust's database, and the builder run in a trust scope.</summary>
public static class CommitteePackTestData
{
    /// <summary>The day the tests pin the clock to (UK, 9am) and the meeting the packs are built for.</summary>
    public static readonly DateOnly Today = new(2026, 11, 20);
    public static readonly DateOnly MeetingOn = new(2026, 12, 2);

    public static readonly IReadOnlyDictionary<Guid, string> NoDeferrals = new Dictionary<Guid, string>();

    /// <summary>The pack content for the trust, built as the meetings' handlers build it (a trust scope, the registered builder).</summary>
    public static async Task<PackContent> BuildAsync(PortalFactory portal, Guid trust, PackContent? previous = null, IReadOnlyDictionary<Guid, string>? deferred = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateTrustScope(trust, "committee pack test");
        var builder = scope.ServiceProvider.GetRequiredService<ICommitteePackBuilder>();
        return await builder.BuildAsync(new PackBuildContext(MeetingOn, previous, deferred ?? NoDeferrals), CancellationToken.None);
    }

    public sealed record People(Guid Deputy, Guid Ceo, Guid Officer);

    public static async Task<People> DdatPeopleAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return new People(
            await portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Ddat)),
            await portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat)),
            await portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat)));
    }

    /// <summary>An open school that joined in September 2024 (so its first health check is overdue) and has returned nothing.</summary>
    public static School AddSchool(PortalDbContext db, int urn, string name, string phase = "Primary")
    {
        ArgumentNullException.ThrowIfNull(db);
        var school = new School(new SchoolDetails(urn, name, phase, "Academy converter", "Derbyshire", null, null, 200, new DateOnly(2024, 9, 1)));
        db.Schools.Add(school);
        return school;
    }

    public sealed record BoardRecords(ConcernCase Concern, Board Board, BoardMeeting Meeting, BoardRecommendation Recommendation, UrgentDecision Decision);

    /// <summary>
    /// The school designated on 1 October 2026 (the committee not yet told), with a RAB formed for the autumn term that met,
    /// quorate, on 15 October 2026 with its key findings, made a recommendation there, and whose chair took an urgent decision
    /// on 5 November 2026.
    /// </summary>
    public static async Task<BoardRecords> DesignateWithBoardAsync(PortalDbContext db, School school, People people, string findings, string recommendation, string decision)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(people);
        var concern = await ConcernsOverviewTestData.DesignateAsync(db, school, people.Deputy, people.Ceo, new DateOnly(2026, 10, 1));
        var now = DateTimeOffset.UtcNow;
        var start = new AcademicTerm(new AcademicYear(2026), Term.Autumn);
        var board = Board.Form(school.Id, concern.Id, new BoardSettings(BoardKind.RaisingAchievementBoard, start, 1, 2, 1), people.Ceo, now);
        var member = board.AddMember("Pack Chair", people.Ceo, MembershipCategory.CentralExecutiveTeam, [], null, start.FirstDay, now);
        board.SetChair(member.Id, now);
        var meeting = BoardMeeting.Schedule(board, new DateOnly(2026, 10, 15), [], people.Ceo, now);
        meeting.RecordAttendance(board, [member.Id], Today, people.Ceo, now);
        meeting.RecordMinutes([], "Minutes of the meeting.", findings, people.Ceo, now);
        var made = BoardRecommendation.Make(meeting, recommendation, people.Ceo, now);
        var urgent = UrgentDecision.Take(board, decision, new DateOnly(2026, 11, 5), Today, people.Ceo, now);
        db.Boards.Add(board);
        db.BoardMeetings.Add(meeting);
        db.BoardRecommendations.Add(made);
        db.UrgentDecisions.Add(urgent);
        return new BoardRecords(concern, board, meeting, made, urgent);
    }

    /// <summary>The school designated on 1 September 2026 and its exit recommended by the CEO on 10 November 2026.</summary>
    public static async Task<ConcernCase> ExitRecommendedAsync(PortalDbContext db, School school, People people, string reasons)
    {
        ArgumentNullException.ThrowIfNull(people);
        var concern = await ConcernsOverviewTestData.DesignateAsync(db, school, people.Deputy, people.Ceo, new DateOnly(2026, 9, 1));
        concern.RecommendExit(reasons, people.Ceo, new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero));
        return concern;
    }

    /// <summary>A 2024/25 KS2 reading, writing and maths figure, with a target.</summary>
    public static void AddKs2Figure(PortalDbContext db, Guid school, decimal value, decimal target, Guid by)
    {
        ArgumentNullException.ThrowIfNull(db);
        var measure = Measures.All.Single(m => m.Key == Measures.Ks2RwmExpected);
        db.HeadlineValues.Add(HeadlineValue.Submit(school, 2024, HeadlineValue.WholeYear, measure, PupilGroup.All, value, target, DataSource.StatutoryResult, by, DateTimeOffset.UtcNow));
    }

    /// <summary>The school's allocation for 2026/27 with the Vine numbers, led by <paramref name="officer"/>.</summary>
    public static DayAllocation AddAllocation(PortalDbContext db, Guid school, Guid officer)
    {
        ArgumentNullException.ThrowIfNull(db);
        var allocation = DayAllocation.Set(school, new AcademicYear(2026), officer, 7.5m, 1m, 9m, AllocationTestData.VinePolicy, DateTimeOffset.UtcNow);
        db.DayAllocations.Add(allocation);
        return allocation;
    }

    public static PackRow? RowOf(PackSection? section, Guid school) => section?.Tables.SelectMany(t => t.Rows).FirstOrDefault(r => r.SchoolId == school);

    public static async Task<Guid> SchoolIdAsync(PortalDbContext db, int urn) => await db.Schools.Where(s => s.Urn == urn).Select(s => s.Id).SingleAsync();
}
