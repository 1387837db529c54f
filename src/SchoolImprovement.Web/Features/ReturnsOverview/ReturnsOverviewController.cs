using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.ReturnsOverview;

/// <summary>The trust-wide returns page: every school's SEF and SIP state for a term, and its website check (the central team).</summary>
[Authorize(Policy = Policies.OverseeReturns)]
public sealed class ReturnsOverviewController(ReturnsOverviewQueries queries) : Controller
{
    [HttpGet("/returns")]
    public async Task<IActionResult> Index([FromQuery] ReturnsFilter filter) =>
        View(await queries.PageAsync(filter ?? new ReturnsFilter(), HttpContext.RequestAborted));
}
