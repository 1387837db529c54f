using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.RoleRequests;

/// <summary>
/// Requests to give a role that controls the trust (CEO, Director of Learning, trust administrator),
/// decided by a second person: a CEO or a trust administrator of the trust (<see cref="Domain.People.RoleGrantRequest.Approvers"/>).
/// </summary>
[Authorize(Policy = Policies.DecideRoleRequests)]
[Route("users/role-requests")]
public sealed class RoleRequestsController(RoleRequestQueries queries) : Controller
{
    public const string Path = "/users/role-requests";

    /// <summary>Shown beside a request that nobody else in the trust can decide (a new trust has a single administrator).</summary>
    public const string NobodyElseCanDecide =
        "Nobody else in the trust can decide this: it needs an active CEO or trust administrator other than the person and whoever asked. " +
        "The portal's platform administrator can approve or refuse it on their role requests page (" + Platform.PlatformRoleRequestsController.Path + "): ask them.";

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await queries.PageAsync(HttpContext.RequestAborted));

    [HttpPost("{id:guid}/approve")]
    public Task<IActionResult> Approve(Guid id, [FromServices] RoleRequestDecisionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.ApproveAsync(id, HttpContext.RequestAborted),
            _ => this.Done(Path, "The request has been approved: the role has been given and the person signed out, to sign in again with it."),
            _ => ShowAsync());
    }

    [HttpPost("{id:guid}/refuse")]
    public Task<IActionResult> Refuse(Guid id, [FromServices] RoleRequestDecisionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.RefuseAsync(id, HttpContext.RequestAborted),
            _ => this.Done(Path, "The request has been refused: no role has changed."),
            _ => ShowAsync());
    }

    private async Task<IActionResult> ShowAsync() => View(nameof(Index), await queries.PageAsync(HttpContext.RequestAborted));
}
