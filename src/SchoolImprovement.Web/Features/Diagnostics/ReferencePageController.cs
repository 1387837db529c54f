using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Diagnostics;

/// <summary>
/// <c>/diagnostics/reference</c>: a signed-in page through the same middleware, filters and layout as
/// every other page, doing one query. It exists only when <see cref="ReferencePageConvention.Setting"/>
/// is true outside Production (<see cref="ReferencePageConvention"/>).
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
[Route("diagnostics/reference")]
public sealed class ReferencePageController(ReferencePageHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await handler.HandleAsync(HttpContext.RequestAborted));
}
