using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// Authenticator-app sign-in (TOTP) with ASP.NET Core Identity: setting it up, the second step of
/// signing in, and recovery codes for a lost phone.
/// </summary>
[Route("account/mfa")]
[AllowedBeforeMfaSetup]
public sealed partial class MfaController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ILogger<MfaController> logger) : Controller
{
    private const string Issuer = "School improvement portal";

    [HttpGet("setup")]
    public async Task<IActionResult> Setup()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        ViewData["Setup"] = await SetupPageAsync(user);
        return View(new MfaCodeForm());
    }

    [HttpPost("setup")]
    public async Task<IActionResult> Setup(MfaCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = Normalise(form.Code);
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(form.Code), "That code is not right. Check the time on your phone and enter the code it shows now.");
        }

        if (!ModelState.IsValid)
        {
            ViewData["Setup"] = await SetupPageAsync(user);
            return View(form);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await signIn.RefreshSignInAsync(user);
        LogMfaEnabled(logger, user.UserName ?? user.Id.ToString());
        return View("RecoveryCodes", recoveryCodes?.ToList() ?? []);
    }

    [AllowAnonymous]
    [HttpGet("verify")]
    public IActionResult Verify(string? returnUrl) => View(new MfaCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("verify")]
    public async Task<IActionResult> Verify(MfaCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("SignIn", "Account");
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Normalise(form.Code), isPersistent: false, rememberClient: false);
        return SignedIn(result, form.ReturnUrl, nameof(form.Code), "That code is not right. Enter the code your authenticator app shows now.", form);
    }

    [AllowAnonymous]
    [HttpGet("recovery")]
    public IActionResult Recovery(string? returnUrl) => View(new RecoveryCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("recovery")]
    public async Task<IActionResult> Recovery(RecoveryCodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("SignIn", "Account");
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code.Replace(" ", "", StringComparison.Ordinal));
        return SignedIn(result, form.ReturnUrl, nameof(form.Code), "That recovery code is not right, or it has been used.", form);
    }

    private IActionResult SignedIn(Microsoft.AspNetCore.Identity.SignInResult result, string? returnUrl, string field, string wrong, object form)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        ModelState.AddModelError(field, result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : wrong);
        return View(form);
    }

    private async Task<MfaSetupPage> SetupPageAsync(PortalUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var grouped = new StringBuilder();
        for (var i = 0; i < key!.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString(Issuer), Uri.EscapeDataString(user.Email ?? user.UserName ?? ""), key);
        return new MfaSetupPage(grouped.ToString().Trim().ToLowerInvariant(), uri);
    }

    private static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Authenticator app set up for {User}")]
    private static partial void LogMfaEnabled(ILogger logger, string user);
}
