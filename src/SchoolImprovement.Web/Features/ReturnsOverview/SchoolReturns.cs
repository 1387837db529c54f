using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.ReturnsOverview;

/// <summary>The headteacher's "Returns due" panel: this term's documents, their state and due date, and where to upload.</summary>
public sealed record ReturnsDuePanel(Guid SchoolId, AcademicYear Year, Term Term, IReadOnlyList<ReturnDueRow> Documents, bool CanUpload);

public sealed record ReturnDueRow(ReturnDocument Document, ReturnState State, DateOnly DueOn);

/// <summary>
/// The school profile's returns section: the latest SEF and SIP with their review state and date, and the website check of
/// the year. <see cref="CanOpen"/>: links to the versions (people who work with returns); trustees and local committee
/// members see the states only. <see cref="ShowsWebsiteCheck"/>: the trust's policy uses website checks (<see cref="PolicyCapability.WebsiteChecks"/>).
/// </summary>
public sealed record SchoolReturnsSummary(Guid SchoolId, IReadOnlyList<LatestReturn> Latest, AcademicYear Year, WebsiteCheckState Website, bool CanOpen, bool ShowsWebsiteCheck);

/// <param name="VersionId">Null when the school has never uploaded the document.</param>
public sealed record LatestReturn(ReturnDocument Document, Guid? VersionId, AcademicYear? Year, Term? Term, int Number, ReturnState? State, DateTime? UploadedAt, DateTime? ReviewedAt);

/// <summary>
/// Reads a school's returns for its profile and its headteacher's panel: one query whatever the school's history (the
/// trust's requirements, the latest version of each document per term, the year's current website check).
/// </summary>
public static class SchoolReturns
{
    public static async Task<(ReturnsDuePanel? Due, SchoolReturnsSummary Summary)> ReadAsync(
        PortalDbContext db, Guid schoolId, DateOnly today, Permissions can, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(can);
        var year = AcademicYear.Containing(today);
        var term = AcademicYear.TermOf(today);
        // One query (the profile page keeps its count): the trust's requirements, the year's website check, and the latest
        // version of each document per term (no later version of the same document and term exists).
        var read = await db.Schools.AsNoTracking()
            .Where(s => s.Id == schoolId)
            .Select(s => new
            {
                Requirements = db.PolicyProfiles.Select(p => EF.Property<IReadOnlyList<ReturnRequirement>?>(p, nameof(p.ReturnRequirements))).FirstOrDefault(),
                Website = db.WebsiteChecks
                    .Where(c => c.SchoolId == s.Id && c.Year == year.StartYear && c.SupersededBy == null)
                    .Select(c => (ModerationOutcome?)c.Outcome)
                    .FirstOrDefault(),
                Versions = db.ReturnVersions
                    .Where(v => v.SchoolId == s.Id
                        && !db.ReturnVersions.Any(w => w.SchoolId == v.SchoolId && w.Document == v.Document && w.Year == v.Year && w.Term == v.Term && w.Number > v.Number))
                    .Select(v => new VersionRow(v.Id, v.Document, v.Year, v.Term, v.Number, v.Review, v.UploadedAt, v.ReviewedAt))
                    .ToList(),
            })
            .SingleAsync(ct);
        var requirements = read.Requirements ?? ReturnRequirement.Defaults;
        var versions = read.Versions;
        var website = read.Website;

        ReturnsDuePanel? due = null;
        if (can.UploadReturns)
        {
            due = new ReturnsDuePanel(schoolId, year, term, [.. requirements
                .Where(r => r.Terms.Contains(term))
                .Select(r =>
                {
                    var current = versions.FirstOrDefault(v => v.Document == r.Document && v.Year == year.StartYear && v.Term == term);
                    return new ReturnDueRow(r.Document, ReturnSchedule.StateOf(r, year, term, today, current is not null, current?.Review), ReturnSchedule.DueOn(r, year, term));
                })], CanUpload: true);
        }

        var documents = requirements.Select(r => r.Document).Union([ReturnDocument.Sef, ReturnDocument.Sip]).Distinct().Order();
        var latest = documents.Select(d =>
        {
            var v = versions.Where(v => v.Document == d).OrderByDescending(v => v.Year).ThenByDescending(v => v.Term).FirstOrDefault();
            return v is null
                ? new LatestReturn(d, null, null, null, 0, null, null, null)
                : new LatestReturn(d, v.Id, new AcademicYear(v.Year), v.Term, v.Number, StateOfVersion(v.Review), v.UploadedAt, v.ReviewedAt);
        }).ToList();
        return (due, new SchoolReturnsSummary(schoolId, latest, year, WebsiteCheck.StateOf(website), can.WorkWithReturns, can.Uses(PolicyCapability.WebsiteChecks)));
    }

    private sealed record VersionRow(Guid Id, ReturnDocument Document, int Year, Term Term, int Number, ReviewOutcome? Review, DateTime UploadedAt, DateTime? ReviewedAt);

    /// <summary>An uploaded version's state: submitted until it is reviewed.</summary>
    public static ReturnState StateOfVersion(ReviewOutcome? review) => review switch
    {
        ReviewOutcome.Reviewed => ReturnState.Reviewed,
        ReviewOutcome.ChangesRequested => ReturnState.ChangesRequested,
        _ => ReturnState.Submitted,
    };
}
