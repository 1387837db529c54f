using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>The national comparators: read by anyone in the trust, kept by the trust administrator.</summary>
[Authorize(Policy = Policies.TrustMember)]
[Route("data/national")]
public sealed class NationalComparatorsController(NationalComparatorsHandler handler) : Controller
{
    private const string List = "/data/national";

    [HttpGet("")]
    public async Task<IActionResult> Index() => View("NationalIndex", await handler.ListAsync(HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageNationalComparators)]
    [HttpGet("new")]
    public async Task<IActionResult> Create() =>
        this.PageView(await handler.FormPageAsync(null, null, false, HttpContext.RequestAborted), "NationalForm");

    [Authorize(Policy = Policies.ManageNationalComparators)]
    [HttpPost("new")]
    public Task<IActionResult> Create(NationalComparatorForm form) =>
        this.SubmitAsync(
            form,
            () => handler.CreateAsync(form, HttpContext.RequestAborted),
            _ => this.Done(List, "The national figure has been added."),
            async _ => this.PageView(await handler.FormPageAsync(null, form, false, HttpContext.RequestAborted), "NationalForm"));

    [Authorize(Policy = Policies.ManageNationalComparators)]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id) =>
        this.PageView(await handler.FormPageAsync(id, null, false, HttpContext.RequestAborted), "NationalForm");

    [Authorize(Policy = Policies.ManageNationalComparators)]
    [HttpPost("{id:guid}/edit")]
    public Task<IActionResult> Edit(Guid id, NationalComparatorForm form) =>
        this.SubmitAsync(
            form,
            () => handler.UpdateAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done(List, "The national figure has been changed."),
            async conflict => this.PageView(await handler.FormPageAsync(id, form, conflict, HttpContext.RequestAborted), "NationalForm"));

    [Authorize(Policy = Policies.ManageNationalComparators)]
    [HttpGet("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id) =>
        this.PageView(await handler.DeletePageAsync(id, HttpContext.RequestAborted), "NationalDelete");

    [Authorize(Policy = Policies.ManageNationalComparators)]
    [HttpPost("{id:guid}/delete")]
    [ActionName("Delete")]
    public Task<IActionResult> DeleteConfirmed(Guid id, Guid version) =>
        this.SubmitAsync(
            () => handler.DeleteAsync(id, version, HttpContext.RequestAborted),
            _ => this.Done(List, "The national figure has been deleted."));
}
