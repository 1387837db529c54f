using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.WebsiteChecks;

/// <summary>A school's website checks, newest first, and where this academic year's check stands.</summary>
public sealed record WebsiteChecksPage(
    Guid SchoolId, string SchoolName, string CurrentYear, WebsiteCheckState CurrentState, IReadOnlyList<WebsiteCheckRow> Checks, bool CanRecord);

/// <summary>One check: who checked when, the outcome, the notes, and each item's finding.</summary>
public sealed record WebsiteCheckRow(
    Guid Id, string Year, DateOnly CheckedOn, string CheckedBy, ModerationOutcome Outcome, string? Notes, bool Superseded,
    IReadOnlyList<WebsiteFindingRow> Findings)
{
    public int Missing => Findings.Count(f => f.Result == WebsiteItemResult.Missing);
}

public sealed record WebsiteFindingRow(string Wording, WebsiteItemResult Result, string? Note);

/// <summary>Reads a school's website checks. Access to the school is declared on the controller and checked before this runs.</summary>
public sealed class WebsiteCheckQueries(PortalDbContext db, TimeProvider clock, PermissionsReader permissions)
{
    public async Task<WebsiteChecksPage?> HistoryAsync(Guid schoolId, CancellationToken ct)
    {
        var name = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }

        var checks = await db.WebsiteChecks.AsNoTracking()
            .Where(c => c.SchoolId == schoolId)
            .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.RecordedAt)
            .Select(c => new
            {
                c.Id, c.Year, c.CheckedOn, c.Outcome, c.Notes, c.SupersededBy, c.Findings,
                CheckedBy = db.Users.Where(u => u.Id == c.CheckedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var year = AcademicYear.Containing(clock.Today());
        var current = checks.FirstOrDefault(c => c.Year == year.StartYear && c.SupersededBy is null);
        return new WebsiteChecksPage(
            schoolId,
            name,
            year.ToString(),
            WebsiteCheck.StateOf(current?.Outcome),
            [.. checks.Select(c => new WebsiteCheckRow(
                c.Id, new AcademicYear(c.Year).ToString(), c.CheckedOn, c.CheckedBy ?? "Unknown", c.Outcome, c.Notes, c.SupersededBy is not null,
                [.. c.Findings.Select(f => new WebsiteFindingRow(WebsiteChecklist.Find(f.Key)?.Wording ?? f.Key, f.Result, f.Note))]))],
            (await permissions.CurrentAsync()).ModerateReturns);
    }
}
