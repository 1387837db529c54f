using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>
/// Improvement visits (issue 11), in every trust. Read by the school work readers who see the school
/// (<see cref="SchoolRelation.Visible"/>); recorded, edited and published by the school's linked officer or the Director
/// of Learning (<see cref="Policies.RecordVisits"/>, <see cref="SchoolRelation.LinkedOfficer"/>); confirmed or disputed by
/// the school's headteacher (<see cref="Policies.RespondToVisits"/>, <see cref="SchoolRelation.Headteacher"/>).
/// </summary>
[Authorize(Policy = Policies.ReadSchoolWork)]
public sealed class VisitsController(
    VisitQueries queries, RecordVisitHandler record, PublishVisitHandler publish, RespondToVisitHandler respond) : Controller
{
    [HttpGet("visits")]
    public async Task<IActionResult> Index([FromQuery] VisitListQuery query) =>
        View(await queries.ListAsync(query, HttpContext.RequestAborted));

    [HttpGet("schools/{schoolId:guid}/visits")]
    [SchoolScope]
    public async Task<IActionResult> School(Guid schoolId, [FromQuery] int page = 1) =>
        this.PageView(await queries.SchoolAsync(schoolId, page, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordVisits)]
    [HttpGet("schools/{schoolId:guid}/visits/new")]
    [SchoolScope(Relation = SchoolRelation.LinkedOfficer)]
    public async Task<IActionResult> New(Guid schoolId) =>
        this.PageView(await record.NewPageAsync(schoolId, null, HttpContext.RequestAborted), "Record");

    [Authorize(Policy = Policies.RecordVisits)]
    [HttpPost("schools/{schoolId:guid}/visits/new")]
    [SchoolScope(Relation = SchoolRelation.LinkedOfficer)]
    public Task<IActionResult> New(Guid schoolId, VisitForm form) =>
        this.SubmitAsync(
            form,
            () => record.CreateAsync(schoolId, form, HttpContext.RequestAborted),
            done => this.Done($"/visits/{done.Id}", form.Publish ? "The visit note has been published to the school." : "The visit has been saved as a draft."),
            async _ => this.PageView(await record.NewPageAsync(schoolId, form, HttpContext.RequestAborted), "Record"));

    [HttpGet("visits/{id:guid}")]
    [SchoolScope(ScopeFrom.Visit, "id")]
    public async Task<IActionResult> Visit(Guid id) =>
        this.PageView(await queries.VisitAsync(id, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordVisits)]
    [HttpGet("visits/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.Visit, "id", Relation = SchoolRelation.LinkedOfficer)]
    public async Task<IActionResult> Edit(Guid id) =>
        this.PageView(await record.EditPageAsync(id, null, HttpContext.RequestAborted), "Record");

    [Authorize(Policy = Policies.RecordVisits)]
    [HttpPost("visits/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.Visit, "id", Relation = SchoolRelation.LinkedOfficer)]
    public Task<IActionResult> Edit(Guid id, VisitForm form) =>
        this.SubmitAsync(
            form,
            () => record.ReviseAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/visits/{id}", form.Publish ? "The visit note has been published to the school." : "The draft has been saved."),
            async _ => this.PageView(await record.EditPageAsync(id, form, HttpContext.RequestAborted), "Record"));

    [Authorize(Policy = Policies.RecordVisits)]
    [HttpPost("visits/{id:guid}/publish")]
    [SchoolScope(ScopeFrom.Visit, "id", Relation = SchoolRelation.LinkedOfficer)]
    public Task<IActionResult> Publish(Guid id, PublishVisitForm form) =>
        this.SubmitAsync(
            form,
            () => publish.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/visits/{id}", "The visit note has been published to the school."),
            async _ => this.PageView(await queries.VisitAsync(id, null, HttpContext.RequestAborted), "Visit"));

    [Authorize(Policy = Policies.RespondToVisits)]
    [HttpPost("visits/{id:guid}/response")]
    [SchoolScope(ScopeFrom.Visit, "id", Relation = SchoolRelation.Headteacher)]
    public Task<IActionResult> Respond(Guid id, VisitResponseForm form) =>
        this.SubmitAsync(
            form,
            () => respond.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/visits/{id}", "Your response to the visit note has been recorded."),
            async _ => this.PageView(await queries.VisitAsync(id, form, HttpContext.RequestAborted), "Visit"));
}
