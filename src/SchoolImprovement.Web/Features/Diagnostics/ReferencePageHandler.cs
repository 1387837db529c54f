using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Diagnostics;

public sealed record ReferenceRow(int Urn, string Name);

public sealed record ReferencePage(IReadOnlyList<ReferenceRow> Rows);

/// <summary>
/// The load harness's yardstick (docs/performance.md): one query reading ten rows (the trust's
/// first ten schools by URN, through the <c>Schools(TrustId, Urn)</c> index). A main page's
/// requests/s is compared with this page's, served by the same process in the same run.
/// </summary>
public sealed class ReferencePageHandler(PortalDbContext db)
{
    public const int Rows = 10;

    public async Task<ReferencePage> HandleAsync(CancellationToken ct) =>
        new(await db.Schools.AsNoTracking().OrderBy(s => s.Urn).Take(Rows).Select(s => new ReferenceRow(s.Urn, s.Name)).ToListAsync(ct));
}
