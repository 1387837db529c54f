using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.ConcernsOverview;

/// <summary>
/// The trust view of schools causing concern, boards, the committee's business and Spotlight projects (issue 10, item 5):
/// concern readers only. Each section belongs to a capability of the trust's policy; with none of them used the page is
/// absent (404), as a <see cref="RequiresCapabilityAttribute"/> page is.
/// </summary>
[Authorize(Policy = Policies.ReadConcerns)]
public sealed class ConcernsOverviewController(ConcernsOverviewQueries queries) : Controller
{
    [HttpGet("/concerns")]
    public async Task<IActionResult> Index() =>
        this.PageView(await queries.PageAsync(HttpContext.RequestAborted));
}
