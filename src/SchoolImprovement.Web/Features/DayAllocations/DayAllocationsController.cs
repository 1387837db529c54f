using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.DayAllocations;

/// <summary>
/// Improvement lead and SLE day allocations (Vine §4 "How schools will be supported"). Read by the school work readers
/// for the schools they see (<see cref="SchoolScopeAttribute"/>, Visible: a headteacher their own school, an SLE the
/// schools they are assigned to); set and SLEs assigned by those who manage allocations; additional days approved by
/// the Director of Learning; days logged by officers and SLEs against their own assignment (the allocation refuses
/// anyone else). A trust whose policy has no day allocations (DDAT) has no such pages.
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
[RequiresCapability(PolicyCapability.DayAllocations)]
public sealed class DayAllocationsController(
    AllocationQueries queries, AllocationUtilisationQueries utilisation, SetAllocationHandler set, AllocationCommandsHandler commands) : Controller
{
    [Authorize(Policy = Policies.ReadSchoolWork)]
    [HttpGet("allocations")]
    public async Task<IActionResult> Index([FromQuery] UtilisationQuery query) =>
        View(await utilisation.UtilisationAsync(query, User, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ReadSchoolWork)]
    [HttpGet("schools/{schoolId:guid}/allocations")]
    [SchoolScope]
    public async Task<IActionResult> School(Guid schoolId, [FromQuery] int? year) =>
        this.PageView(await queries.ForSchoolAsync(schoolId, year, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ReadSchoolWork)]
    [HttpGet("allocations/{id:guid}")]
    [SchoolScope(ScopeFrom.DayAllocation, "id")]
    public async Task<IActionResult> Allocation(Guid id) =>
        this.PageView(await queries.ForAllocationAsync(id, null, HttpContext.RequestAborted), "School");

    [Authorize(Policy = Policies.ManageAllocations)]
    [HttpGet("schools/{schoolId:guid}/allocations/new")]
    [SchoolScope]
    public async Task<IActionResult> New(Guid schoolId, [FromQuery] int? year) =>
        this.PageView(await set.NewPageAsync(schoolId, year, null, HttpContext.RequestAborted), "Edit");

    [Authorize(Policy = Policies.ManageAllocations)]
    [HttpPost("schools/{schoolId:guid}/allocations/new")]
    [SchoolScope]
    public Task<IActionResult> New(Guid schoolId, AllocationForm form) =>
        this.SubmitAsync(
            form,
            () => set.SetAsync(schoolId, form, HttpContext.RequestAborted),
            done => this.Done($"/allocations/{done.Id}", "The allocation has been set."),
            async _ => this.PageView(await set.NewPageAsync(schoolId, null, form, HttpContext.RequestAborted), "Edit"));

    [Authorize(Policy = Policies.ManageAllocations)]
    [HttpGet("allocations/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.DayAllocation, "id")]
    public async Task<IActionResult> Edit(Guid id) =>
        this.PageView(await set.EditPageAsync(id, null, false, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageAllocations)]
    [HttpPost("allocations/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.DayAllocation, "id")]
    public Task<IActionResult> Edit(Guid id, AllocationForm form) =>
        this.SubmitAsync(
            form,
            () => set.ChangeAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/allocations/{id}", "The allocation has been changed."),
            async conflict => this.PageView(await set.EditPageAsync(id, form, conflict, HttpContext.RequestAborted), "Edit"));

    [Authorize(Policy = Policies.ManageAllocations)]
    [HttpPost("allocations/{id:guid}/sle")]
    [SchoolScope(ScopeFrom.DayAllocation, "id")]
    public Task<IActionResult> AssignSle(Guid id, [Bind(Prefix = "Sle")] SleAssignmentForm form) =>
        this.SubmitAsync(
            form,
            () => commands.AssignSleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/allocations/{id}", "The SLE has been assigned."),
            async _ => this.PageView(await queries.ForAllocationAsync(id, new AllocationPageForms(Sle: form), HttpContext.RequestAborted), "School"));

    [Authorize(Policy = Policies.ApproveAdditionalDays)]
    [HttpPost("allocations/{id:guid}/additional-days")]
    [SchoolScope(ScopeFrom.DayAllocation, "id")]
    public Task<IActionResult> ApproveAdditionalDays(Guid id, [Bind(Prefix = "Approval")] AdditionalDaysForm form) =>
        this.SubmitAsync(
            form,
            () => commands.ApproveAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/allocations/{id}", "The additional days have been approved."),
            async _ => this.PageView(await queries.ForAllocationAsync(id, new AllocationPageForms(Approval: form), HttpContext.RequestAborted), "School"));

    [Authorize(Policy = Policies.LogDays)]
    [HttpPost("allocations/{id:guid}/days")]
    [SchoolScope(ScopeFrom.DayAllocation, "id")]
    public Task<IActionResult> LogDays(Guid id, [Bind(Prefix = "Log")] DayLogForm form) =>
        this.SubmitAsync(
            form,
            () => commands.LogAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/allocations/{id}", "The days have been logged."),
            async _ => this.PageView(await queries.ForAllocationAsync(id, new AllocationPageForms(Log: form), HttpContext.RequestAborted), "School"));
}
