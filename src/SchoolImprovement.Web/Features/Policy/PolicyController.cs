using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Policy;

[Route("policy")]
public sealed class PolicyController(PolicyProfileHandler handler) : Controller
{
    [Authorize(Policy = Policies.TrustMember)]
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        this.PageView(await handler.PageAsync(HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageTrust)]
    [HttpGet("edit")]
    public async Task<IActionResult> Edit() =>
        this.PageView(await handler.EditPageAsync(kept: null, showCurrent: false, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageTrust)]
    [HttpPost("edit")]
    public Task<IActionResult> Edit(PolicyForm form) =>
        this.SubmitAsync(
            form,
            () => handler.SaveAsync(form, HttpContext.RequestAborted),
            _ => this.Done("/policy", "The policy profile has been saved."),
            async conflict => this.PageView(await handler.EditPageAsync(form, showCurrent: conflict, HttpContext.RequestAborted), "Edit"));
}
