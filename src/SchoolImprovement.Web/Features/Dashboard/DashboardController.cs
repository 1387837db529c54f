using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Dashboard;

[Authorize(Policy = Policies.TrustOverview)]
[Route("dashboard")]
public sealed class DashboardController(DashboardHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DashboardQuery query) => View(await handler.HandleAsync(query, HttpContext.RequestAborted));
}
