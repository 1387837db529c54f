using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Web.Email;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Users;

[Authorize(Policy = Policies.ManageTrust)]
[Route("users")]
public sealed class UsersController(TrustUsersHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await handler.ListAsync(HttpContext.RequestAborted));

    [HttpGet("new")]
    public IActionResult Create() => View(new UserForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create(UserForm form, [FromServices] UserManager<PortalUser> userManager, [FromServices] IPortalEmail email, [FromServices] PortalLinks links)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var (id, problems) = await handler.CreateAsync(form);
        if (id is null)
        {
            ModelState.AddProblems(problems);
            return View(form);
        }

        // New people choose their own password through the reset link.
        var user = (await userManager.FindByIdAsync(id.Value.ToString()))!;
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var link = links.Absolute(Request, Url.Action("ResetPassword", "Account", new { email = user.Email, token })!);
        await email.SendAsync(user.Email!, "Your school improvement portal account", $"An account has been made for you. Choose your password here:\n{link}");
        TempData["Notice"] = $"{form.DisplayName} has been added and sent an email to choose a password.";
        return Redirect($"/users/{id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var details = await handler.DetailsAsync(id, HttpContext.RequestAborted);
        if (details is null)
        {
            return NotFound();
        }

        ViewData["Details"] = details;
        return View(new UserForm { DisplayName = details.User.DisplayName, Email = details.User.Email ?? "", Roles = [.. details.Roles] });
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, UserForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var problems = await handler.UpdateAsync(id, form);
            if (problems is null)
            {
                return NotFound();
            }

            if (problems.Count == 0)
            {
                TempData["Notice"] = "The changes have been saved.";
                return Redirect($"/users/{id}");
            }

            ModelState.AddProblems(problems);
        }

        var details = await handler.DetailsAsync(id, HttpContext.RequestAborted);
        if (details is null)
        {
            return NotFound();
        }

        ViewData["Details"] = details;
        return View(form);
    }

    [HttpGet("{id:guid}/deactivate")]
    public async Task<IActionResult> Deactivate(Guid id) =>
        await handler.DetailsAsync(id, HttpContext.RequestAborted) is { } details ? View(details) : NotFound();

    [HttpPost("{id:guid}/deactivate")]
    [ActionName("Deactivate")]
    public async Task<IActionResult> DeactivateConfirmed(Guid id)
    {
        if (id == User.Id())
        {
            TempData["Notice"] = "You cannot deactivate your own account.";
            return Redirect($"/users/{id}");
        }

        if (!await handler.SetActiveAsync(id, active: false))
        {
            return NotFound();
        }

        TempData["Notice"] = "The account has been deactivated and its sessions ended.";
        return Redirect($"/users/{id}");
    }

    [HttpPost("{id:guid}/reactivate")]
    public async Task<IActionResult> Reactivate(Guid id)
    {
        if (!await handler.SetActiveAsync(id, active: true))
        {
            return NotFound();
        }

        TempData["Notice"] = "The account has been reactivated.";
        return Redirect($"/users/{id}");
    }

    [HttpPost("{id:guid}/reset-authenticator")]
    public async Task<IActionResult> ResetAuthenticator(Guid id)
    {
        if (!await handler.ResetAuthenticatorAsync(id))
        {
            return NotFound();
        }

        TempData["Notice"] = "Their authenticator app has been reset and they have been signed out. They will set up a new one when they next sign in.";
        return Redirect($"/users/{id}");
    }

    [HttpPost("{id:guid}/assignments")]
    public async Task<IActionResult> Assign(Guid id, AssignmentForm form)
    {
        if (!ModelState.IsValid)
        {
            TempData["Notice"] = "Choose a school and an assignment.";
            return Redirect($"/users/{id}");
        }

        var problems = await handler.AssignAsync(id, form, HttpContext.RequestAborted);
        if (problems is null)
        {
            return NotFound();
        }

        TempData["Notice"] = problems.Count == 0 ? "The assignment has been added." : string.Join(" ", problems);
        return Redirect($"/users/{id}");
    }

    [HttpPost("{id:guid}/assignments/{assignmentId:guid}/remove")]
    public async Task<IActionResult> Unassign(Guid id, Guid assignmentId)
    {
        if (!await handler.UnassignAsync(id, assignmentId, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "The assignment has been removed.";
        return Redirect($"/users/{id}");
    }

}
