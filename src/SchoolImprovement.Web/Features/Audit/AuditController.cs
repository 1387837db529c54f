using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Audit;

[Authorize(Policy = Policies.ViewAudit)]
[Route("audit")]
public sealed class AuditController(AuditTrailHandler handler, SecurityEventsHandler securityEvents) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query) =>
        this.PageView(await handler.HandleAsync(query, HttpContext.RequestAborted));

    /// <summary>The trust's security events: sign-ins, lockouts, 429s, credential and session changes.</summary>
    [HttpGet("security")]
    public async Task<IActionResult> Security([FromQuery] SecurityEventQuery query) =>
        this.PageView(await securityEvents.HandleAsync(query, HttpContext.RequestAborted));
}
