using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Platform;

/// <summary>Platform administrators create trusts and their first administrator; they see no trust's school data.</summary>
[Authorize(Policy = Policies.PlatformAdministration)]
[Route("platform/trusts")]
public sealed class TrustsController(TrustProvisioningHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await handler.ListAsync(HttpContext.RequestAborted));

    [HttpGet("new")]
    public IActionResult Create() => View(new NewTrustForm { PolicyTemplate = PolicyTemplates.Vine });

    [HttpPost("new")]
    public async Task<IActionResult> Create(NewTrustForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var problems = await handler.CreateAsync(form, HttpContext.RequestAborted);
        if (problems.Count > 0)
        {
            ModelState.AddProblems(problems);

            return View(form);
        }

        TempData["Notice"] = $"{form.TrustName} has been created. Its administrator has the password you set and should change it.";
        return RedirectToAction(nameof(Index));
    }
}
