using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>
/// The committee's decisions at a meeting (issue 12 item 3): the page lists every item of the meeting's latest published
/// pack with its outcome, for whoever reads published packs (<see cref="Policies.ReadCommitteePacks"/>); the clerk
/// (<see cref="Policies.RecordCommitteeDecisions"/>: the governance professional) records one item's outcome at a time,
/// which flows back to the record it came from. Another trust's meeting is 404 (tenancy filter); a trust whose policy has
/// no committee packs (Vine) has no such pages.
/// </summary>
[Authorize(Policy = Policies.ReadCommitteePacks)]
[RequiresCapability(PolicyCapability.CommitteePacks)]
public sealed class CommitteeDecisionsController(CommitteeDecisionQueries queries) : Controller
{
    [HttpGet("committee/meetings/{id:guid}/decisions")]
    public async Task<IActionResult> Decisions(Guid id) =>
        this.PageView(await queries.PageAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordCommitteeDecisions)]
    [HttpPost("committee/meetings/{id:guid}/decisions")]
    public Task<IActionResult> Decisions(Guid id, CommitteeOutcomeForm form, [FromServices] RecordCommitteeOutcomeHandler handler) =>
        this.SubmitAsync(
            form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/committee/meetings/{id}/decisions", "The committee's outcome has been recorded."),
            async _ => this.PageView(await queries.PageAsync(id, form, HttpContext.RequestAborted), nameof(Decisions)));
}
