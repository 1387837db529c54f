using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Schools;

[Authorize(Policy = Policies.TrustMember)]
[Route("schools")]
public sealed class SchoolsController(SchoolAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SchoolListQuery query, [FromServices] SchoolListHandler handler) =>
        View(await handler.HandleAsync(User, query, HttpContext.RequestAborted));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] SchoolProfileHandler handler) =>
        await access.RefusalAsync(this, id)
        ?? View(await handler.HandleAsync(id, confirmedOnly: !User.SeesWholeTrust(), HttpContext.RequestAborted));
}
