using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Returns;

/// <summary>One version: what was uploaded, by whom and when, its review and moderation, and the forms the person may use.</summary>
public sealed record ReturnVersionPage(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    ReturnDocument Document,
    int Year,
    string YearLabel,
    Term Term,
    int Number,
    bool IsLatest,
    string FileName,
    long Size,
    string UploadedBy,
    DateTime UploadedAt,
    string? Note,
    ReviewOutcome? Review,
    string? ReviewComments,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    ModerationOutcome? Moderation,
    string? ModerationNotes,
    string? ModeratedBy,
    DateTime? ModeratedAt,
    bool CanReview,
    bool CanModerate,
    bool CanAnswer,
    ReviewForm ReviewForm,
    ModerationForm ModerationForm);

public sealed class ReturnVersionQueries(PortalDbContext db, SchoolAccess access)
{
    /// <param name="keptReview">The reviewer's input after a refusal or conflict, kept as typed.</param>
    /// <param name="keptModeration">The moderator's input after a refusal or conflict, kept as typed.</param>
    public async Task<ReturnVersionPage?> PageAsync(
        ClaimsPrincipal user, Guid id, Permissions permissions, ReviewForm? keptReview, ModerationForm? keptModeration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var v = await db.ReturnVersions.Where(r => r.Id == id)
            .Join(db.StoredFiles, r => r.FileId, f => f.Id, (r, f) => new
            {
                r.Id, r.SchoolId, r.Document, r.Year, r.Term, r.Number, r.Version, r.Note, r.UploadedAt,
                r.Review, r.ReviewComments, r.ReviewedAt, r.Moderation, r.ModerationNotes, r.ModeratedAt,
                f.OriginalName, f.Size,
                SchoolName = db.Schools.Where(s => s.Id == r.SchoolId).Select(s => s.Name).FirstOrDefault(),
                UploadedBy = db.Users.Where(u => u.Id == r.UploadedBy).Select(u => u.DisplayName).FirstOrDefault(),
                ReviewedBy = db.Users.Where(u => u.Id == r.ReviewedBy).Select(u => u.DisplayName).FirstOrDefault(),
                ModeratedBy = db.Users.Where(u => u.Id == r.ModeratedBy).Select(u => u.DisplayName).FirstOrDefault(),
                Newer = db.ReturnVersions.Any(o => o.SchoolId == r.SchoolId && o.Document == r.Document && o.Year == r.Year && o.Term == r.Term && o.Number > r.Number),
            })
            .SingleOrDefaultAsync(ct);
        if (v is null)
        {
            return null;
        }

        var linked = permissions.ReviewReturns
            && await access.CheckAsync(user, ScopeFrom.School, v.SchoolId, SchoolRelation.LinkedOfficer, ct) == SchoolAccessOutcome.Allowed;
        return new ReturnVersionPage(
            v.Id, v.SchoolId, v.SchoolName ?? "", v.Document, v.Year, new AcademicYear(v.Year).ToString(), v.Term, v.Number, !v.Newer,
            v.OriginalName, v.Size, v.UploadedBy ?? "", v.UploadedAt, v.Note,
            v.Review, v.ReviewComments, v.ReviewedBy, v.ReviewedAt, v.Moderation, v.ModerationNotes, v.ModeratedBy, v.ModeratedAt,
            CanReview: linked && !v.Newer && v.Review is null,
            CanModerate: permissions.ModerateReturns && v.Document == ReturnDocument.Sip && v.Moderation is null,
            CanAnswer: permissions.UploadReturns && !v.Newer && (v.Review == ReviewOutcome.ChangesRequested || v.Moderation == ModerationOutcome.ChangesNeeded),
            ReviewForm: keptReview ?? new ReviewForm { Version = v.Version },
            ModerationForm: keptModeration ?? new ModerationForm { Version = v.Version });
    }

    /// <summary>Whether a later version of the same school, document, year and term has been uploaded.</summary>
    public static Task<bool> NewerExistsAsync(PortalDbContext db, ReturnVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(version);
        return db.ReturnVersions.AnyAsync(o => o.SchoolId == version.SchoolId && o.Document == version.Document && o.Year == version.Year && o.Term == version.Term && o.Number > version.Number, ct);
    }
}
