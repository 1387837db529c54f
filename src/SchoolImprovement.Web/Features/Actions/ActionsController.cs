using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>The one action tracker: trust-wide list, "my actions", each school's plan, and each action.</summary>
[Authorize(Policy = Policies.TrustMember)]
public sealed class ActionsController(ActionQueries queries, ActionCommandsHandler commands) : Controller
{
    [Authorize(Policy = Policies.TrustOverview)]
    [HttpGet("actions")]
    public async Task<IActionResult> Index([FromQuery] ActionListQuery query) => View(await queries.ListAsync(query, HttpContext.RequestAborted));

    [HttpGet("actions/mine")]
    public async Task<IActionResult> Mine() => View(await queries.MineAsync(User, HttpContext.RequestAborted));

    [HttpGet("schools/{schoolId:guid}/actions")]
    [SchoolScope]
    public async Task<IActionResult> School(Guid schoolId)
    {
        ViewData["SchoolId"] = schoolId;
        return View(await queries.ForSchoolAsync(schoolId, HttpContext.RequestAborted));
    }

    [Authorize(Policy = Policies.ManageActions)]
    [HttpGet("schools/{schoolId:guid}/actions/new")]
    [SchoolScope]
    public async Task<IActionResult> Create(Guid schoolId)
    {
        ViewData["People"] = await commands.PeopleAsync(HttpContext.RequestAborted);
        return View(new ActionForm());
    }

    [Authorize(Policy = Policies.ManageActions)]
    [HttpPost("schools/{schoolId:guid}/actions/new")]
    [SchoolScope]
    public async Task<IActionResult> Create(Guid schoolId, ActionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await commands.CreateAsync(schoolId, form, HttpContext.RequestAborted);
            if (result.Outcome == CommandOutcome.NotFound)
            {
                return NotFound();
            }

            if (result.Outcome == CommandOutcome.Done)
            {
                TempData["Notice"] = "The action has been added.";
                return Redirect($"/schools/{schoolId}/actions");
            }

            ModelState.AddModelError("", result.Message!);
        }

        ViewData["People"] = await commands.PeopleAsync(HttpContext.RequestAborted);
        return View(form);
    }

    [HttpGet("actions/{id:guid}")]
    [SchoolScope(ScopeFrom.Action, "id")]
    public async Task<IActionResult> Details(Guid id) => this.PageView(await commands.PageAsync(User, id, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ManageActions)]
    [HttpPost("actions/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.Action, "id")]
    public async Task<IActionResult> Edit(Guid id, ActionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = ModelState.IsValid
            ? await commands.EditAsync(id, form, HttpContext.RequestAborted)
            : CommandResult.Refused(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        return await DoneAsync(id, result, "The action has been saved.", kept => kept["EditForm"] = form);
    }

    [Authorize(Policy = Policies.ManageActions)]
    [HttpPost("actions/{id:guid}/status")]
    [SchoolScope(ScopeFrom.Action, "id")]
    public async Task<IActionResult> Status(Guid id, StatusForm form) =>
        await DoneAsync(id, await commands.ChangeStatusAsync(id, form, HttpContext.RequestAborted), "The action's status has been changed.", kept => kept["StatusReason"] = form?.Reason);

    [Authorize(Policy = Policies.RecordImpact)]
    [HttpPost("actions/{id:guid}/impact")]
    [SchoolScope(ScopeFrom.Action, "id", Relation = SchoolRelation.Headteacher)]
    public async Task<IActionResult> Impact(Guid id, ImpactForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = ModelState.IsValid
            ? await commands.RecordImpactAsync(User, id, form, HttpContext.RequestAborted)
            : CommandResult.Refused("Describe the evidence of impact.");
        return await DoneAsync(id, result, "The evidence of impact has been recorded.", kept => kept["ImpactText"] = form.Evidence);
    }

    /// <summary>
    /// After a change: on success back to the action with a notice; when refused (a rule, or
    /// someone else's newer change) the page is shown again with the current values, the message
    /// and what the user typed, so nothing is lost.
    /// </summary>
    private async Task<IActionResult> DoneAsync(Guid id, CommandResult result, string notice, Action<ViewDataDictionary> keepInput)
    {
        switch (result.Outcome)
        {
            case CommandOutcome.NotFound:
                return NotFound();
            case CommandOutcome.Forbidden:
                return Forbid();
            case CommandOutcome.Refused:
                var page = await commands.PageAsync(User, id, HttpContext.RequestAborted);
                if (page is null)
                {
                    return NotFound();
                }

                ViewData["Problem"] = result.Message;
                keepInput(ViewData);
                return View(nameof(Details), page);
            default:
                TempData["Notice"] = notice;
                return Redirect($"/actions/{id}");
        }
    }
}
