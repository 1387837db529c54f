using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>The one action tracker: trust-wide list, "my actions", each school's plan, and each action.</summary>
[Authorize(Policy = Policies.TrustMember)]
public sealed class ActionsController(ActionQueries queries, ActionPageHandler pages, PermissionsReader permissions) : Controller
{
    [Authorize(Policy = Policies.TrustOverview)]
    [HttpGet("actions")]
    public async Task<IActionResult> Index([FromQuery] ActionListQuery query) => View(await queries.ListAsync(query, HttpContext.RequestAborted));

    [HttpGet("actions/mine")]
    public async Task<IActionResult> Mine() => View(await queries.MineAsync(User, HttpContext.RequestAborted));

    [HttpGet("schools/{schoolId:guid}/actions")]
    [SchoolScope]
    public async Task<IActionResult> School(Guid schoolId) =>
        this.PageView(await queries.ForSchoolAsync(schoolId, await permissions.CurrentAsync(), HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageActions)]
    [HttpGet("schools/{schoolId:guid}/actions/new")]
    [SchoolScope]
    public async Task<IActionResult> Create(Guid schoolId, [FromServices] CreateActionHandler handler) =>
        this.PageView(await handler.PageAsync(schoolId, new ActionForm(), HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageActions)]
    [HttpPost("schools/{schoolId:guid}/actions/new")]
    [SchoolScope]
    public Task<IActionResult> Create(Guid schoolId, ActionForm form, [FromServices] CreateActionHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(schoolId, form, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{schoolId}/actions", "The action has been added."),
            async _ => this.PageView(await handler.PageAsync(schoolId, form, HttpContext.RequestAborted)));

    [HttpGet("actions/{id:guid}")]
    [SchoolScope(ScopeFrom.Action, "id")]
    public Task<IActionResult> Details(Guid id) => ShowAsync(id, KeptActionInput.None);

    [Authorize(Policy = Policies.ManageActions)]
    [HttpPost("actions/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.Action, "id")]
    public Task<IActionResult> Edit(Guid id, ActionForm form, [FromServices] EditActionHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/actions/{id}", "The action has been saved."),
            _ => ShowAsync(id, new KeptActionInput(Edit: form)));

    [Authorize(Policy = Policies.ManageActions)]
    [HttpPost("actions/{id:guid}/status")]
    [SchoolScope(ScopeFrom.Action, "id")]
    public Task<IActionResult> Status(Guid id, StatusForm form, [FromServices] ChangeActionStatusHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/actions/{id}", "The action's status has been changed."),
            _ => ShowAsync(id, new KeptActionInput(Status: form)));

    [Authorize(Policy = Policies.RecordImpact)]
    [HttpPost("actions/{id:guid}/impact")]
    [SchoolScope(ScopeFrom.Action, "id", Relation = SchoolRelation.Headteacher)]
    public Task<IActionResult> Impact(Guid id, ImpactForm form, [FromServices] RecordImpactHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/actions/{id}", "The evidence of impact has been recorded."),
            _ => ShowAsync(id, new KeptActionInput(Impact: form)));

    /// <summary>The action's page: its current values, with any form the user was filling in kept as typed.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, KeptActionInput kept) =>
        this.PageView(await pages.HandleAsync(User, id, await permissions.CurrentAsync(), kept, HttpContext.RequestAborted), nameof(Details));
}
