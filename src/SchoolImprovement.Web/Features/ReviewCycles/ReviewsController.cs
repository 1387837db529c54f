using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>
/// Recording held reviews (issue 11 item 4): a school's development review, SIAMS preparation visit or headteacher
/// appraisal (<see cref="Policies.RecordReviews"/>, for a school the person sees), and the trust's terms of reference
/// reviews (<see cref="Policies.ManageBoards"/>, where the trust uses boards). A review's page is read by whoever sees its
/// school (a terms of reference review: the trust-wide roles).
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
public sealed class ReviewsController(RecordReviewHandler record, ReviewQueries queries) : Controller
{
    [Authorize(Policy = Policies.RecordReviews)]
    [HttpGet("schools/{schoolId:guid}/reviews/new")]
    [SchoolScope]
    public async Task<IActionResult> Record(Guid schoolId, [FromQuery] DueKind? kind) =>
        this.PageView(await record.SchoolPageAsync(schoolId, kind, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordReviews)]
    [HttpPost("schools/{schoolId:guid}/reviews/new")]
    [SchoolScope]
    public Task<IActionResult> Record(Guid schoolId, [FromQuery] DueKind? kind, RecordReviewForm form) =>
        this.SubmitAsync(
            form,
            () => record.RecordForSchoolAsync(schoolId, kind, form, HttpContext.RequestAborted),
            done => this.Done($"/reviews/{done.Id}", "The review has been recorded."),
            async _ => this.PageView(await record.SchoolPageAsync(schoolId, kind, form, HttpContext.RequestAborted), "Record"));

    [Authorize(Policy = Policies.ManageBoards)]
    [RequiresCapability(PolicyCapability.Boards)]
    [HttpGet("terms-of-reference/reviews/new")]
    public async Task<IActionResult> TermsOfReference([FromQuery] BoardKind? kind) =>
        this.PageView(await record.TermsOfReferencePageAsync(kind, null, HttpContext.RequestAborted), "Record");

    [Authorize(Policy = Policies.ManageBoards)]
    [RequiresCapability(PolicyCapability.Boards)]
    [HttpPost("terms-of-reference/reviews/new")]
    public Task<IActionResult> TermsOfReference([FromQuery] BoardKind? kind, RecordReviewForm form) =>
        this.SubmitAsync(
            form,
            () => record.RecordTermsOfReferenceAsync(kind, form, HttpContext.RequestAborted),
            done => this.Done($"/reviews/{done.Id}", "The terms of reference review has been recorded."),
            async _ => this.PageView(await record.TermsOfReferencePageAsync(kind, form, HttpContext.RequestAborted), "Record"));

    [HttpGet("reviews/{id:guid}")]
    [SchoolScope(ScopeFrom.ReviewOccurrence, "id")]
    public async Task<IActionResult> Occurrence(Guid id) =>
        this.PageView(await queries.OccurrenceAsync(id, HttpContext.RequestAborted));
}
