using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// "Your sign-in security": a signed-in person's own second factor. Replacing the authenticator
/// app and getting new recovery codes each ask for the password and a current code first.
/// </summary>
[Route("account/security")]
public sealed class SignInSecurityController(SignInSecurityHandler handler) : Controller
{
    public const string Path = "/account/security";

    [HttpGet("")]
    public async Task<IActionResult> Index() => this.PageView(await handler.PageAsync(User), "Security");

    [HttpGet("recovery-codes")]
    public IActionResult NewRecoveryCodes() => View(new SecurityCheckForm());

    [HttpPost("recovery-codes")]
    public Task<IActionResult> NewRecoveryCodes(SecurityCheckForm form) =>
        this.SubmitAsync(form, () => handler.NewRecoveryCodesAsync(User, form, HttpContext.RequestAborted),
            done => View("RecoveryCodes", RecoveryCodesPage.From("Your new recovery codes", done.Detail)),
            _ => Task.FromResult<IActionResult>(View(form)));

    [HttpGet("authenticator")]
    public IActionResult ReplaceAuthenticator() => View(new SecurityCheckForm());

    [HttpPost("authenticator")]
    public Task<IActionResult> ReplaceAuthenticator(SecurityCheckForm form) =>
        this.SubmitAsync(form, () => handler.CheckForNewAuthenticatorAsync(User, form),
            done => View("Setup", handler.ReplacementPage(done.Detail!)),
            _ => Task.FromResult<IActionResult>(View(form)));

    [HttpPost("authenticator/new")]
    public Task<IActionResult> NewAuthenticator(AuthenticatorSetupForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(form, () => handler.ReplaceAuthenticatorAsync(User, form, HttpContext.RequestAborted),
            done => View("RecoveryCodes", RecoveryCodesPage.From("Your new authenticator app is set up", done.Detail)),
            async _ => await handler.ReplacementPageAgainAsync(User, form.Ticket) is { } page ? View("Setup", page) : View(nameof(ReplaceAuthenticator), new SecurityCheckForm()));
    }
}
