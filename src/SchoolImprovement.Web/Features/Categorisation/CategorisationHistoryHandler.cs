using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Categorisation;

public sealed record HistoryRow(Guid Id, string Category, CategorisationStatus Status, DateTimeOffset ProposedAt, string ProposedBy, DateTimeOffset? DecidedAt, string? DecidedBy);

public sealed record HistoryPage(Guid SchoolId, string SchoolName, IReadOnlyList<HistoryRow> Rows, bool CanPropose);

/// <summary>
/// A school's categorisation history, newest first. People who see only their own schools
/// (headteachers, local committee members, SLEs) see confirmed categories only.
/// </summary>
public sealed class CategorisationHistoryHandler(PortalDbContext db, PermissionsReader permissions)
{
    public async Task<HistoryPage?> HandleAsync(Guid schoolId, Permissions can, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(can);
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var records = db.Categorisations.Where(c => c.SchoolId == schoolId);
        if (!can.WholeTrust)
        {
            records = records.Where(c => c.Status == CategorisationStatus.Confirmed);
        }

        var rows = await records.OrderByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Category, c.Status, c.ProposedAt, c.DecidedAt,
                ProposedBy = db.Users.Where(u => u.Id == c.ProposedBy).Select(u => u.DisplayName).FirstOrDefault(),
                DecidedBy = db.Users.Where(u => u.Id == c.DecidedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new HistoryPage(schoolId, school,
            [.. rows.Select(r => new HistoryRow(r.Id, r.Category, r.Status, r.ProposedAt, r.ProposedBy ?? "Unknown", r.DecidedAt, r.DecidedBy))],
            await permissions.MayProposeForAsync(schoolId, ct));
    }
}
