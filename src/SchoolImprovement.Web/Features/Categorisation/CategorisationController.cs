using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>The categorisation workflow (Vine policy §3): the linked officer proposes, the Director of Learning confirms or returns.</summary>
[Authorize(Policy = Policies.TrustMember)]
public sealed class CategorisationController(ReviewPageHandler reviews, PermissionsReader permissions) : Controller
{
    /// <summary>The school's categorisation history. Headteachers and local committee members see confirmed categories only.</summary>
    [HttpGet("schools/{schoolId:guid}/categorisation")]
    [SchoolScope]
    public async Task<IActionResult> History(Guid schoolId, [FromServices] CategorisationHistoryHandler handler) =>
        this.PageView(await handler.HandleAsync(schoolId, await permissions.CurrentAsync(), HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ProposeCategory)]
    [HttpGet("schools/{schoolId:guid}/categorisation/propose")]
    [SchoolScope(Relation = SchoolRelation.LinkedOfficer)]
    public async Task<IActionResult> Propose(Guid schoolId, [FromServices] ProposeCategoryHandler handler) =>
        this.PageView(await handler.PageAsync(schoolId, await permissions.CurrentAsync(), new ProposalForm(), HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ProposeCategory)]
    [HttpPost("schools/{schoolId:guid}/categorisation/propose")]
    [SchoolScope(Relation = SchoolRelation.LinkedOfficer)]
    public Task<IActionResult> Propose(Guid schoolId, ProposalForm form, [FromServices] ProposeCategoryHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(User, schoolId, form, HttpContext.RequestAborted),
            done => this.Done($"/categorisations/{done.Id}", "The category has been proposed. The Director of Learning will confirm or return it."),
            async _ => this.PageView(await handler.PageAsync(schoolId, await permissions.CurrentAsync(), form, HttpContext.RequestAborted)));

    /// <summary>Proposals and returns stay with the trust-wide team; the school sees confirmed categories (<see cref="ScopeFrom.Categorisation"/>).</summary>
    [HttpGet("categorisations/{id:guid}")]
    [SchoolScope(ScopeFrom.Categorisation, "id")]
    public Task<IActionResult> Review(Guid id) => ShowAsync(id, KeptDecisionInput.None);

    [Authorize(Policy = Policies.ConfirmCategory)]
    [HttpPost("categorisations/{id:guid}/confirm")]
    [SchoolScope(ScopeFrom.Categorisation, "id")]
    public Task<IActionResult> Confirm(Guid id, DecisionForm form, [FromServices] ConfirmCategoryHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(User, id, form, HttpContext.RequestAborted),
            _ => this.Done($"/categorisations/{id}", "The category is confirmed and its action plan has been created from the standard responses."),
            _ => ShowAsync(id, new KeptDecisionInput(Decision: form)));

    [Authorize(Policy = Policies.ProposeCategory)]
    [HttpPost("categorisations/{id:guid}/plan")]
    [SchoolScope(ScopeFrom.Categorisation, "id", Relation = SchoolRelation.LinkedOfficer)]
    public Task<IActionResult> Plan(Guid id, PlanForm form, [FromServices] PlanCategoryActionsHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/categorisations/{id}", "The planned actions have been saved. They become the school's action plan when the category is confirmed."),
            _ => ShowAsync(id, new KeptDecisionInput(Plan: form)));

    [Authorize(Policy = Policies.ConfirmCategory)]
    [HttpPost("categorisations/{id:guid}/return")]
    [SchoolScope(ScopeFrom.Categorisation, "id")]
    public Task<IActionResult> Return(Guid id, DecisionForm form, [FromServices] ReturnCategoryHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(User, id, form, HttpContext.RequestAborted),
            _ => this.Done($"/categorisations/{id}", "The proposal has been returned to the officer with your reason."),
            _ => ShowAsync(id, new KeptDecisionInput(Decision: form)));

    /// <summary>The categorisation's page: its current values, with any form the user was filling in kept as typed.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, KeptDecisionInput kept) =>
        this.PageView(await reviews.HandleAsync(id, await permissions.CurrentAsync(), kept, HttpContext.RequestAborted), nameof(Review));
}
