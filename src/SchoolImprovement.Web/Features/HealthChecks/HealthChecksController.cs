using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.HealthChecks;

/// <summary>
/// School health check meetings (DDAT §2). Read by those who read a school's work (<see cref="Policies.ReadSchoolWork"/>)
/// for the schools they see; started, rated and completed by <see cref="Policies.RecordHealthChecks"/>; evidence of
/// impact recorded by the school's headteacher (or the improvement team). A trust whose policy has no health checks
/// (Vine) has no such pages.
/// </summary>
[Authorize(Policy = Policies.ReadSchoolWork)]
[RequiresCapability(PolicyCapability.HealthChecks)]
public sealed class HealthChecksController(
    HealthCheckQueries queries, StartHealthCheckHandler start, RateHealthCheckAreaHandler rate, CompleteHealthCheckHandler complete,
    RecordHealthCheckImpactHandler impact) : Controller
{
    [HttpGet("health-checks")]
    public async Task<IActionResult> Index() =>
        View(await queries.ListAsync(User, HttpContext.RequestAborted));

    [HttpGet("schools/{schoolId:guid}/health-checks")]
    [SchoolScope]
    public async Task<IActionResult> School(Guid schoolId) =>
        this.PageView(await queries.SchoolAsync(schoolId, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordHealthChecks)]
    [HttpGet("schools/{schoolId:guid}/health-checks/new")]
    [SchoolScope]
    public async Task<IActionResult> Start(Guid schoolId) =>
        this.PageView(await start.PageAsync(schoolId, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordHealthChecks)]
    [HttpPost("schools/{schoolId:guid}/health-checks/new")]
    [SchoolScope]
    public Task<IActionResult> Start(Guid schoolId, StartHealthCheckForm form) =>
        this.SubmitAsync(
            form,
            () => start.HandleAsync(schoolId, form, HttpContext.RequestAborted),
            done => this.Done($"/health-checks/{done.Id}", "The health check has been started: rate each area."),
            async _ => this.PageView(await start.PageAsync(schoolId, form, HttpContext.RequestAborted), "Start"));

    [HttpGet("health-checks/{id:guid}")]
    [SchoolScope(ScopeFrom.HealthCheck, "id")]
    public async Task<IActionResult> Check(Guid id) =>
        this.PageView(await queries.CheckAsync(id, null, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordHealthChecks)]
    [HttpPost("health-checks/{id:guid}/areas/{areaId:guid}")]
    [SchoolScope(ScopeFrom.HealthCheck, "id")]
    public Task<IActionResult> Rate(Guid id, Guid areaId, RateHealthCheckAreaForm form) =>
        this.SubmitAsync(
            form,
            () => rate.HandleAsync(id, areaId, form, HttpContext.RequestAborted),
            _ => this.Done($"/health-checks/{id}#area-{areaId}", "The area has been rated."),
            async _ => this.PageView(await queries.CheckAsync(id, new Dictionary<Guid, RateHealthCheckAreaForm> { [areaId] = form }, null, HttpContext.RequestAborted), "Check"));

    [Authorize(Policy = Policies.RecordHealthChecks)]
    [HttpPost("health-checks/{id:guid}/complete")]
    [SchoolScope(ScopeFrom.HealthCheck, "id")]
    public Task<IActionResult> Complete(Guid id, CompleteHealthCheckForm form) =>
        this.SubmitAsync(
            form,
            () => complete.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/health-checks/{id}", "The health check has been completed."),
            async _ => this.PageView(await queries.CheckAsync(id, null, null, HttpContext.RequestAborted), "Check"));

    [Authorize(Policy = Policies.RecordImpact)]
    [HttpPost("health-checks/{id:guid}/areas/{areaId:guid}/impact")]
    [SchoolScope(ScopeFrom.HealthCheck, "id", Relation = SchoolRelation.Headteacher)]
    public Task<IActionResult> Impact(Guid id, Guid areaId, HealthCheckImpactForm form) =>
        this.SubmitAsync(
            form,
            () => impact.HandleAsync(id, areaId, form, HttpContext.RequestAborted),
            _ => this.Done($"/health-checks/{id}#area-{areaId}", "The evidence of impact has been recorded."),
            async _ => this.PageView(await queries.CheckAsync(id, null, new Dictionary<Guid, HealthCheckImpactForm> { [areaId] = form }, HttpContext.RequestAborted), "Check"));
}
