using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Platform;

/// <summary>Platform administrators create trusts and their first administrator; they see no trust's school data.</summary>
[Authorize(Policy = Policies.PlatformAdministration)]
[Route("platform/trusts")]
public sealed class TrustsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] TrustQueries queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return View(await queries.ListAsync(HttpContext.RequestAborted));
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new NewTrustForm { PolicyTemplate = PolicyTemplates.Vine });

    [HttpPost("new")]
    public Task<IActionResult> Create(NewTrustForm form, [FromServices] CreateTrustHandler handler)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.HandleAsync(form, HttpContext.RequestAborted),
            _ => this.Done("/platform/trusts", $"{form.TrustName} has been created. Its administrator has been emailed an invitation link to choose their own password."),
            _ => Task.FromResult<IActionResult>(View(form)));
    }
}
