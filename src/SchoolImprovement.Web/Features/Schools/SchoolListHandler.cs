using SchoolImprovement.Web.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Schools;

public sealed record SchoolListQuery(string? Search, string? Phase, string? LocalAuthority, int Page = 1);

public sealed record SchoolRow(Guid Id, int Urn, string Name, string Phase, string LocalAuthority, string? ChurchDesignation, int? Pupils, DateOnly DateJoined, string? Headteacher, DateOnly? CausingConcernSince = null);

/// <param name="CanManage">May add and import schools (the register keepers).</param>
public sealed record SchoolListPage(SchoolListQuery Query, IReadOnlyList<SchoolRow> Rows, int Total, int PageSize, IReadOnlyList<string> Phases, IReadOnlyList<string> LocalAuthorities, bool CanManage)
{
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>The schools a user may see, filtered and paged: a fixed number of queries however many schools there are.</summary>
public sealed class SchoolListHandler(PortalDbContext db, SchoolAccess access, PermissionsReader permissions)
{
    public const int PageSize = 25;

    public async Task<SchoolListPage> HandleAsync(ClaimsPrincipal user, SchoolListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = access.VisibleTo(user);
        var facets = await visible.Select(s => new { s.Phase, s.LocalAuthority }).Distinct().ToListAsync(cancellationToken);

        var filtered = visible;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();

            // Case-insensitive and literal on SQLite and PostgreSQL alike: lower() on both sides and a
            // substring test (instr / strpos), never LIKE, so a typed % or _ is just a character.
            var lowered = term.ToLowerInvariant();
            filtered = int.TryParse(term, out var urn)
                ? filtered.Where(s => s.Urn == urn)
                : filtered.Where(s => s.Name.ToLower().Contains(lowered));
        }

        if (!string.IsNullOrWhiteSpace(query.Phase))
        {
            filtered = filtered.Where(s => s.Phase == query.Phase);
        }

        if (!string.IsNullOrWhiteSpace(query.LocalAuthority))
        {
            filtered = filtered.Where(s => s.LocalAuthority == query.LocalAuthority);
        }

        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));
        var rows = await filtered
            .OrderBy(s => s.Name)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new SchoolRow(
                s.Id, s.Urn, s.Name, s.Phase, s.LocalAuthority, s.ChurchDesignation, s.Pupils, s.DateJoined,
                db.SchoolAssignments
                    .Where(a => a.SchoolId == s.Id && a.Kind == AssignmentKind.HeadteacherOf)
                    .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u.DisplayName)
                    .FirstOrDefault(),
                s.CausingConcernSince))
            .ToListAsync(cancellationToken);

        return new SchoolListPage(query with { Page = page }, rows, total, PageSize,
            [.. facets.Select(f => f.Phase).Distinct().Order()],
            [.. facets.Select(f => f.LocalAuthority).Distinct().Order()],
            (await permissions.CurrentAsync()).ManageSchools);
    }
}
