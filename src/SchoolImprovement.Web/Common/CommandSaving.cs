using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// The one place where a command's change is saved and the ways a save can fail become a
/// <see cref="CommandResult"/>: a broken rule (<see cref="DomainException"/>) is Refused, a stale
/// version (<see cref="DbUpdateConcurrencyException"/>) is a Conflict carrying the version now in
/// the database (NotFound if the record has gone). Nothing is saved in either case.
/// </summary>
public static class CommandSaving
{
    /// <summary>Applies <paramref name="change"/> (returning the id of what it made or changed) and saves.</summary>
    /// <param name="explainFailure">
    /// For a save a unique index refused (a duplicate made at the same moment): re-checks and
    /// returns the refusal to show, or null to let the original exception through.
    /// </param>
    public static Task<CommandResult> SaveCommandAsync(this PortalDbContext db, Func<Guid> change, CancellationToken ct, Func<Task<CommandResult?>>? explainFailure = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        return db.SaveCommandAsync(() => Task.FromResult(change()), ct, explainFailure);
    }

    /// <inheritdoc cref="SaveCommandAsync(PortalDbContext, Func{Guid}, CancellationToken, Func{Task{CommandResult}})"/>
    public static async Task<CommandResult> SaveCommandAsync(this PortalDbContext db, Func<Task<Guid>> change, CancellationToken ct, Func<Task<CommandResult?>>? explainFailure = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            var id = await change();
            await db.SaveChangesAsync(ct);
            return CommandResult.Success(id);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refuse(e.Message);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var entry = e.Entries.FirstOrDefault();
            var current = entry is null ? null : await entry.GetDatabaseValuesAsync(ct);
            db.ChangeTracker.Clear();
            return current?.Properties.FirstOrDefault(p => p.Name == nameof(IVersioned.Version)) is { } version
                ? new CommandResult.Conflict(current.GetValue<Guid>(version))
                : CommandResult.Missing;
        }
        catch (DbUpdateException) when (explainFailure is not null && !ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            if (await explainFailure() is { } explained)
            {
                return explained;
            }

            throw;
        }
    }

    /// <summary>
    /// The shared step of a change to an existing versioned aggregate: NotFound when it is not in
    /// the trust; a Conflict when someone saved it after the user loaded it (<paramref name="version"/>),
    /// whatever they changed; otherwise <paramref name="change"/> is applied and saved.
    /// </summary>
    public static Task<CommandResult> ChangeAsync<T>(this PortalDbContext db, T? aggregate, Guid version, Func<T, Task> change, Func<T, Guid> idOf, CancellationToken ct)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(idOf);
        if (aggregate is null)
        {
            return Task.FromResult(CommandResult.Missing);
        }

        if (aggregate.Version != version)
        {
            return Task.FromResult<CommandResult>(new CommandResult.Conflict(aggregate.Version));
        }

        db.ExpectVersion(aggregate, version);
        return db.SaveCommandAsync(async () =>
        {
            await change(aggregate);
            return idOf(aggregate);
        }, ct);
    }

    /// <summary>Loads a versioned aggregate as the user saw it: the save succeeds only if nobody has saved it since.</summary>
    public static void ExpectVersion<T>(this PortalDbContext db, T aggregate, Guid version)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Entry(aggregate).Property(nameof(IVersioned.Version)).OriginalValue = version;
    }
}
