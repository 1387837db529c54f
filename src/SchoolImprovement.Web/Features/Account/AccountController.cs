using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>Signing in and out, and a forgotten password.</summary>
[Route("account")]
[AllowedBeforeMfaSetup]
public sealed class AccountController : Controller
{
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public Task<IActionResult> SignIn(SignInForm form, [FromServices] SignInHandler handler)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.SignInAsync(form),
            done => LocalRedirect(done.Detail!),
            _ => Task.FromResult<IActionResult>(View(form)));
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfPortal([FromServices] SessionsSignOutHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        await handler.SignOutAsync(User, HttpContext.RequestAborted);
        return RedirectToAction(nameof(SignIn));
    }

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    public Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] PasswordResetHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.RequestAsync(form, HttpContext.RequestAborted),
            done => View("ForgotPasswordSent", new ForgotPasswordSentPage(done.Detail!)),
            _ => Task.FromResult<IActionResult>(View(form)));
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string email, string token) => View(new ResetPasswordForm { Email = email, Token = token });

    [AllowAnonymous]
    [HttpPost("reset-password")]
    public Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] PasswordResetHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.ResetAsync(form, HttpContext.RequestAborted),
            _ => this.Done("/account/sign-in", "Your password has been changed. Sign in with your new password."),
            _ => Task.FromResult<IActionResult>(View(form)));
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/Forbidden.cshtml", new Errors.ErrorPage(StatusCodes.Status403Forbidden, HttpContext.TraceIdentifier));
    }
}
