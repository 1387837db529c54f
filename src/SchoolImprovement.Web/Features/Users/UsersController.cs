using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>The trust administrator's work on the trust's people. Another trust's person is 404, as a missing one.</summary>
[Authorize(Policy = Policies.ManageTrust)]
[Route("users")]
public sealed class UsersController(UserQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await queries.ListAsync(HttpContext.RequestAborted));

    [HttpGet("new")]
    public IActionResult Create() => View(new UserForm());

    [HttpPost("new")]
    public Task<IActionResult> Create(UserForm form, [FromServices] CreateUserHandler handler)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.HandleAsync(form, HttpContext.RequestAborted),
            done => this.Done($"/users/{done.Id}", $"{form.DisplayName} has been added and sent an email to choose a password. {done.Detail}".TrimEnd()),
            _ => Task.FromResult<IActionResult>(View(form)));
    }

    [HttpGet("{id:guid}")]
    public Task<IActionResult> Edit(Guid id) => ShowAsync(id);

    [HttpPost("{id:guid}")]
    public Task<IActionResult> Edit(Guid id, UserForm form, [FromServices] UpdateUserHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            done => this.Done($"/users/{id}", done.Detail ?? "The changes have been saved."),
            _ => ShowAsync(id, form));
    }

    [HttpGet("{id:guid}/deactivate")]
    public Task<IActionResult> Deactivate(Guid id) => ShowDeactivateAsync(id);

    [HttpPost("{id:guid}/deactivate")]
    [ActionName("Deactivate")]
    public Task<IActionResult> DeactivateConfirmed(Guid id, [FromServices] UserActivationHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.DeactivateAsync(id, HttpContext.RequestAborted),
            _ => this.Done($"/users/{id}", "The account has been deactivated and its sessions ended."),
            _ => ShowDeactivateAsync(id));
    }

    [HttpPost("{id:guid}/reactivate")]
    public Task<IActionResult> Reactivate(Guid id, [FromServices] UserActivationHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.ReactivateAsync(id, HttpContext.RequestAborted),
            _ => this.Done($"/users/{id}", "The account has been reactivated."),
            _ => ShowAsync(id));
    }

    [HttpPost("{id:guid}/resend-invitation")]
    public Task<IActionResult> ResendInvitation(Guid id, [FromServices] ResendInvitationHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.HandleAsync(id, HttpContext.RequestAborted),
            _ => this.Done($"/users/{id}", "A new invitation has been sent. Earlier invitation links no longer work."),
            _ => ShowAsync(id));
    }

    [HttpPost("{id:guid}/reset-authenticator")]
    public Task<IActionResult> ResetAuthenticator(Guid id, [FromServices] ResetAuthenticatorHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.HandleAsync(id, HttpContext.RequestAborted),
            _ => this.Done($"/users/{id}", "Their authenticator app and password have been reset and they have been signed out. They have been emailed a link to choose a new password, then they will set up a new app."),
            _ => ShowAsync(id));
    }

    [HttpGet("{id:guid}/sessions/{sessionId:guid}/end")]
    public Task<IActionResult> EndSession(Guid id, Guid sessionId) => ShowEndSessionAsync(id, sessionId);

    [HttpPost("{id:guid}/sessions/{sessionId:guid}/end")]
    [ActionName("EndSession")]
    public Task<IActionResult> EndSessionConfirmed(Guid id, Guid sessionId, [FromServices] EndUserSessionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.HandleAsync(id, sessionId, HttpContext.RequestAborted),
            _ => this.Done($"/users/{id}", "The session has been ended: that browser is signed out."),
            _ => ShowEndSessionAsync(id, sessionId));
    }

    [HttpPost("{id:guid}/assignments")]
    public Task<IActionResult> Assign(Guid id, AssignmentForm form, [FromServices] AssignSchoolHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/users/{id}", "The assignment has been added."),
            _ => ShowAsync(id, keptAssignment: form));
    }

    [HttpPost("{id:guid}/assignments/{assignmentId:guid}/remove")]
    public Task<IActionResult> Unassign(Guid id, Guid assignmentId, [FromServices] UnassignSchoolHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.HandleAsync(id, assignmentId, HttpContext.RequestAborted),
            _ => this.Done($"/users/{id}", "The assignment has been removed."),
            _ => ShowAsync(id));
    }

    /// <summary>The person's page; after a refusal, with the administrator's input kept and the reasons shown as errors.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, UserForm? keptForm = null, AssignmentForm? keptAssignment = null) =>
        this.PageView(await queries.PageAsync(id, keptForm, keptAssignment, HttpContext.RequestAborted), nameof(Edit));

    private async Task<IActionResult> ShowEndSessionAsync(Guid id, Guid sessionId) =>
        this.PageView(await queries.EndSessionPageAsync(id, sessionId, HttpContext.RequestAborted), nameof(EndSession));

    private async Task<IActionResult> ShowDeactivateAsync(Guid id) =>
        this.PageView(await queries.DeactivatePageAsync(id, HttpContext.RequestAborted), nameof(Deactivate));
}
