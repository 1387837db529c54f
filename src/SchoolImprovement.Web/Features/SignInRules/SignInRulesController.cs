using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.SignInRules;

/// <summary>The trust administrator's sign-in rules: which roles of the trust are exempt from the authenticator app.</summary>
[Route("trust/sign-in-rules")]
[Authorize(Policy = Policies.ManageTrust)]
public sealed class SignInRulesController : Controller
{
    public const string Path = "/trust/sign-in-rules";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] SignInRulesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return View(await handler.PageAsync(kept: null, HttpContext.RequestAborted));
    }

    [HttpPost("")]
    public Task<IActionResult> Index(MfaExemptionsForm form, [FromServices] MfaExemptionsHandler handler, [FromServices] SignInRulesHandler page)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(page);
        return this.SubmitAsync(form, () => handler.SaveAsync(User, form, HttpContext.RequestAborted),
            done => this.Done(Path, done.Detail ?? "The sign-in rules have been saved."),
            async _ => View(await page.PageAsync(form, HttpContext.RequestAborted)));
    }
}
