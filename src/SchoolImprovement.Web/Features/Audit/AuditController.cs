using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Audit;

[Authorize(Policy = Policies.ViewAudit)]
[Route("audit")]
public sealed class AuditController(AuditTrailHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query) =>
        this.PageView(await handler.HandleAsync(query, HttpContext.RequestAborted));
}
