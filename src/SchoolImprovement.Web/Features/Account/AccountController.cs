using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

[Route("account")]
[AllowedBeforeMfaSetup]
public sealed partial class AccountController(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    IPortalEmail email,
    PortalLinks links,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { IsActive: true })
        {
            var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                LogSignIn(logger, user.UserName ?? user.Id.ToString());
                return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
            }

            if (result.RequiresTwoFactor)
            {
                return Redirect($"/account/mfa/verify?returnUrl={Uri.EscapeDataString(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/")}");
            }

            if (result.IsLockedOut)
            {
                LogLockedOut(logger, user.UserName ?? user.Id.ToString());
                ModelState.AddModelError("", "This account is locked after too many failed sign-ins. Try again in 15 minutes or reset your password.");
                return View(form);
            }
        }

        LogFailedSignIn(logger, form.Email);
        ModelState.AddModelError("", "The email address or password is not right.");
        return View(form);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfPortal()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // The same answer whether or not the address has an account, so addresses cannot be probed.
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { IsActive: true, Email: not null })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.Absolute(Request, Url.Action(nameof(ResetPassword), "Account", new { email = user.Email, token })!);
            await email.SendAsync(user.Email, "Reset your school improvement portal password",
                $"Someone asked to reset the password for {user.Email}.\n\nTo choose a new password, open this link within a day:\n{link}\n\nIf it was not you, ignore this email.");
        }

        return View("ForgotPasswordSent");
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string email, string token) => View(new ResetPasswordForm { Email = email, Token = token });

    [AllowAnonymous]
    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email);
        var result = user is null
            ? IdentityResult.Failed(new IdentityError { Description = "This reset link is not valid. Ask for a new one." })
            : await users.ResetPasswordAsync(user, form.Token, form.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.Password), error.Code == "InvalidToken" ? "This reset link has expired or was already used. Ask for a new one." : error.Description);
            }

            return View(form);
        }

        await users.ResetAccessFailedCountAsync(user!);
        await users.SetLockoutEndDateAsync(user!, null);
        TempData["Notice"] = "Your password has been changed. Sign in with your new password.";
        return RedirectToAction(nameof(SignIn));
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/Forbidden.cshtml", new Errors.ErrorPage(StatusCodes.Status403Forbidden, HttpContext.TraceIdentifier));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in: {User}")]
    private static partial void LogSignIn(ILogger logger, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for {Email}")]
    private static partial void LogFailedSignIn(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account locked out: {User}")]
    private static partial void LogLockedOut(ILogger logger, string user);
}
