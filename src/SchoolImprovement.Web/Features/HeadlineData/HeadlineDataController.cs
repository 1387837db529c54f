using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>
/// A school's pupil headline data: the year's figures against national, the entry grid, the CSV import
/// and its template, and validation by the central team. The headteacher for their own school; the
/// central team (<see cref="Policies.EnterHeadlineData"/>'s improvement team) for any.
/// </summary>
[Authorize(Policy = Policies.EnterHeadlineData)]
[Route("schools/{schoolId:guid}/data")]
[SchoolScope(Relation = SchoolRelation.Headteacher)]
public sealed class HeadlineDataController(SchoolDataQueries queries, HeadlineEntryHandler entry, HeadlineImportHandler import) : Controller
{
    private const long MaxRequestBytes = HeadlineImportHandler.MaxBytes + (64 * 1024);

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid schoolId, int? year) =>
        this.PageView(await queries.SchoolDataAsync(schoolId, year, HttpContext.RequestAborted));

    [HttpGet("{year:int}/edit")]
    public async Task<IActionResult> Edit(Guid schoolId, int year, int? term) =>
        this.PageView(await entry.PageAsync(schoolId, year, term, kept: null, showCurrent: false, HttpContext.RequestAborted));

    [HttpPost("{year:int}/edit")]
    public Task<IActionResult> Edit(Guid schoolId, int year, HeadlineEntryForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return this.SubmitAsync(
            form,
            () => entry.SaveAsync(schoolId, year, form, User.Id(), HttpContext.RequestAborted),
            _ => this.Done($"/schools/{schoolId}/data?year={year}", $"The figures for {HeadlineLabels.YearName(year)} have been saved."),
            async conflict => this.PageView(await entry.PageAsync(schoolId, year, form.Term, form, conflict, HttpContext.RequestAborted), "Edit"));
    }

    [Authorize(Policy = Policies.ValidateHeadlineData)]
    [HttpGet("{year:int}/validate")]
    public async Task<IActionResult> Validate(Guid schoolId, int year) =>
        this.PageView(await entry.ValidatePageAsync(schoolId, year, HttpContext.RequestAborted));

    [Authorize(Policy = Policies.ValidateHeadlineData)]
    [HttpPost("{year:int}/validate")]
    [ActionName("Validate")]
    public Task<IActionResult> ValidateConfirmed(Guid schoolId, int year) =>
        this.SubmitAsync(
            new object(),
            () => entry.ValidateYearAsync(schoolId, year, User.Id(), HttpContext.RequestAborted),
            done => this.Done($"/schools/{schoolId}/data?year={year}", done.Detail ?? "The figures have been validated."),
            async _ => this.PageView(await entry.ValidatePageAsync(schoolId, year, HttpContext.RequestAborted), "Validate"));

    [HttpGet("import")]
    public async Task<IActionResult> Import(Guid schoolId) =>
        this.PageView(await import.PageAsync(schoolId, null, HttpContext.RequestAborted));

    [HttpPost("import")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public Task<IActionResult> Import(Guid schoolId, IFormFile? file) =>
        this.SubmitAsync(
            new object(),
            () => import.ImportAsync(schoolId, file, User.Id(), HttpContext.RequestAborted),
            done => this.Done($"/schools/{schoolId}/data", done.Detail ?? "The file has been imported."),
            async _ => this.PageView(await import.PageAsync(schoolId, Path.GetFileName(file?.FileName), HttpContext.RequestAborted), "Import"));

    [HttpGet("template.csv")]
    public async Task<IActionResult> Template(Guid schoolId) =>
        await import.TemplateAsync(schoolId, HttpContext.RequestAborted) is { } template
            ? File(template.Content, "text/csv; charset=utf-8", template.FileName)
            : NotFound();
}
