using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.DataDashboards;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>
/// Due diligence for joining schools (Vine §5, Appendix A) and the integration plan that follows. Read by the due diligence
/// readers (<see cref="Policies.ReadDueDiligence"/>); started, recorded, completed and withdrawn, and the integration meeting
/// recorded, by the due diligence leads (<see cref="Policies.ManageDueDiligence"/>: CEO, Director of Learning). An
/// assessment has no school until it is completed (the trust's tenancy filter finds it or answers 404); the integration
/// plan is about a school of the register (<see cref="SchoolScopeAttribute"/>). A trust whose policy has no due diligence
/// (DDAT) has no such pages.
/// </summary>
[Authorize(Policy = Policies.ReadDueDiligence)]
[RequiresCapability(PolicyCapability.DueDiligence)]
public sealed class DueDiligenceController(DueDiligenceQueries queries) : Controller
{
    [HttpGet("due-diligence")]
    public async Task<IActionResult> Index() => View(await queries.ListAsync(HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpGet("due-diligence/new")]
    public IActionResult New() => View(new StartDueDiligencePage(new StartDueDiligenceForm()));

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpPost("due-diligence/new")]
    public Task<IActionResult> New(StartDueDiligenceForm form, [FromServices] StartDueDiligenceHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(form, HttpContext.RequestAborted),
            done => this.Done($"/due-diligence/{done.Id}", "Due diligence has been started."),
            _ => Task.FromResult<IActionResult>(View(nameof(New), new StartDueDiligencePage(form))));

    [HttpGet("due-diligence/{id:guid}")]
    public async Task<IActionResult> Assessment(Guid id) =>
        this.PageView(await queries.PageAsync(id, null, false, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpPost("due-diligence/{id:guid}/areas")]
    public Task<IActionResult> Record(Guid id, DueDiligenceForm form, [FromServices] RecordDueDiligenceHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/due-diligence/{id}", "The due diligence has been saved."),
            async conflict => this.PageView(await queries.PageAsync(id, form, conflict, HttpContext.RequestAborted), nameof(Assessment)));

    [HttpGet("due-diligence/{id:guid}/report")]
    public async Task<IActionResult> Report(Guid id) =>
        this.PageView(await queries.ReportAsync(id, HttpContext.RequestAborted));

    [HttpGet("due-diligence/{id:guid}/export")]
    public async Task<IActionResult> Export(Guid id) =>
        await queries.ReportAsync(id, HttpContext.RequestAborted) is { } report
            ? File(DueDiligenceCsv.Write(report), CsvExport.ContentType, DueDiligenceCsv.FileName(report))
            : NotFound();

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpGet("due-diligence/{id:guid}/complete")]
    public async Task<IActionResult> Complete(Guid id, [FromServices] CompleteDueDiligenceHandler handler) =>
        this.PageView(await handler.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpPost("due-diligence/{id:guid}/complete")]
    public Task<IActionResult> Complete(Guid id, CompleteDueDiligenceForm form, [FromServices] CompleteDueDiligenceHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/due-diligence/{id}/report", "Due diligence is complete: the school has joined the register and its first category is proposed for confirmation."),
            async _ => this.PageView(await handler.PageAsync(id, form, HttpContext.RequestAborted), nameof(Complete)));

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpGet("due-diligence/{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, [FromServices] WithdrawDueDiligenceHandler handler) =>
        this.PageView(await handler.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpPost("due-diligence/{id:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid id, WithdrawDueDiligenceForm form, [FromServices] WithdrawDueDiligenceHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/due-diligence/{id}/report", "Due diligence has been withdrawn."),
            async _ => this.PageView(await handler.PageAsync(id, form, HttpContext.RequestAborted), nameof(Withdraw)));

    [HttpGet("schools/{schoolId:guid}/integration-plan")]
    [SchoolScope]
    public async Task<IActionResult> IntegrationPlan(Guid schoolId, [FromServices] IntegrationPlanHandler handler) =>
        this.PageView(await handler.PageAsync(schoolId, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageDueDiligence)]
    [HttpPost("schools/{schoolId:guid}/integration-plan")]
    [SchoolScope]
    public Task<IActionResult> IntegrationPlan(Guid schoolId, IntegrationMeetingForm form, [FromServices] IntegrationPlanHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(schoolId, form, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{schoolId}/integration-plan", "The integration meeting and its agreed actions have been recorded."),
            async _ => this.PageView(await handler.PageAsync(schoolId, form, HttpContext.RequestAborted), nameof(IntegrationPlan)));
}
