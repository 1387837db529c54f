using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Audit;

public sealed record AuditQuery(string? EntityType, string? Actor, DateOnly? From, DateOnly? To, int Page = 1);

/// <summary>One change in the trust's audit trail as the page shows it.</summary>
public sealed record AuditRow(DateTime At, string Actor, string EntityType, string EntityId, AuditAction Action, string Changes);

public sealed record AuditPage(AuditQuery Query, IReadOnlyList<AuditRow> Rows, int Total, IReadOnlyList<string> EntityTypes)
{
    public const int PageSize = 50;
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>The trust's audit trail, newest first, filtered by entity, person and dates (UK days).</summary>
public sealed class AuditTrailHandler(PortalDbContext db)
{
    public async Task<AuditPage> HandleAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            // Case-insensitive and literal on SQLite and PostgreSQL alike: lower() on both sides and a
            // substring test (instr / strpos), never LIKE, so a typed % or _ is just a character.
            var actor = query.Actor.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Actor.ToLower().Contains(actor));
        }

        if (query.From is { } from)
        {
            var start = UkClock.StartOfUkDay(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = UkClock.StartOfUkDay(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)AuditPage.PageSize)));
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * AuditPage.PageSize).Take(AuditPage.PageSize)
            .Select(e => new AuditRow(e.At, e.Actor, e.EntityType, e.EntityId, e.Action, e.Changes))
            .ToListAsync(cancellationToken);
        var types = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new AuditPage(query with { Page = page }, rows, total, types);
    }
}
