using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>The emailed invitation link: a new person chooses their own first password.</summary>
[AllowAnonymous]
[AllowedBeforeMfaSetup]
[Route("account/invitation")]
public sealed class InvitationController(AcceptInvitationHandler handler) : Controller
{
    public const string Path = "/account/invitation";
    public const string AcceptedNotice = "Your password is set. Sign in with your email address and your new password.";

    [HttpGet("")]
    public async Task<IActionResult> AcceptInvitation(string? email, string? token) =>
        await handler.FormAsync(email, token) is { } form
            ? View(form)
            : View("InvitationExpired", new InvitationExpiredPage(email ?? ""));

    [HttpPost("")]
    public Task<IActionResult> AcceptInvitation(AcceptInvitationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(form, () => handler.AcceptAsync(form, HttpContext.RequestAborted),
            _ => this.Done("/account/sign-in", AcceptedNotice),
            _ => Task.FromResult<IActionResult>(
                AcceptInvitationHandler.IsExpired(ModelState[""]?.Errors.Select(e => e.ErrorMessage) ?? [])
                    ? View("InvitationExpired", new InvitationExpiredPage(form.Email))
                    : View(new AcceptInvitationForm { Email = form.Email, Token = form.Token })));
    }
}
