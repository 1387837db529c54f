using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// Authenticator-app sign-in (TOTP) with ASP.NET Core Identity: setting up a first app, the second
/// step of signing in, and recovery codes for a lost phone. Once an app is on, setup is refused
/// and sends the person to <see cref="SignInSecurityController"/>.
/// </summary>
[Route("account/mfa")]
[AllowedBeforeMfaSetup]
public sealed class MfaController : Controller
{
    [HttpGet("setup")]
    public async Task<IActionResult> Setup([FromServices] AuthenticatorSetupHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return await handler.PageAsync(User) is { } page ? View(page) : Redirect(SignInSecurityController.Path);
    }

    [HttpPost("setup")]
    public Task<IActionResult> Setup(AuthenticatorSetupForm form, [FromServices] AuthenticatorSetupHandler handler)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.EnableAsync(User, form, HttpContext.RequestAborted),
            done => View("RecoveryCodes", RecoveryCodesPage.From("Your authenticator app is set up", done.Detail)),
            async _ => await handler.PageAgainAsync(User, form.Ticket) is { } page ? View(page) : Redirect(SignInSecurityController.Path));
    }

    [AllowAnonymous]
    [HttpGet("verify")]
    public IActionResult Verify(string? returnUrl) => View(new MfaCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("verify")]
    public Task<IActionResult> Verify(MfaCodeForm form, [FromServices] TwoFactorSignInHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.VerifyAsync(form),
            done => LocalRedirect(done.Detail!),
            _ => Task.FromResult<IActionResult>(View(form)));
    }

    [AllowAnonymous]
    [HttpGet("recovery")]
    public IActionResult Recovery(string? returnUrl) => View(new RecoveryCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("recovery")]
    public Task<IActionResult> Recovery(RecoveryCodeForm form, [FromServices] TwoFactorSignInHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(form, () => handler.RecoveryAsync(form),
            done => LocalRedirect(done.Detail!),
            _ => Task.FromResult<IActionResult>(View(form)));
    }
}
