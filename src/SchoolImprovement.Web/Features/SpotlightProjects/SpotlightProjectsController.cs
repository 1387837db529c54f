using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.SpotlightProjects;

/// <summary>
/// Spotlight projects (DDAT policy §6). Read by the trust-wide roles and, for their own school, by its headteacher and
/// local committee member (<see cref="SchoolScopeAttribute"/>, Visible); opened, visited and closed by the improvement
/// team (<see cref="Policies.LeadSpotlight"/>). A trust whose policy has no Spotlight projects (Vine) has no such pages.
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
[RequiresCapability(PolicyCapability.SpotlightProjects)]
public sealed class SpotlightProjectsController(
    SpotlightProjectQueries queries, OpenSpotlightProjectHandler open, RecordSpotlightVisitHandler visits, CloseSpotlightProjectHandler close) : Controller
{
    [HttpGet("spotlight")]
    public async Task<IActionResult> Index([FromQuery] SpotlightListQuery query) =>
        View(await queries.ListAsync(query, User, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.LeadSpotlight)]
    [HttpGet("schools/{schoolId:guid}/spotlight/new")]
    [SchoolScope]
    public async Task<IActionResult> Open(Guid schoolId, [FromQuery] string? measure) =>
        this.PageView(await open.PageAsync(schoolId, measure, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.LeadSpotlight)]
    [HttpPost("schools/{schoolId:guid}/spotlight/new")]
    [SchoolScope]
    public Task<IActionResult> Open(Guid schoolId, OpenSpotlightForm form) =>
        this.SubmitAsync(
            form,
            () => open.HandleAsync(schoolId, form, HttpContext.RequestAborted),
            done => this.Done($"/spotlight/{done.Id}", "The Spotlight project has been opened."),
            async _ => this.PageView(await open.PageAsync(schoolId, null, form, HttpContext.RequestAborted), "Open"));

    [HttpGet("spotlight/{id:guid}")]
    [SchoolScope(ScopeFrom.SpotlightProject, "id")]
    public async Task<IActionResult> Project(Guid id) =>
        this.PageView(await queries.ProjectAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.LeadSpotlight)]
    [HttpPost("spotlight/{id:guid}/visits")]
    [SchoolScope(ScopeFrom.SpotlightProject, "id")]
    public Task<IActionResult> RecordVisit(Guid id, SpotlightVisitForm form) =>
        this.SubmitAsync(
            form,
            () => visits.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/spotlight/{id}", "The visit has been recorded."),
            async _ => this.PageView(await queries.ProjectAsync(id, form, HttpContext.RequestAborted), "Project"));

    [Authorize(Policy = Policies.LeadSpotlight)]
    [HttpGet("spotlight/{id:guid}/close")]
    [SchoolScope(ScopeFrom.SpotlightProject, "id")]
    public async Task<IActionResult> Close(Guid id) =>
        this.PageView(await close.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.LeadSpotlight)]
    [HttpPost("spotlight/{id:guid}/close")]
    [SchoolScope(ScopeFrom.SpotlightProject, "id")]
    public Task<IActionResult> Close(Guid id, CloseSpotlightForm form) =>
        this.SubmitAsync(
            form,
            () => close.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/spotlight/{id}", "The Spotlight project has been closed."),
            async _ => this.PageView(await close.PageAsync(id, form, HttpContext.RequestAborted), "Close"));
}
