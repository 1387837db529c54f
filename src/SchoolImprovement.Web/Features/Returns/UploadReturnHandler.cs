using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Uploads;

namespace SchoolImprovement.Web.Features.Returns;

/// <summary>The headteacher's upload of the SEF or SIP for a term (multipart: Document, Year, Term, Note, File).</summary>
public sealed class ReturnUploadForm
{
    public ReturnDocument? Document { get; set; }
    public int? Year { get; set; }
    public Term? Term { get; set; }

    /// <summary>The answer to changes requested on the previous version, shown to the reviewer.</summary>
    public string? Note { get; set; }

    public IFormFile? File { get; set; }
}

public sealed class ReturnUploadFormValidator : AbstractValidator<ReturnUploadForm>
{
    public ReturnUploadFormValidator()
    {
        RuleFor(f => f.Document).NotNull().IsInEnum().WithMessage("Choose the SEF or the SIP.");
        RuleFor(f => f.Year).NotNull().WithMessage("Choose the academic year.");
        RuleFor(f => f.Term).NotNull().IsInEnum().WithMessage("Choose the term.");
        RuleFor(f => f.Note).MaximumLength(ReturnVersion.NoteLength).WithMessage($"The note can be at most {ReturnVersion.NoteLength} characters.");
    }
}

/// <summary>
/// Keeps an uploaded SEF or SIP as the next version for its school, document, year and term, in ONE unit:
/// the file is checked (<see cref="DocumentUploadCheck"/>), then stored and registered (<see cref="FileUploads"/>)
/// and the version registered inside one database transaction. If the store fails nothing is registered
/// (FileUploads removes what it wrote); if the version cannot be registered the transaction is rolled back
/// (the StoredFile row with it) and the stored bytes are removed. Who may upload is declared on the
/// controller (the school's own headteacher).
/// </summary>
public sealed class UploadReturnHandler(
    PortalDbContext db, DocumentUploadCheck check, FileUploads uploads, IFileStore store, TrustContext trust, TimeProvider clock)
{
    /// <summary>How many academic years back a school may still upload for (this one and the two before).</summary>
    public const int YearsOpen = 3;

    public async Task<CommandResult> HandleAsync(Guid schoolId, ReturnUploadForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var current = AcademicYear.Containing(clock.Today()).StartYear;
        if (form.Year is not { } year || year > current || year <= current - YearsOpen)
        {
            return CommandResult.Refuse($"Choose an academic year from {new AcademicYear(current - YearsOpen + 1)} to {new AcademicYear(current)}.");
        }

        var checkedFile = await check.CheckAsync(form.File, ct);
        if (!checkedFile.Accepted)
        {
            return CommandResult.Refuse(checkedFile.Refusal ?? "The file cannot be accepted.");
        }

        var uploader = trust.UserId ?? throw new InvalidOperationException("An upload is made by a signed-in person.");
        var document = form.Document!.Value;
        var term = form.Term!.Value;
        StoredFile? stored = null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await db.SaveCommandAsync(
                async () =>
                {
                    // The rules first, so that nothing is stored for an upload that would be refused.
                    var school = await db.Schools.SingleAsync(s => s.Id == schoolId, ct);
                    school.EnsureOpenFor("sent returns");
                    var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
                    ReturnRequirement.Asked(profile.ReturnRequirements, document, term);
                    var last = await db.ReturnVersions
                        .Where(v => v.SchoolId == schoolId && v.Document == document && v.Year == year && v.Term == term)
                        .MaxAsync(v => (int?)v.Number, ct) ?? 0;

                    await using var content = form.File!.OpenReadStream();
                    stored = await uploads.SaveAsync(content, checkedFile.SafeName, checkedFile.ContentType, ct);
                    var version = new ReturnVersion(schoolId, document, new AcademicYear(year), term, last + 1, stored.Id, uploader, clock.GetUtcNow(), form.Note);
                    db.ReturnVersions.Add(version);
                    return version.Id;
                },
                ct,
                () => Task.FromResult<CommandResult?>(CommandResult.Refuse("Another version was uploaded at the same moment. Nothing of yours was kept: upload it again.")));
            if (result is CommandResult.Done)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await DiscardAsync(transaction, stored);
            }

            return result;
        }
        catch (IOException) when (!ct.IsCancellationRequested)
        {
            // The store failed (FileUploads has removed whatever it wrote): nothing is registered.
            await DiscardAsync(transaction, stored);
            db.ChangeTracker.Clear();
            return CommandResult.Refuse("The file could not be stored, so nothing was kept. Try again; if it fails again, tell the trust's administrator.");
        }
        catch
        {
            await DiscardAsync(transaction, stored);
            throw;
        }
    }

    /// <summary>Rolls back the registration and removes the bytes of a file stored for it.</summary>
    private async Task DiscardAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, StoredFile? stored)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        if (stored is not null)
        {
            await store.DeleteAsync(stored.StorageKey, CancellationToken.None);
        }
    }
}
