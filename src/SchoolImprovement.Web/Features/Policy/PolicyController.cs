using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Policy;

[Route("policy")]
public sealed class PolicyController(PolicyProfileHandler handler) : Controller
{
    [Authorize(Policy = Policies.TrustMember)]
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        await handler.CurrentAsync(HttpContext.RequestAborted) is { } profile ? View(profile) : NotFound();

    [Authorize(Policy = Policies.ManageTrust)]
    [HttpGet("edit")]
    public async Task<IActionResult> Edit()
    {
        var profile = await handler.CurrentAsync(HttpContext.RequestAborted);
        if (profile is null)
        {
            return NotFound();
        }

        var form = PolicyForm.From(profile);
        form.Categories.Add(new CategoryForm());
        return View(form);
    }

    [Authorize(Policy = Policies.ManageTrust)]
    [HttpPost("edit")]
    public async Task<IActionResult> Edit(PolicyForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        switch (await handler.SaveAsync(form, HttpContext.RequestAborted))
        {
            case PolicySaveResult.Refused refused:
                ModelState.AddProblems(refused.Problems);

                return View(form);
            case PolicySaveResult.Conflict conflict:
                ModelState.AddModelError("", "Someone else saved the policy profile while you were editing. Their values are shown below; your changes are still in the form. Save again to replace theirs.");
                ViewData["Current"] = conflict.Current;
                ModelState.Remove(nameof(PolicyForm.Version));
                form.Version = conflict.Current.Version;
                return View(form);
            default:
                TempData["Notice"] = "The policy profile has been saved.";
                return RedirectToAction(nameof(Index));
        }
    }
}
