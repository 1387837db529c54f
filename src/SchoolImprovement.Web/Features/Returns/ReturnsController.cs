using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Returns;

/// <summary>
/// A school's termly returns (SEF and SIP): the school's returns page with the headteacher's upload form,
/// each version's page with the linked officer's review and the Director of Learning's moderation, and the
/// download. Trustees and local committee members never reach these screens (<see cref="Policies.WorkWithReturns"/>).
/// </summary>
[Authorize(Policy = Policies.WorkWithReturns)]
public sealed class ReturnsController(SchoolReturnsQueries schoolReturns, ReturnVersionQueries versions, PermissionsReader permissions) : Controller
{
    [HttpGet("schools/{schoolId:guid}/returns")]
    [SchoolScope]
    public async Task<IActionResult> School(Guid schoolId, int? year) =>
        this.PageView(await schoolReturns.PageAsync(schoolId, year, null, await permissions.CurrentAsync(), HttpContext.RequestAborted));

    [Authorize(Policy = Policies.UploadReturns)]
    [HttpPost("schools/{schoolId:guid}/returns/upload")]
    [SchoolScope(Relation = SchoolRelation.Headteacher)]
    [Uploads.DocumentUploadLimit]
    public Task<IActionResult> Upload(Guid schoolId, [FromForm] ReturnUploadForm form, [FromServices] UploadReturnHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(schoolId, form, HttpContext.RequestAborted),
            done => this.Done($"/returns/versions/{done.Id}", "The document has been uploaded."),
            async _ => this.PageView(await schoolReturns.PageAsync(schoolId, form.Year, form, await permissions.CurrentAsync(), HttpContext.RequestAborted), nameof(School)));

    [HttpGet("returns/versions/{id:guid}")]
    [SchoolScope(ScopeFrom.ReturnVersion, "id")]
    public Task<IActionResult> Version(Guid id) => ShowAsync(id, null, null);

    [Authorize(Policy = Policies.ReviewReturns)]
    [HttpPost("returns/versions/{id:guid}/review")]
    [SchoolScope(ScopeFrom.ReturnVersion, "id", Relation = SchoolRelation.LinkedOfficer)]
    public Task<IActionResult> Review(Guid id, ReviewForm form, [FromServices] ReviewReturnHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/returns/versions/{id}", "The review has been recorded."),
            _ => ShowAsync(id, form, null));

    [Authorize(Policy = Policies.ModerateReturns)]
    [HttpPost("returns/versions/{id:guid}/moderate")]
    [SchoolScope(ScopeFrom.ReturnVersion, "id")]
    public Task<IActionResult> Moderate(Guid id, ModerationForm form, [FromServices] ModerateReturnHandler handler) =>
        this.SubmitAsync(form,
            () => handler.HandleAsync(id, form, HttpContext.RequestAborted),
            _ => this.Done($"/returns/versions/{id}", "The moderation has been recorded."),
            _ => ShowAsync(id, null, form));

    /// <summary>Always an attachment, under a cleaned name, with the stored type only from the allow-list and nosniff.</summary>
    [HttpGet("returns/versions/{id:guid}/download")]
    [SchoolScope(ScopeFrom.ReturnVersion, "id")]
    public async Task<IActionResult> Download(Guid id, [FromServices] DownloadReturnHandler handler)
    {
        if (await handler.OpenAsync(id, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }

        return Uploads.DocumentDownload.File(Response, file.Content, file.FileName, file.ContentType);
    }

    private async Task<IActionResult> ShowAsync(Guid id, ReviewForm? review, ModerationForm? moderation) =>
        this.PageView(await versions.PageAsync(User, id, await permissions.CurrentAsync(), review, moderation, HttpContext.RequestAborted), nameof(Version));
}
