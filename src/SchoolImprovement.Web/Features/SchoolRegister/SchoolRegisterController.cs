using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.SchoolRegister;

/// <summary>The trust's register of schools: add, edit, close, reopen, and import from GIAS.</summary>
[Authorize(Policy = Policies.ManageSchools)]
public sealed class SchoolRegisterController(SchoolRegisterHandler handler) : Controller
{
    /// <summary>Room for a 5 MB upload and the form around it; larger requests are cut off before they are read.</summary>
    private const long MaxRequestBytes = 10 * 1024 * 1024;

    [HttpGet("schools/new")]
    public IActionResult Create() => View(new SchoolForm());

    [HttpPost("schools/new")]
    public async Task<IActionResult> Create(SchoolForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        switch (await handler.CreateAsync(form, HttpContext.RequestAborted))
        {
            case SchoolSaveResult.Saved saved:
                TempData["Notice"] = $"{form.Name.Trim()} has been added to the register.";
                return Redirect($"/schools/{saved.Id}");
            case SchoolSaveResult.Refused refused:
                ModelState.AddProblems(refused.Problems);
                return View(form);
            default:
                return NotFound();
        }
    }

    [HttpGet("schools/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Edit(Guid id)
    {
        ViewData["Id"] = id;
        return await handler.FormAsync(id, HttpContext.RequestAborted) is { } form ? View(form) : NotFound();
    }

    [HttpPost("schools/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Edit(Guid id, SchoolForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        ViewData["Id"] = id;
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        switch (await handler.UpdateAsync(id, form, HttpContext.RequestAborted))
        {
            case SchoolSaveResult.Saved:
                TempData["Notice"] = "The changes have been saved.";
                return Redirect($"/schools/{id}");
            case SchoolSaveResult.Refused refused:
                ModelState.AddProblems(refused.Problems);
                return View(form);
            case SchoolSaveResult.Conflict conflict:
                ModelState.AddModelError("", "Someone else saved this school while you were editing. Their values are shown below; your changes are still in the form. Save again to replace theirs.");
                ViewData["Current"] = conflict.Current;
                ModelState.Remove(nameof(SchoolForm.Version));
                form.Version = conflict.Current.Version;
                return View(form);
            default:
                return NotFound();
        }
    }

    [HttpGet("schools/{id:guid}/close")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Close(Guid id)
    {
        var school = await handler.SummaryAsync(id, HttpContext.RequestAborted);
        return school is null ? NotFound() : View(new ClosePage(school, new CloseForm()));
    }

    [HttpPost("schools/{id:guid}/close")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Close(Guid id, CloseForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            switch (await handler.CloseAsync(id, form.ClosedOn!.Value, HttpContext.RequestAborted))
            {
                case SchoolSaveResult.Saved:
                    TempData["Notice"] = $"The school has been recorded as closed on {UkFormat.Date(form.ClosedOn.Value)}. Its history is kept.";
                    return Redirect($"/schools/{id}");
                case SchoolSaveResult.Refused refused:
                    ModelState.AddProblems(refused.Problems);
                    break;
                default:
                    return NotFound();
            }
        }

        var school = await handler.SummaryAsync(id, HttpContext.RequestAborted);
        return school is null ? NotFound() : View(new ClosePage(school, form));
    }

    [HttpPost("schools/{id:guid}/reopen")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Reopen(Guid id)
    {
        if (await handler.ReopenAsync(id, HttpContext.RequestAborted) is not SchoolSaveResult.Saved)
        {
            return NotFound();
        }

        TempData["Notice"] = "The school has been reopened.";
        return Redirect($"/schools/{id}");
    }

    [HttpGet("schools/import")]
    public IActionResult Import() => View(new ImportOutcome.Problems(null, []));

    [HttpPost("schools/import")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] GiasImportHandler import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return Show(await import.ReadAsync(file, HttpContext.RequestAborted));
    }

    [HttpPost("schools/import/confirm")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(ValueLengthLimit = (int)MaxRequestBytes)]
    public async Task<IActionResult> Confirm(ImportConfirmForm form, [FromServices] GiasImportHandler import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return Show(await import.ConfirmAsync(form, HttpContext.RequestAborted));
    }

    private IActionResult Show(ImportOutcome outcome)
    {
        switch (outcome)
        {
            case ImportOutcome.Imported imported:
                TempData["Notice"] = $"The import is done: {imported.Added} school{(imported.Added == 1 ? "" : "s")} added, {imported.Updated} updated.";
                return Redirect("/schools");
            case ImportOutcome.Choose choose:
                ModelState.AddProblems(choose.Messages);
                return View("Choose", choose.Preview);
            default:
                return View("Import", outcome);
        }
    }

}

public sealed record ClosePage(SchoolSummary School, CloseForm Form);
