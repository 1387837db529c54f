using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>
/// Education and Standards Committee meetings and packs (issue 12). Published packs are read by
/// <see cref="Policies.ReadCommitteePacks"/> (trustees, the Deputy CEO and the builders); meetings are scheduled and
/// cancelled, and drafts built, published and corrected, only by <see cref="Policies.BuildCommitteePacks"/> (governance
/// professional, CEO, Director of Learning): a trustee never reaches a draft. A trust whose policy has no committee packs
/// (Vine) has no such pages. Meetings and packs are trust-owned: another trust's are missing (404).
/// </summary>
[Authorize(Policy = Policies.ReadCommitteePacks)]
[RequiresCapability(PolicyCapability.CommitteePacks)]
public sealed class CommitteeController(CommitteeQueries queries) : Controller
{
    [HttpGet("committee")]
    public async Task<IActionResult> Index() =>
        View(await queries.IndexAsync(null, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpPost("committee/meetings")]
    public Task<IActionResult> Schedule([Bind(Prefix = "Schedule")] ScheduleCommitteeMeetingForm form, [FromServices] ScheduleCommitteeMeetingHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(form, HttpContext.RequestAborted),
            done => this.Done($"/committee/meetings/{done.Id}", "The meeting has been scheduled."),
            async _ => View(nameof(Index), await queries.IndexAsync(form, null, HttpContext.RequestAborted)));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpPost("committee/meetings/year")]
    public Task<IActionResult> ScheduleYear([Bind(Prefix = "Year")] ScheduleCommitteeYearForm form, [FromServices] ScheduleCommitteeYearHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(form, HttpContext.RequestAborted),
            done => this.Done("/committee", done.Detail ?? "The meetings have been scheduled."),
            async _ => View(nameof(Index), await queries.IndexAsync(null, form, HttpContext.RequestAborted)));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpGet("committee/meetings/{id:guid}")]
    public async Task<IActionResult> Meeting(Guid id) =>
        this.PageView(await queries.MeetingAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpGet("committee/meetings/{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, [FromServices] CancelCommitteeMeetingHandler handler) =>
        this.PageView(await handler.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpPost("committee/meetings/{id:guid}/cancel")]
    public Task<IActionResult> Cancel(Guid id, CancelCommitteeMeetingForm form, [FromServices] CancelCommitteeMeetingHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/committee/meetings/{id}", "The meeting has been cancelled."),
            async _ => this.PageView(await handler.PageAsync(id, form, HttpContext.RequestAborted), nameof(Cancel)));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpGet("committee/meetings/{id:guid}/draft")]
    public async Task<IActionResult> Draft(Guid id, [FromServices] CommitteeDraftQueries drafts) =>
        this.PageView(await drafts.PageAsync(id, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpGet("committee/meetings/{id:guid}/draft/pdf")]
    public async Task<IActionResult> DraftPdf(Guid id, [FromServices] CommitteePackPdfHandler pdf) =>
        Send(await pdf.DraftAsync(id, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpPost("committee/meetings/{id:guid}/publish")]
    public Task<IActionResult> Publish(Guid id, PublishCommitteePackForm form, [FromServices] PublishCommitteePackHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(id, HttpContext.RequestAborted),
            done => this.Done($"/committee/packs/{done.Id}", "The pack has been published as version 1."),
            async _ => this.PageView(await queries.MeetingAsync(id, null, HttpContext.RequestAborted), nameof(Meeting)));

    [Authorize(Policy = Policies.BuildCommitteePacks)]
    [HttpPost("committee/meetings/{id:guid}/corrections")]
    public Task<IActionResult> Correct(Guid id, [Bind(Prefix = "Correction")] CorrectCommitteePackForm form, [FromServices] CorrectCommitteePackHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            done => this.Done($"/committee/packs/{done.Id}", "The correction has been published as a new version."),
            async _ => this.PageView(await queries.MeetingAsync(id, form, HttpContext.RequestAborted), nameof(Meeting)));

    [HttpGet("committee/packs/{packId:guid}")]
    public async Task<IActionResult> Pack(Guid packId) =>
        this.PageView(await queries.PackAsync(packId, HttpContext.RequestAborted));

    /// <summary>Every download is audited (<see cref="CommitteePackPdfHandler.PublishedAsync"/>).</summary>
    [HttpGet("committee/packs/{packId:guid}/pdf")]
    public async Task<IActionResult> PackPdf(Guid packId, [FromServices] CommitteePackPdfHandler pdf) =>
        Send(await pdf.PublishedAsync(packId, HttpContext.RequestAborted));

    private IActionResult Send(PackPdfFile? file) =>
        file is null ? NotFound() : Uploads.DocumentDownload.File(Response, new MemoryStream(file.Content), file.FileName, "application/pdf");
}
