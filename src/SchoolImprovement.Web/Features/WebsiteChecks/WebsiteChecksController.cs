using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.WebsiteChecks;

/// <summary>
/// A school's yearly website checks (Vine policy §4). The central team and the school's headteacher read them
/// (<see cref="Policies.WorkWithReturns"/>); the Director of Learning records them (<see cref="Policies.ModerateReturns"/>).
/// Trustees and local committee members do not see them. Only for a trust whose policy uses website checks
/// (<see cref="PolicyCapability.WebsiteChecks"/>: Vine §4; the DDAT policy has none): otherwise the pages answer 404.
/// </summary>
[Authorize(Policy = Policies.WorkWithReturns)]
[RequiresCapability(PolicyCapability.WebsiteChecks)]
[Route("schools/{schoolId:guid}/website-checks")]
[SchoolScope]
public sealed class WebsiteChecksController(WebsiteCheckQueries queries, RecordWebsiteCheckHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid schoolId) =>
        this.PageView(await queries.HistoryAsync(schoolId, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ModerateReturns)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(Guid schoolId) =>
        this.PageView(await handler.CreatePageAsync(schoolId, null, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ModerateReturns)]
    [HttpPost("new")]
    public Task<IActionResult> Create(Guid schoolId, WebsiteCheckForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => handler.RecordAsync(schoolId, form, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{schoolId}/website-checks", "The website check has been recorded."),
            async _ => this.PageView(await handler.CreatePageAsync(schoolId, form, HttpContext.RequestAborted), "Create"));
    }
}
