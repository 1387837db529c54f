using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>"Change your password", linked from "Your sign-in security". Any signed-in person, for their own account.</summary>
[Route("account/password")]
public sealed class ChangePasswordController(ChangePasswordHandler handler) : Controller
{
    public const string Path = "/account/password";
    public const string Changed = "Your password has been changed. You have been signed out everywhere else.";

    [HttpGet("")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("")]
    public Task<IActionResult> ChangePassword(ChangePasswordForm form) =>
        this.SubmitAsync(form, () => handler.HandleAsync(User, form, HttpContext.RequestAborted),
            _ => this.Done(SignInSecurityController.Path, Changed),
            _ => Task.FromResult<IActionResult>(View(new ChangePasswordForm())));
}
