using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Platform;

/// <summary>
/// Every trust's requests to give a role that controls the trust, for the platform administrator to
/// approve or refuse when the trust has nobody else who can (a new trust has one administrator).
/// </summary>
[Authorize(Policy = Policies.PlatformAdministration)]
[Route("platform/role-requests")]
public sealed class PlatformRoleRequestsController(PlatformRoleRequestQueries queries) : Controller
{
    public const string Path = "/platform/role-requests";
    public const string Approved = "The request has been approved: the role has been given and the person signed out, to sign in again with it.";
    public const string Refused = "The request has been refused: no role has changed.";

    [HttpGet("")]
    public async Task<IActionResult> Index() => await ShowAsync();

    [HttpPost("{id:guid}/approve")]
    public Task<IActionResult> Approve(Guid id, [FromServices] PlatformRoleRequestDecisionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.ApproveAsync(id, HttpContext.RequestAborted),
            _ => this.Done(Path, Approved),
            _ => ShowAsync());
    }

    [HttpPost("{id:guid}/refuse")]
    public Task<IActionResult> Refuse(Guid id, [FromServices] PlatformRoleRequestDecisionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.RefuseAsync(id, HttpContext.RequestAborted),
            _ => this.Done(Path, Refused),
            _ => ShowAsync());
    }

    private async Task<IActionResult> ShowAsync() => View("RoleRequests", await queries.PageAsync(HttpContext.RequestAborted));
}
