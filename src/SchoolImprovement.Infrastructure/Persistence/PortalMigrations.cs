using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// Brings a database to the newest migration of its provider's generated set (docs/decisions/0015).
/// Before EF's migrator runs, two things happen here:
/// <list type="bullet">
/// <item>The history table is created if missing. On PostgreSQL the provider cannot tell whether it exists
/// (it always answers yes, because of search_path) and reads it anyway, so on an empty database EF logged the
/// failed read at Error level before carrying on (npgsql/efcore.pg#3407). With the table made first, the read
/// succeeds and a normal first start logs no error.</item>
/// <item>A database made by the hand-written migrations that came before the generated sets is adopted: at
/// <see cref="LastHandWritten"/> its schema is the generated baseline's, so the baseline is recorded as applied
/// and the later generated migrations run as on any database. Stopped at an older hand-written migration, it is
/// refused: the previous release must bring it to <see cref="LastHandWritten"/> first.</item>
/// </list>
/// </summary>
public static class PortalMigrations
{
    /// <summary>The last migration of the hand-written set (docs/decisions/0001), whose schema each generated set's first migration builds.</summary>
    public const string LastHandWritten = "20261126000060_DataProtectionKeys";

    /// <summary>Every migration of the hand-written set, oldest first.</summary>
    public static IReadOnlyList<string> HandWritten { get; } =
    [
        "20261124000001_IdentityTrustsAndSchools",
        "20261124000002_PolicyAssignmentsAndAudit",
        "20261124000003_InspectionsCategorisationAndActions",
        "20261124000004_RequiredEvidenceSources",
        "20261126000001_SignInSources",
        "20261126000010_SecondFactors",
        "20261126000040_SecurityEvents",
        "20261126000050_SameTrustReferences",
        "20261126000055_SessionsAndRoleGrants",
        LastHandWritten,
    ];

    public static async Task MigrateAsync(PortalDbContext db, ILogger? logger = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await PrepareHistoryAsync(db, logger, ct);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>Creates the history table if it is missing and adopts a hand-written database (see the class summary).</summary>
    public static async Task PrepareHistoryAsync(PortalDbContext db, ILogger? logger = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = db.GetService<IHistoryRepository>();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            // Let EF's migrator create the database itself, as it always has (SQLite files, a missing PostgreSQL database).
            return;
        }

        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        var applied = await AppliedAsync(history, ct);
        if (!applied.Overlaps(HandWritten))
        {
            return;
        }

        var baseline = db.Database.GetMigrations().First();
        if (applied.Contains(baseline))
        {
            return;
        }

        if (!applied.Contains(LastHandWritten))
        {
            var last = applied.Where(HandWritten.Contains).Max(StringComparer.Ordinal);
            throw new InvalidOperationException(
                $"This database was last migrated by an older release (its newest migration is {last}). " +
                $"Upgrade to the previous release first, which brings it to {LastHandWritten}; this release continues from there.");
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), ct);
            logger?.LogInformation("Database made by the hand-written migrations (at {LastHandWritten}): recorded {Baseline} as applied, its schema being the same", LastHandWritten, baseline);
        }
        catch (DbException)
        {
            // Another instance starting at the same moment may have recorded it first; otherwise the failure stands.
            if (!(await AppliedAsync(history, ct)).Contains(baseline))
            {
                throw;
            }
        }
    }

    private static async Task<HashSet<string>> AppliedAsync(IHistoryRepository history, CancellationToken ct) =>
        [.. (await history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId)];
}
