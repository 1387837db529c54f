using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// The one way a controller answers a command (docs/architecture.md, "Commands"):
/// <list type="bullet">
/// <item>invalid input or a refusal: the reasons go into ModelState and the page is shown again with the user's input;</item>
/// <item>a conflict: the page is shown again with the current values beside the user's kept input, and the form takes the
/// current version so that saving again replaces the other person's change;</item>
/// <item>done: a success notice and a redirect;</item>
/// <item>not found (or another trust's): 404; forbidden: 403.</item>
/// </list>
/// </summary>
public static class CommandResponses
{
    public const string ConflictMessage =
        "Someone else saved this while you were working on it. Their version is shown; your changes are still in the form. Save again to replace theirs.";

    /// <summary>Runs <paramref name="command"/> when the form is valid, and answers its result.</summary>
    /// <param name="form">The bound form: kept as typed; given the current version on a conflict.</param>
    /// <param name="showAgain">Renders the form's page again; its argument is true on a conflict (show the current values).</param>
    public static async Task<IActionResult> SubmitAsync(
        this Controller controller, object form, Func<Task<CommandResult>> command, Func<CommandResult.Done, IActionResult> done, Func<bool, Task<IActionResult>> showAgain)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(showAgain);
        if (!controller.ModelState.IsValid)
        {
            return await showAgain(false);
        }

        switch (await command())
        {
            case CommandResult.Done d:
                return done(d);
            case CommandResult.Refused refused:
                controller.ModelState.AddProblems(refused.Problems);
                return await showAgain(false);
            case CommandResult.Conflict conflict:
                controller.ModelState.AddModelError("", ConflictMessage);
                if (form is IVersionedForm versioned)
                {
                    controller.ModelState.Remove(nameof(IVersionedForm.Version));
                    versioned.Version = conflict.CurrentVersion;
                }

                return await showAgain(true);
            case CommandResult.Forbidden:
                return controller.Forbid();
            default:
                return controller.NotFound();
        }
    }

    /// <summary>A command with no form and no page to show again (reopen, remove): refusals come back as a problem page.</summary>
    public static async Task<IActionResult> SubmitAsync(this Controller controller, Func<Task<CommandResult>> command, Func<CommandResult.Done, IActionResult> done)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return await controller.SubmitAsync(new object(), command, done, _ => Task.FromResult<IActionResult>(controller.ProblemPage(controller.ModelState)));
    }

    /// <summary>Success: the notice is shown once on the next page.</summary>
    public static IActionResult Done(this Controller controller, string url, string notice)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.TempData[Notices.Key] = notice;
        return controller.Redirect(url);
    }

    /// <summary>A query's page: the view, or 404 when the query found nothing.</summary>
    public static IActionResult PageView<T>(this Controller controller, T? page, string? viewName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(controller);
        return page is null ? controller.NotFound() : controller.View(viewName, page);
    }

    /// <summary>Adds rule failures as form-wide errors, shown in the page's error summary.</summary>
    public static void AddProblems(this ModelStateDictionary modelState, IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            modelState.AddModelError("", problem);
        }
    }

    private static ViewResult ProblemPage(this Controller controller, ModelStateDictionary modelState)
    {
        var result = controller.View("~/Features/Errors/Problem.cshtml", new Features.Errors.ErrorPage(StatusCodes.Status422UnprocessableEntity, controller.HttpContext.TraceIdentifier, [.. modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)]));
        result.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return result;
    }
}
