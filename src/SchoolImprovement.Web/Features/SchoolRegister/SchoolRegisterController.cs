using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
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
    public Task<IActionResult> Create(SchoolForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => handler.CreateAsync(form, HttpContext.RequestAborted),
            done => this.Done($"/schools/{done.Id}", $"{form.Name.Trim()} has been added to the register."),
            _ => Task.FromResult<IActionResult>(View(form)));
    }

    [HttpGet("schools/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Edit(Guid id) =>
        this.PageView(await handler.EditPageAsync(id, kept: null, showCurrent: false, HttpContext.RequestAborted));

    [HttpPost("schools/{id:guid}/edit")]
    [SchoolScope(ScopeFrom.School, "id")]
    public Task<IActionResult> Edit(Guid id, SchoolForm form) =>
        this.SubmitAsync(
            form,
            () => handler.UpdateAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{id}", "The changes have been saved."),
            async conflict => this.PageView(await handler.EditPageAsync(id, form, showCurrent: conflict, HttpContext.RequestAborted), "Edit"));

    [HttpGet("schools/{id:guid}/close")]
    [SchoolScope(ScopeFrom.School, "id")]
    public async Task<IActionResult> Close(Guid id) =>
        this.PageView(await handler.ClosePageAsync(id, new CloseForm(), HttpContext.RequestAborted));

    [HttpPost("schools/{id:guid}/close")]
    [SchoolScope(ScopeFrom.School, "id")]
    public Task<IActionResult> Close(Guid id, CloseForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => handler.CloseAsync(id, form.ClosedOn!.Value, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{id}", $"The school has been recorded as closed on {UkFormat.Date(form.ClosedOn!.Value)}. Its history is kept."),
            async _ => this.PageView(await handler.ClosePageAsync(id, form, HttpContext.RequestAborted), "Close"));
    }

    [HttpPost("schools/{id:guid}/reopen")]
    [SchoolScope(ScopeFrom.School, "id")]
    public Task<IActionResult> Reopen(Guid id) =>
        this.SubmitAsync(
            () => handler.ReopenAsync(id, HttpContext.RequestAborted),
            _ => this.Done($"/schools/{id}", "The school has been reopened."));

    [HttpGet("schools/import")]
    public IActionResult Import() => View(new ImportPage(null));

    [HttpPost("schools/import")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] GiasImportHandler import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var read = await import.ReadAsync(file, HttpContext.RequestAborted);
        if (read.Refused is { } refused)
        {
            ModelState.AddProblems(refused.Problems);
            return View("Import", new ImportPage(Path.GetFileName(file?.FileName)));
        }

        return View("Choose", read.Page);
    }

    [HttpPost("schools/import/confirm")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(ValueLengthLimit = (int)MaxRequestBytes)]
    public Task<IActionResult> Confirm(ImportConfirmForm form, [FromServices] GiasImportHandler import)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(import);
        return this.SubmitAsync(
            form,
            () => import.ConfirmAsync(form, HttpContext.RequestAborted),
            done => this.Done("/schools", $"The import is done: {done.Detail}."),
            async _ => await import.ChoosePageAsync(form, HttpContext.RequestAborted) is { } page
                ? View("Choose", page)
                : View("Import", new ImportPage(Path.GetFileName(form.FileName))));
    }
}
