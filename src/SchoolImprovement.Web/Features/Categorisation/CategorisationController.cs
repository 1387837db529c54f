using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Categorisation;

[Authorize(Policy = Policies.TrustMember)]
public sealed class CategorisationController(CategorisationHandler handler) : Controller
{
    /// <summary>The school's categorisation history. Headteachers and local committee members see confirmed categories only.</summary>
    [HttpGet("schools/{schoolId:guid}/categorisation")]
    [SchoolScope]
    public async Task<IActionResult> History(Guid schoolId)
    {
        ViewData["School"] = await handler.SchoolAsync(schoolId, HttpContext.RequestAborted);
        return View(await handler.HistoryAsync(schoolId, confirmedOnly: !User.SeesWholeTrust(), HttpContext.RequestAborted));
    }

    [Authorize(Policy = Policies.ProposeCategory)]
    [HttpGet("schools/{schoolId:guid}/categorisation/propose")]
    [SchoolScope(Relation = SchoolRelation.LinkedOfficer)]
    public async Task<IActionResult> Propose(Guid schoolId)
    {
        var page = await handler.ProposalPageAsync(schoolId, HttpContext.RequestAborted);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(new ProposalForm());
    }

    [Authorize(Policy = Policies.ProposeCategory)]
    [HttpPost("schools/{schoolId:guid}/categorisation/propose")]
    [SchoolScope(Relation = SchoolRelation.LinkedOfficer)]
    public async Task<IActionResult> Propose(Guid schoolId, ProposalForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var result = await handler.ProposeAsync(User, schoolId, form, HttpContext.RequestAborted);
            switch (result.Outcome)
            {
                case CommandOutcome.Done:
                    TempData["Notice"] = "The category has been proposed. The Director of Learning will confirm or return it.";
                    return Redirect($"/categorisations/{result.Id}");
                case CommandOutcome.Forbidden:
                    return Forbid();
                case CommandOutcome.NotFound:
                    return NotFound();
                default:
                    ModelState.AddModelError("", result.Message!);
                    break;
            }
        }

        // Only a refused proposal needs the page again (scheme, suggestion, history), with the input kept.
        var page = await handler.ProposalPageAsync(schoolId, HttpContext.RequestAborted);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(form);
    }

    /// <summary>Proposals and returns stay with the trust-wide team; the school sees confirmed categories (<see cref="ScopeFrom.Categorisation"/>).</summary>
    [HttpGet("categorisations/{id:guid}")]
    [SchoolScope(ScopeFrom.Categorisation, "id")]
    public async Task<IActionResult> Review(Guid id) => this.PageView(await handler.ReviewAsync(id, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ConfirmCategory)]
    [HttpPost("categorisations/{id:guid}/confirm")]
    [SchoolScope(ScopeFrom.Categorisation, "id")]
    public async Task<IActionResult> Confirm(Guid id, DecisionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await handler.ConfirmAsync(User, id, form.Version, HttpContext.RequestAborted);
        return Decided(id, result, "The category is confirmed and its action plan has been created from the standard responses.");
    }

    [Authorize(Policy = Policies.ProposeCategory)]
    [HttpPost("categorisations/{id:guid}/plan")]
    [SchoolScope(ScopeFrom.Categorisation, "id", Relation = SchoolRelation.LinkedOfficer)]
    public async Task<IActionResult> Plan(Guid id, PlanForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await handler.PlanAsync(User, id, form.Version, form.Actions, HttpContext.RequestAborted);
        return result.Outcome == CommandOutcome.Forbidden ? Forbid() : Decided(id, result, "The planned actions have been saved. They become the school's action plan when the category is confirmed.");
    }

    [Authorize(Policy = Policies.ConfirmCategory)]
    [HttpPost("categorisations/{id:guid}/return")]
    [SchoolScope(ScopeFrom.Categorisation, "id")]
    public async Task<IActionResult> Return(Guid id, DecisionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await handler.ReturnAsync(User, id, form.Version, form.Reason, HttpContext.RequestAborted);
        return Decided(id, result, "The proposal has been returned to the officer with your reason.");
    }

    private IActionResult Decided(Guid id, CommandResult result, string notice)
    {
        switch (result.Outcome)
        {
            case CommandOutcome.NotFound:
                return NotFound();
            case CommandOutcome.Refused:
                TempData["Problem"] = result.Message;
                return Redirect($"/categorisations/{id}");
            default:
                TempData["Notice"] = notice;
                return Redirect($"/categorisations/{id}");
        }
    }
}
