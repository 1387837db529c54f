using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Returns;

/// <summary>A school's returns for one academic year: each term, each document the trust asks for, its state and versions.</summary>
public sealed record SchoolReturnsPage(
    Guid SchoolId,
    string SchoolName,
    int Year,
    string YearLabel,
    IReadOnlyList<YearOption> Years,
    IReadOnlyList<ReturnTermSection> Terms,
    bool CanUpload,
    ReturnUploadForm Upload,
    IReadOnlyList<ReturnDocument> UploadDocuments,
    IReadOnlyList<Term> UploadTerms);

public sealed record YearOption(int Year, string Label, bool Selected);

public sealed record ReturnTermSection(Term Term, DateOnly Starts, IReadOnlyList<ReturnDocumentRow> Documents);

/// <summary>One document in one term: its state, due date (null when not asked for), the latest reviewer's comments, and its versions newest first.</summary>
public sealed record ReturnDocumentRow(
    ReturnDocument Document,
    bool Required,
    DateOnly? DueOn,
    ReturnState State,
    string? ChangesRequested,
    IReadOnlyList<ReturnVersionRow> Versions);

public sealed record ReturnVersionRow(
    Guid Id, int Number, string UploadedBy, DateTime UploadedAt, long Size, string FileName, ReviewOutcome? Review, ModerationOutcome? Moderation);

/// <summary>The school's returns page (/schools/{id}/returns): two queries whatever the number of versions.</summary>
public sealed class SchoolReturnsQueries(PortalDbContext db, TimeProvider clock)
{
    public async Task<SchoolReturnsPage?> PageAsync(Guid schoolId, int? year, ReturnUploadForm? kept, Permissions permissions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Name, s.ClosedOn }).SingleOrDefaultAsync(ct);
        var profile = await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(ct);
        if (school is null || profile is null)
        {
            return null;
        }

        var today = clock.Today();
        var current = AcademicYear.Containing(today).StartYear;
        var shown = year is { } asked && asked <= current && asked > current - UploadReturnHandler.YearsOpen ? asked : current;
        var versions = await db.ReturnVersions
            .Where(v => v.SchoolId == schoolId && v.Year == shown)
            .Join(db.StoredFiles, v => v.FileId, f => f.Id, (v, f) => new
            {
                v.Id, v.Document, v.Term, v.Number, v.UploadedAt, v.Review, v.ReviewComments, v.Moderation, f.Size, f.OriginalName,
                UploadedBy = db.Users.Where(u => u.Id == v.UploadedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .OrderByDescending(v => v.Number)
            .ToListAsync(ct);

        var academicYear = new AcademicYear(shown);
        var terms = Enum.GetValues<Term>().Select(term => new ReturnTermSection(term, ReturnSchedule.TermStart(academicYear, term),
        [
            .. ReturnLabels.Documents.Select(document =>
            {
                var requirement = profile.ReturnRequirementFor(document);
                var required = requirement?.IsRequiredIn(term) == true;
                var mine = versions.Where(v => v.Document == document && v.Term == term).ToList();
                var latest = mine.FirstOrDefault();
                return new ReturnDocumentRow(
                    document,
                    required,
                    required ? ReturnSchedule.DueOn(requirement!, academicYear, term) : null,
                    ReturnSchedule.StateOf(requirement, academicYear, term, today, latest is not null, latest?.Review),
                    latest?.Review == ReviewOutcome.ChangesRequested ? latest.ReviewComments : null,
                    [.. mine.Select(v => new ReturnVersionRow(v.Id, v.Number, v.UploadedBy ?? "", v.UploadedAt, v.Size, v.OriginalName, v.Review, v.Moderation))]);
            }).Where(d => d.Required || d.Versions.Count > 0),
        ])).ToList();

        var upload = kept ?? new ReturnUploadForm { Year = shown, Term = AcademicYear.TermOf(today) };
        return new SchoolReturnsPage(
            schoolId,
            school.Name,
            shown,
            academicYear.ToString(),
            [.. Enumerable.Range(0, UploadReturnHandler.YearsOpen).Select(i => current - i).Select(y => new YearOption(y, new AcademicYear(y).ToString(), y == shown))],
            terms,
            permissions.UploadReturns && school.ClosedOn is null,
            upload,
            [.. profile.ReturnRequirements.Select(r => r.Document)],
            [.. profile.ReturnRequirements.SelectMany(r => r.Terms).Distinct().Order()]);
    }
}
