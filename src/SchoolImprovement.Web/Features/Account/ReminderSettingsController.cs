using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>/account/reminders: a trust member chooses which reminder emails they get.</summary>
[Route("account/reminders")]
[Authorize(Policy = Policies.TrustMember)]
public sealed class ReminderSettingsController(ReminderSettingsHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => this.PageView(await handler.PageAsync(User, null, HttpContext.RequestAborted), "ReminderSettings");

    [HttpPost("")]
    public Task<IActionResult> Save(ReminderSettingsForm form) =>
        this.SubmitAsync(form, () => handler.SaveAsync(User, form, HttpContext.RequestAborted),
            _ => this.Done("/account/reminders", "Your reminder choices have been saved."),
            async _ => this.PageView(await handler.PageAsync(User, form, HttpContext.RequestAborted), "ReminderSettings"));
}
