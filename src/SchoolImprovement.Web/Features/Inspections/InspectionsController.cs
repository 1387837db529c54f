using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Inspections;

/// <summary>
/// A school's inspections. Anyone in the trust who may see the school reads them; the CEO, the
/// Director of Learning and school improvement officers record and delete them.
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
[Route("schools/{schoolId:guid}/inspections")]
[SchoolScope]
public sealed class InspectionsController(InspectionsHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid schoolId) =>
        this.PageView(await handler.HistoryAsync(schoolId, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(Guid schoolId, InspectionFramework? framework) =>
        this.PageView(await handler.CreatePageAsync(schoolId, new InspectionForm { Framework = framework }, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpPost("new")]
    public Task<IActionResult> Create(Guid schoolId, InspectionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => handler.RecordAsync(schoolId, form, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{schoolId}/inspections", $"The {InspectionText.Name(form.Framework!.Value)} inspection has been recorded."),
            async _ => this.PageView(await handler.CreatePageAsync(schoolId, form, HttpContext.RequestAborted), "Create"));
    }

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpGet("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid schoolId, Guid id) =>
        this.PageView(await handler.DeletePageAsync(schoolId, id, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpPost("{id:guid}/delete")]
    [ActionName("Delete")]
    public Task<IActionResult> DeleteConfirmed(Guid schoolId, Guid id) =>
        this.SubmitAsync(
            () => handler.DeleteAsync(schoolId, id, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{schoolId}/inspections", "The inspection has been deleted."));
}
