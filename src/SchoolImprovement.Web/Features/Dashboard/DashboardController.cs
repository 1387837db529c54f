using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Dashboard;

[Authorize(Policy = Policies.TrustOverview)]
[Route("dashboard")]
public sealed class DashboardController(DashboardHandler handler, PermissionsReader permissions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DashboardQuery query) => View(await handler.HandleAsync(query, await permissions.CurrentAsync(), HttpContext.RequestAborted));
}
