using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.DataDashboards;

namespace SchoolImprovement.Web.Features.BoardMeetings;

/// <summary>A board member on the attendance list: voting or not, and whether recorded as present.</summary>
public sealed record MeetingMemberRow(Guid Id, string Name, string Category, bool IsVoting, bool IsChair, bool Present);

/// <summary>One standard of the agenda: the school's latest validated data it reads, and the meeting's notes on it.</summary>
public sealed record AgendaItem(AgendaStandard Standard, string Label, IReadOnlyList<LatestResult> Data, bool ReadsData, string? Note);

public sealed record OpenActionRow(Guid Id, string Title, string? Owner, DateOnly DueOn, string Status, bool Overdue);

public sealed record RecommendationRow(
    Guid Id, Guid Version, string Text, RecommendationStatus Status, string RecordedBy, DateTime RecordedAt, DateOnly? CommitteeDecidedOn, string? CommitteeNotes);

/// <summary>The input a form had when the page is shown again after a refusal or conflict (only one is ever set).</summary>
public sealed record MeetingForms(
    AttendanceForm? Attendance = null, MinutesForm? Minutes = null, RecommendationForm? Recommendation = null, Guid? DecisionFor = null, CommitteeDecisionForm? Decision = null);

/// <summary>A board meeting: attendance and quorum, the agenda by standard with the school's data and open actions, minutes, findings and recommendations.</summary>
public sealed record BoardMeetingPage(
    Guid Id,
    Guid Version,
    Guid BoardId,
    string BoardLabel,
    Guid SchoolId,
    string SchoolName,
    DateOnly ScheduledOn,
    BoardMeetingStatus Status,
    bool? Quorate,
    int? VotingPresent,
    int Quorum,
    IReadOnlyList<MeetingMemberRow> Members,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<OpenActionRow> OpenActions,
    string? Minutes,
    string? KeyFindings,
    IReadOnlyList<RecommendationRow> Recommendations,
    bool CanRecord,
    bool CanDecide,
    bool AttendanceDue,
    AttendanceForm AttendanceForm,
    MinutesForm MinutesForm,
    RecommendationForm RecommendationForm,
    Guid? DecisionFor,
    CommitteeDecisionForm DecisionForm)
{
    public bool IsHeld => Status == BoardMeetingStatus.Held;
}

/// <summary>
/// Reads the meeting page in a constant number of queries whatever the school's history: the meeting, the board with its
/// members, the school, its latest validated headline data and national figures (<see cref="LatestResults"/>), its open
/// actions, the meeting's recommendations, and the person's tie to the board.
/// </summary>
public sealed class BoardMeetingQueries(PortalDbContext db, SchoolAccess access, IConfiguration configuration, TimeProvider clock)
{
    public async Task<BoardMeetingPage?> PageAsync(ClaimsPrincipal user, Guid id, Permissions can, MeetingForms? kept, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(can);
        var meeting = await db.BoardMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return null;
        }

        var board = await db.Boards.AsNoTracking().Include(b => b.Members).SingleAsync(b => b.Id == meeting.BoardId, ct);
        var school = await db.Schools.Where(s => s.Id == meeting.SchoolId).Select(s => new { s.Name, s.Phase, s.ChurchDesignation }).SingleAsync(ct);
        var isChurch = !string.IsNullOrWhiteSpace(school.ChurchDesignation);
        var data = await LatestResults.ReadAsync(
            db, meeting.SchoolId, school.Phase, [PupilGroup.All, PupilGroup.Disadvantaged, PupilGroup.Send], validatedOnly: true, DataDashboardSettings.Tolerances(configuration), ct);
        var today = clock.Today();
        var actions = await db.Actions.AsNoTracking().Where(a => a.SchoolId == meeting.SchoolId).Where(ImprovementAction.IsOpenCondition)
            .OrderBy(a => a.DueOn)
            .Select(a => new
            {
                a.Id, a.Title, a.DueOn, a.Status, a.OwnerRole,
                OwnerName = db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var recommendations = await db.BoardRecommendations.AsNoTracking().Where(r => r.MeetingId == id).OrderBy(r => r.RecordedAt)
            .Select(r => new RecommendationRow(
                r.Id, r.Version, r.Text, r.Status, db.Users.Where(u => u.Id == r.RecordedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                r.RecordedAt, r.CommitteeDecidedOn, r.CommitteeNotes))
            .ToListAsync(ct);
        var canRecord = can.RecordBoardMeetings
            && await access.CheckAsync(user, ScopeFrom.BoardMeeting, id, SchoolRelation.BoardOfficer, ct) == SchoolAccessOutcome.Allowed;

        var present = meeting.PresentMemberIds.ToHashSet();
        var members = board.Members.Where(m => m.IsCurrent || present.Contains(m.Id))
            .Select(m => new MeetingMemberRow(m.Id, m.Name, m.Category.Label(), m.IsVoting, m.Id == board.ChairMemberId, present.Contains(m.Id)))
            .ToList();
        var agenda = BoardTermsOfReference.Standards(board.Kind, isChurch).Select(standard =>
        {
            var wanted = BoardMeetingAgenda.DataFor(standard, school.Phase).ToHashSet();
            return new AgendaItem(
                standard, standard.Label(), [.. data.Where(r => wanted.Contains((r.Measure, r.Group)))], wanted.Count > 0, meeting.NoteFor(standard));
        }).ToList();
        kept ??= new MeetingForms();
        return new BoardMeetingPage(
            meeting.Id, meeting.Version, board.Id, board.Kind.Label(), meeting.SchoolId, school.Name, meeting.ScheduledOn, meeting.Status,
            meeting.Quorate, meeting.VotingPresent, meeting.QuorumRequired ?? board.Quorum, members, agenda,
            [.. actions.Select(a => new OpenActionRow(a.Id, a.Title, a.OwnerName ?? a.OwnerRole, a.DueOn, a.Status.Label(), a.DueOn < today))],
            meeting.Minutes, meeting.KeyFindings, recommendations,
            CanRecord: canRecord && meeting.Status != BoardMeetingStatus.Cancelled && board.Status == BoardStatus.Active,
            CanDecide: can.RecordCommitteeDecisions,
            AttendanceDue: meeting.ScheduledOn <= today,
            kept.Attendance ?? new AttendanceForm { Version = meeting.Version, Present = [.. meeting.PresentMemberIds] },
            kept.Minutes ?? new MinutesForm
            {
                Version = meeting.Version,
                Notes = [.. agenda.Select(a => new AgendaNoteForm { Standard = a.Standard, Text = a.Note })],
                Minutes = meeting.Minutes,
                KeyFindings = meeting.KeyFindings,
            },
            kept.Recommendation ?? new RecommendationForm(),
            kept.DecisionFor,
            kept.Decision ?? new CommitteeDecisionForm { DecidedOn = today });
    }
}
