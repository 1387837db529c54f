using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Concerns;

/// <summary>
/// Schools causing concern (DDAT §3, §5): the recommendation by the role the trust's profile names, the CEO's
/// decision, the committee notice, external support agreed with the CEO, and exit by the committee's decision.
/// The case page is the trust-wide team's (<see cref="Policies.ReadConcerns"/>); the school's own head and local
/// committee see only the "causing concern" mark.
/// </summary>
[RequiresCapability(PolicyCapability.ConcernDesignation)]
public sealed class ConcernsController(ConcernCaseQueries queries, PermissionsReader permissions) : Controller
{
    [Authorize(Policy = Policies.RecommendConcern)]
    [HttpGet("schools/{schoolId:guid}/concerns/recommend")]
    [SchoolScope]
    public async Task<IActionResult> Recommend(Guid schoolId, [FromQuery] ConcernGround? ground, [FromServices] RecommendConcernHandler handler) =>
        this.PageView(await handler.PageAsync(schoolId, RecommendConcernForm.Preselecting(ground), HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecommendConcern)]
    [HttpPost("schools/{schoolId:guid}/concerns/recommend")]
    [SchoolScope]
    public Task<IActionResult> Recommend(Guid schoolId, RecommendConcernForm form, [FromServices] RecommendConcernHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.RecommendAsync(schoolId, form, HttpContext.RequestAborted),
            done => this.Done($"/concerns/{done.Id}", "The school has been recommended to the CEO as causing concern."),
            async _ => this.PageView(await handler.PageAsync(schoolId, form, HttpContext.RequestAborted), nameof(Recommend)));

    [Authorize(Policy = Policies.ReadConcerns)]
    [HttpGet("concerns/{id:guid}")]
    [SchoolScope(ScopeFrom.ConcernCase, "id")]
    public Task<IActionResult> Case(Guid id) => ShowAsync(id, null);

    [Authorize(Policy = Policies.DecideConcern)]
    [HttpPost("concerns/{id:guid}/designate")]
    [SchoolScope(ScopeFrom.ConcernCase, "id")]
    public Task<IActionResult> Designate(Guid id, ConcernDecisionForm form, [FromServices] DecideConcernHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.DesignateAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/concerns/{id}", "The school has been designated causing concern; the committee is to be informed."),
            _ => ShowAsync(id, new(Decision: form)));

    [Authorize(Policy = Policies.DecideConcern)]
    [HttpPost("concerns/{id:guid}/decline")]
    [SchoolScope(ScopeFrom.ConcernCase, "id")]
    public Task<IActionResult> Decline(Guid id, ConcernDecisionForm form, [FromServices] DecideConcernHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.DeclineAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/concerns/{id}", "The recommendation has been declined."),
            _ => ShowAsync(id, new(Decision: form)));

    [Authorize(Policy = Policies.DecideConcern)]
    [HttpPost("concerns/{id:guid}/exit")]
    [SchoolScope(ScopeFrom.ConcernCase, "id")]
    public Task<IActionResult> Exit(Guid id, ConcernExitForm form, [FromServices] DecideConcernHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.RecommendExitAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/concerns/{id}", "The school's exit has been recommended to the Education and Standards Committee."),
            _ => ShowAsync(id, new(Exit: form)));

    [Authorize(Policy = Policies.RecordCommitteeDecisions)]
    [HttpPost("concerns/{id:guid}/exit-decision")]
    [SchoolScope(ScopeFrom.ConcernCase, "id")]
    public Task<IActionResult> ExitDecision(Guid id, ConcernExitDecisionForm form, [FromServices] CommitteeConcernHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.ExitDecisionAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/concerns/{id}", form.Accepted == true ? "The committee's decision has been recorded: the designation has ended." : "The committee's decision has been recorded: the school remains causing concern."),
            _ => ShowAsync(id, new(ExitDecision: form)));

    [Authorize(Policy = Policies.RecordCommitteeDecisions)]
    [HttpPost("concerns/{id:guid}/committee-informed")]
    [SchoolScope(ScopeFrom.ConcernCase, "id")]
    public Task<IActionResult> CommitteeInformed(Guid id, CommitteeInformedForm form, [FromServices] CommitteeConcernHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.InformedAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/concerns/{id}", "The committee notice has been recorded."),
            _ => ShowAsync(id, new(Informed: form)));

    [Authorize(Policy = Policies.RequestExternalSupport)]
    [HttpPost("concerns/{id:guid}/external-support")]
    [SchoolScope(ScopeFrom.ConcernCase, "id")]
    public Task<IActionResult> ExternalSupport(Guid id, ExternalSupportForm form, [FromServices] ExternalSupportHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.RequestAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/concerns/{id}", "The request for external support has been sent to the CEO."),
            _ => ShowAsync(id, new(Support: form)));

    [Authorize(Policy = Policies.DecideConcern)]
    [HttpPost("external-support/{id:guid}/decide")]
    [SchoolScope(ScopeFrom.ExternalSupportRequest, "id")]
    public Task<IActionResult> DecideExternalSupport(Guid id, ExternalSupportDecisionForm form, [FromServices] ExternalSupportHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.DecideAsync(id, form, HttpContext.RequestAborted),
            done => this.Done($"/concerns/{done.Id}", form.Approved == true ? "The external support has been approved." : "The external support has been declined."),
            async _ => await handler.CaseOfAsync(id, HttpContext.RequestAborted) is { } caseId
                ? await ShowAsync(caseId, new(SupportDecisionFor: id, SupportDecision: form))
                : NotFound());

    private async Task<IActionResult> ShowAsync(Guid id, ConcernCaseForms.Kept? kept) =>
        this.PageView(await queries.PageAsync(id, await permissions.CurrentAsync(), kept, HttpContext.RequestAborted), nameof(Case));
}
