using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Schools;

[Authorize(Policy = Policies.TrustMember)]
[Route("schools")]
public sealed class SchoolsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SchoolListQuery query, [FromServices] SchoolListHandler handler) =>
        this.PageView(await handler.HandleAsync(User, query, HttpContext.RequestAborted));

    [HttpGet("{id:guid}")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Details(Guid id, [FromServices] SchoolProfileHandler handler) =>
        this.PageView(await handler.HandleAsync(id, HttpContext.RequestAborted));
}
