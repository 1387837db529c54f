using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.BoardMeetings;

/// <summary>
/// A board's meetings (DDAT Appendix 1 and 2): scheduling on its cycle, attendance and quorum, the agenda by standard,
/// minutes and key findings, recommendations to the Education and Standards Committee and the committee's decisions, and
/// the chair's urgent decisions with their ratification. Read by whoever sees the board (<see cref="SchoolRelation.BoardMember"/>);
/// recorded by the board's chair or clerk, or the governance professional (<see cref="SchoolRelation.BoardOfficer"/>);
/// the committee's decisions by the governance professional (<see cref="Policies.RecordCommitteeDecisions"/>).
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
[RequiresCapability(PolicyCapability.Boards)]
public sealed class BoardMeetingsController(BoardMeetingQueries meetings, UrgentDecisionQueries urgent, PermissionsReader permissions) : Controller
{
    [Authorize(Policy = Policies.RecordBoardMeetings)]
    [HttpGet("boards/{id:guid}/meetings/new")]
    [SchoolScope(ScopeFrom.Board, "id", Relation = SchoolRelation.BoardOfficer)]
    public async Task<IActionResult> New(Guid id, [FromServices] ScheduleBoardMeetingHandler handler) =>
        this.PageView(await handler.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordBoardMeetings)]
    [HttpPost("boards/{id:guid}/meetings/new")]
    [SchoolScope(ScopeFrom.Board, "id", Relation = SchoolRelation.BoardOfficer)]
    public Task<IActionResult> New(Guid id, ScheduleMeetingForm form, [FromServices] ScheduleBoardMeetingHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            done => this.Done($"/meetings/{done.Id}", "The meeting has been scheduled."),
            async _ => this.PageView(await handler.PageAsync(id, form, HttpContext.RequestAborted), nameof(New)));

    [HttpGet("meetings/{id:guid}")]
    [SchoolScope(ScopeFrom.BoardMeeting, "id", Relation = SchoolRelation.BoardMember)]
    public Task<IActionResult> Meeting(Guid id) => ShowAsync(id, null);

    [Authorize(Policy = Policies.RecordBoardMeetings)]
    [HttpPost("meetings/{id:guid}/attendance")]
    [SchoolScope(ScopeFrom.BoardMeeting, "id", Relation = SchoolRelation.BoardOfficer)]
    public Task<IActionResult> Attendance(Guid id, AttendanceForm form, [FromServices] RecordAttendanceHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/meetings/{id}", "The attendance has been recorded."),
            _ => ShowAsync(id, new MeetingForms(Attendance: form)));

    [Authorize(Policy = Policies.RecordBoardMeetings)]
    [HttpPost("meetings/{id:guid}/minutes")]
    [SchoolScope(ScopeFrom.BoardMeeting, "id", Relation = SchoolRelation.BoardOfficer)]
    public Task<IActionResult> Minutes(Guid id, MinutesForm form, [FromServices] RecordMinutesHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/meetings/{id}", "The minutes have been saved."),
            _ => ShowAsync(id, new MeetingForms(Minutes: form)));

    [Authorize(Policy = Policies.RecordBoardMeetings)]
    [HttpPost("meetings/{id:guid}/recommendations")]
    [SchoolScope(ScopeFrom.BoardMeeting, "id", Relation = SchoolRelation.BoardOfficer)]
    public Task<IActionResult> Recommend(Guid id, RecommendationForm form, [FromServices] MakeRecommendationHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/meetings/{id}", "The recommendation to the Education and Standards Committee has been recorded."),
            _ => ShowAsync(id, new MeetingForms(Recommendation: form)));

    [Authorize(Policy = Policies.RecordCommitteeDecisions)]
    [HttpPost("recommendations/{id:guid}/decision")]
    [SchoolScope(ScopeFrom.BoardRecommendation, "id")]
    public Task<IActionResult> Decision(Guid id, CommitteeDecisionForm form, [FromServices] RecordCommitteeDecisionHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            done => this.Done($"/meetings/{done.Id}", "The committee's decision has been recorded."),
            async _ => await ShowAsync(await handler.MeetingOfAsync(id, HttpContext.RequestAborted) ?? Guid.Empty, new MeetingForms(DecisionFor: id, Decision: form)));

    [HttpGet("boards/{id:guid}/urgent-decisions")]
    [SchoolScope(ScopeFrom.Board, "id", Relation = SchoolRelation.BoardMember)]
    public Task<IActionResult> UrgentDecisions(Guid id) => ShowUrgentAsync(id, null, null, null);

    [Authorize(Policy = Policies.RecordBoardMeetings)]
    [HttpPost("boards/{id:guid}/urgent-decisions")]
    [SchoolScope(ScopeFrom.Board, "id", Relation = SchoolRelation.BoardOfficer)]
    public Task<IActionResult> UrgentDecisions(Guid id, UrgentDecisionForm form, [FromServices] TakeUrgentDecisionHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/boards/{id}/urgent-decisions", "The urgent decision has been recorded: it awaits ratification by the committee."),
            _ => ShowUrgentAsync(id, form, null, null));

    [Authorize(Policy = Policies.RecordCommitteeDecisions)]
    [HttpPost("urgent-decisions/{id:guid}/ratification")]
    [SchoolScope(ScopeFrom.UrgentDecision, "id")]
    public Task<IActionResult> Ratification(Guid id, RatificationForm form, [FromServices] RatifyUrgentDecisionHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            done => this.Done($"/boards/{done.Id}/urgent-decisions", "The committee's ratification has been recorded."),
            async _ => await ShowUrgentAsync(await handler.BoardOfAsync(id, HttpContext.RequestAborted) ?? Guid.Empty, null, id, form));

    private async Task<IActionResult> ShowAsync(Guid id, MeetingForms? kept) =>
        this.PageView(await meetings.PageAsync(User, id, await permissions.CurrentAsync(), kept, HttpContext.RequestAborted), nameof(Meeting));

    private async Task<IActionResult> ShowUrgentAsync(Guid boardId, UrgentDecisionForm? form, Guid? ratificationFor, RatificationForm? ratification) =>
        this.PageView(await urgent.PageAsync(User, boardId, await permissions.CurrentAsync(), form, ratificationFor, ratification, HttpContext.RequestAborted), nameof(UrgentDecisions));
}
