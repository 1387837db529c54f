using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Tests.ConcernsOverview;

/// <summary>Concern cases, boards and Spotlight projects made through the domain, straight in a trust's database, for the trust view's tests.</summary>
public static class ConcernsOverviewTestData
{
    /// <summary>The school designated causing concern (overall effectiveness) on <paramref name="on"/>, proposed for the trust's first board kind.</summary>
    public static async Task<ConcernCase> DesignateAsync(PortalDbContext db, School school, Guid recommendedBy, Guid decidedBy, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kinds = (await db.PolicyProfiles.SingleAsync()).BoardKinds;
        var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var concern = ConcernCase.Recommend(school, [ConcernGround.OverallEffectiveness], "Outcomes below national for three years.", kinds[0], kinds, false, recommendedBy, at);
        concern.Designate(school, "Agreed.", decidedBy, at, on);
        db.ConcernCases.Add(concern);
        return concern;
    }

    /// <summary>
    /// An ILTC for the case from <paramref name="start"/> (quorum 1, two terms), with one voting member who is the safeguarding link
    /// (so SEND and finance are missing) and a meeting scheduled on <paramref name="meetingOn"/>.
    /// </summary>
    public static (Board Board, BoardMeeting Meeting) FormIltc(PortalDbContext db, ConcernCase concern, AcademicTerm start, DateOnly meetingOn, Guid by)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(concern);
        var now = DateTimeOffset.UtcNow;
        var board = Board.Form(concern.SchoolId, concern.Id, new BoardSettings(BoardKind.InterimLocalTrustCommittee, start, 1, 2, 1), by, now);
        board.AddMember("Overview Member", null, MembershipCategory.CentralExecutiveTeam, [LinkRole.Safeguarding], null, start.FirstDay, now);
        var meeting = BoardMeeting.Schedule(board, meetingOn, [], by, now);
        db.Boards.Add(board);
        db.BoardMeetings.Add(meeting);
        return (board, meeting);
    }

    /// <summary>A Spotlight project opened by hand on <paramref name="openedOn"/>, with a visit on each of <paramref name="visits"/>.</summary>
    public static SpotlightProject OpenSpotlight(PortalDbContext db, Guid school, Guid officer, DateOnly openedOn, DateOnly today, params DateOnly[] visits)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(visits);
        var project = SpotlightProject.Open(school, SpotlightOrigin.ByHand, "Outcomes dropped.", officer, null, "A. Member", openedOn, today);
        db.SpotlightProjects.Add(project);
        foreach (var on in visits)
        {
            db.SpotlightVisits.Add(project.RecordVisit(on, "Strengths.", "Next steps.", null, officer, today, DateTimeOffset.UtcNow));
        }

        return project;
    }
}
