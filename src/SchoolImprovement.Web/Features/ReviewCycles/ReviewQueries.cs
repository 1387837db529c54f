using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>A recorded review as its page shows it.</summary>
public sealed record ReviewOccurrencePage(
    Guid Id, DueKind Kind, string KindLabel, Guid? SchoolId, string? School, string? BoardKind, DateOnly HeldOn, string? Lead, string? LeadName,
    IReadOnlyList<string> TeamMembers, string? Notes, string RecordedBy, DateTime RecordedAt)
{
    public string Subject => School ?? BoardKind ?? "";
}

/// <summary>A recorded review on a list (a school's due page, the calendar).</summary>
public sealed record ReviewOccurrenceRow(Guid Id, DueKind Kind, string KindLabel, Guid? SchoolId, string? School, string? BoardKind, DateOnly HeldOn, string? LeadName);

/// <summary>The recorded reviews' reads: one review, a school's reviews, and the reviews held in a date range (one query each).</summary>
public sealed class ReviewQueries(PortalDbContext db)
{
    public async Task<ReviewOccurrencePage?> OccurrenceAsync(Guid id, CancellationToken ct)
    {
        var found = await db.ReviewOccurrences.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new
            {
                Occurrence = o,
                School = db.Schools.Where(s => s.Id == o.SchoolId).Select(s => s.Name).FirstOrDefault(),
                RecordedBy = db.Users.Where(u => u.Id == o.RecordedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var o = found.Occurrence;
        return new ReviewOccurrencePage(
            o.Id, o.Kind, o.Kind.Label(), o.SchoolId, found.School, o.BoardKind?.Label(), o.HeldOn, o.Lead?.Label(), o.LeadName,
            o.TeamMembers, o.Notes, found.RecordedBy ?? "Unknown", o.RecordedAt);
    }

    /// <summary>A school's recorded reviews, latest first.</summary>
    public Task<List<ReviewOccurrenceRow>> ForSchoolAsync(Guid schoolId, CancellationToken ct) =>
        RowsAsync(db.ReviewOccurrences.Where(o => o.SchoolId == schoolId), ct);

    /// <summary>The reviews held from <paramref name="first"/> to <paramref name="last"/>, of the given schools (or all) and the trust's own.</summary>
    public Task<List<ReviewOccurrenceRow>> HeldAsync(DateOnly first, DateOnly last, IReadOnlyCollection<Guid>? schools, CancellationToken ct) =>
        RowsAsync(db.ReviewOccurrences.Where(o => o.HeldOn >= first && o.HeldOn <= last && (schools == null || o.SchoolId == null || schools.Contains(o.SchoolId.Value))), ct);

    private async Task<List<ReviewOccurrenceRow>> RowsAsync(IQueryable<ReviewOccurrence> occurrences, CancellationToken ct)
    {
        var rows = await occurrences.AsNoTracking()
            .OrderByDescending(o => o.HeldOn).ThenByDescending(o => o.RecordedAt)
            .Select(o => new { o.Id, o.Kind, o.SchoolId, o.BoardKind, o.HeldOn, o.LeadName, School = db.Schools.Where(s => s.Id == o.SchoolId).Select(s => s.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(o => new ReviewOccurrenceRow(o.Id, o.Kind, o.Kind.Label(), o.SchoolId, o.School, o.BoardKind?.Label(), o.HeldOn, o.LeadName))];
    }
}
