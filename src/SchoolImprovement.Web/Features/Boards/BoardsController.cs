using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Boards;

/// <summary>
/// Boards for schools causing concern (DDAT §4, §5, Appendices 1 and 2; Vine §3). The CEO and the governance
/// professional form and run them (<see cref="Policies.ManageBoards"/>); a board's page is seen by trust-wide roles,
/// the people assigned to its school and its own members and clerk (<see cref="SchoolRelation.BoardMember"/>).
/// </summary>
[Authorize]
[RequiresCapability(PolicyCapability.Boards)]
public sealed class BoardsController(BoardQueries queries, FormBoardHandler former, BoardCommandsHandler commands) : Controller
{
    // The case is found in the trust or not at all (another trust's case is 404 from the handler); only trust-wide roles manage boards.
    [Authorize(Policy = Policies.ManageBoards)]
    [HttpGet("concerns/{id:guid}/boards/new")]
    public async Task<IActionResult> New(Guid id) =>
        this.PageView(await former.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpPost("concerns/{id:guid}/boards/new")]
    public Task<IActionResult> New(Guid id, FormBoardForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => former.FormAsync(id, form, HttpContext.RequestAborted),
            done => this.Done($"/boards/{done.Id}", "The board has been formed. Add its members and choose its chair."),
            async _ => this.PageView(await former.PageAsync(id, form, HttpContext.RequestAborted), "New"));
    }

    [HttpGet("boards/{id:guid}")]
    [SchoolScope(ScopeFrom.Board, "id", Relation = SchoolRelation.BoardMember)]
    public async Task<IActionResult> Show(Guid id) =>
        this.PageView(await queries.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpPost("boards/{id:guid}/members")]
    [SchoolScope(ScopeFrom.Board, "id")]
    public Task<IActionResult> AddMember(Guid id, [Bind(Prefix = "AddMember")] AddBoardMemberForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => commands.AddMemberAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/boards/{id}#members", "The member has been added."),
            _ => ShowAgainAsync(id, f => f with { AddMember = form }));
    }

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpGet("boards/{id:guid}/members/{memberId:guid}/remove")]
    [SchoolScope(ScopeFrom.Board, "id")]
    public async Task<IActionResult> RemoveMember(Guid id, Guid memberId) =>
        this.PageView(await queries.RemovePageAsync(id, memberId, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpPost("boards/{id:guid}/members/{memberId:guid}/remove")]
    [SchoolScope(ScopeFrom.Board, "id")]
    public Task<IActionResult> RemoveMember(Guid id, Guid memberId, Guid version) =>
        this.SubmitAsync(
            () => commands.RemoveMemberAsync(id, memberId, version, HttpContext.RequestAborted),
            _ => this.Done($"/boards/{id}#members", "The member has been removed from the board."));

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpPost("boards/{id:guid}/chair")]
    [SchoolScope(ScopeFrom.Board, "id")]
    public Task<IActionResult> Chair(Guid id, BoardMemberChoice form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => commands.SetChairAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/boards/{id}#members", "The chair has been set."),
            _ => ShowAgainAsync(id, f => f));
    }

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpPost("boards/{id:guid}/extend")]
    [SchoolScope(ScopeFrom.Board, "id")]
    public Task<IActionResult> Extend(Guid id, [Bind(Prefix = "Extend")] ExtendBoardForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => commands.ExtendAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/boards/{id}#period", "The extension has been recorded."),
            _ => ShowAgainAsync(id, f => f with { Extend = form }));
    }

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpPost("boards/{id:guid}/recruitment")]
    [SchoolScope(ScopeFrom.Board, "id")]
    public Task<IActionResult> Recruitment(Guid id, [Bind(Prefix = "Recruitment")] RecruitmentStepForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => commands.UpdateRecruitmentAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/boards/{id}#recruitment", "The recruitment step has been updated."),
            _ => ShowAgainAsync(id, f => f with { Recruitment = form }));
    }

    [Authorize(Policy = Policies.ManageBoards)]
    [HttpPost("boards/{id:guid}/local-committee-formed")]
    [SchoolScope(ScopeFrom.Board, "id")]
    public Task<IActionResult> LocalCommitteeFormed(Guid id, [Bind(Prefix = "LocalCommittee")] LocalCommitteeFormedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => commands.LocalCommitteeFormedAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/boards/{id}", "The local committee is recorded as formed: the ILTC has ended."),
            _ => ShowAgainAsync(id, f => f with { LocalCommittee = form }));
    }

    /// <summary>The board page again with the refused form as typed (the other forms fresh).</summary>
    private async Task<IActionResult> ShowAgainAsync(Guid id, Func<BoardForms, BoardForms> keep)
    {
        var page = await queries.PageAsync(id, null, HttpContext.RequestAborted);
        return this.PageView(page is null ? null : page with { Forms = keep(page.Forms) }, "Show");
    }
}
