using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Due;

/// <summary>
/// What is due and overdue (issue 11 item 4): the trust's list (<c>/due</c>, <c>?mine=true</c>, <c>?officer=</c>,
/// <c>?within=</c> days) and a school's (<c>/schools/{id}/due</c>). Every trust member reads it; each sees the schools
/// they can see (<see cref="DueListQueries"/>).
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
public sealed class DueController(DueListQueries queries) : Controller
{
    [HttpGet("due")]
    public async Task<IActionResult> Index([FromQuery] bool mine = false, [FromQuery] Guid? officer = null, [FromQuery] int? within = null) =>
        this.PageView(await queries.ListAsync(new DueListQuery(mine, officer, within), null, User, HttpContext.RequestAborted));

    [HttpGet("schools/{schoolId:guid}/due")]
    [SchoolScope]
    public async Task<IActionResult> School(Guid schoolId, [FromQuery] bool mine = false, [FromQuery] int? within = null) =>
        this.PageView(await queries.ListAsync(new DueListQuery(mine, null, within), schoolId, User, HttpContext.RequestAborted), "Index");
}
