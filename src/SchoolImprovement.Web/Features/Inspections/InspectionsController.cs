using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Inspections;
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
    public Task<IActionResult> Index(Guid schoolId) =>
        ForSchoolAsync(schoolId, async () => await handler.HistoryAsync(schoolId, HttpContext.RequestAborted) is { } history ? View(history) : NotFound());

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpGet("new")]
    public Task<IActionResult> Create(Guid schoolId, InspectionFramework? framework) =>
        ForSchoolAsync(schoolId, () => FormAsync(schoolId, new InspectionForm { Framework = framework }));

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpPost("new")]
    public Task<IActionResult> Create(Guid schoolId, InspectionForm form) =>
        ForSchoolAsync(schoolId, async () =>
        {
            ArgumentNullException.ThrowIfNull(form);
            if (!ModelState.IsValid)
            {
                return await FormAsync(schoolId, form);
            }

            if (await handler.RecordAsync(schoolId, form, HttpContext.RequestAborted) is { } problem)
            {
                ModelState.AddModelError("", problem);
                return await FormAsync(schoolId, form);
            }

            TempData["Notice"] = $"The {InspectionText.Name(form.Framework!.Value)} inspection has been recorded.";
            return Redirect($"/schools/{schoolId}/inspections");
        });

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpGet("{id:guid}/delete")]
    public Task<IActionResult> Delete(Guid schoolId, Guid id) =>
        ForSchoolAsync(schoolId, async () => await handler.FindAsync(schoolId, id, HttpContext.RequestAborted) is { } found ? View(found) : NotFound());

    [Authorize(Policy = Policies.RecordInspections)]
    [HttpPost("{id:guid}/delete")]
    [ActionName("Delete")]
    public Task<IActionResult> DeleteConfirmed(Guid schoolId, Guid id) =>
        ForSchoolAsync(schoolId, async () =>
        {
            if (!await handler.DeleteAsync(schoolId, id, HttpContext.RequestAborted))
            {
                return NotFound();
            }

            TempData["Notice"] = "The inspection has been deleted.";
            return Redirect($"/schools/{schoolId}/inspections");
        });

    private async Task<IActionResult> FormAsync(Guid schoolId, InspectionForm form)
    {
        ViewData["SchoolId"] = schoolId;
        ViewData["SchoolName"] = await handler.SchoolNameAsync(schoolId, HttpContext.RequestAborted);
        return View("Create", form);
    }

    private static Task<IActionResult> ForSchoolAsync(Guid schoolId, Func<Task<IActionResult>> allowed) => allowed();
}
