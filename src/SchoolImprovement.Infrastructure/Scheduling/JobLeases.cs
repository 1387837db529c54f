using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Scheduling;

/// <summary>
/// Takes a job's lease for one instance: a single conditional UPDATE that succeeds only when the lease has run out or is
/// already this instance's, so the database decides between two instances asking at the same moment. The row is made on
/// first use (a second instance making it at the same moment fails on the primary key and simply does not hold it).
/// </summary>
public sealed class JobLeases(PortalDbContext db, TimeProvider clock)
{
    /// <summary>True when <paramref name="holder"/> now holds <paramref name="job"/> for <paramref name="duration"/>.</summary>
    public async Task<bool> TryTakeAsync(string job, string holder, TimeSpan duration, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await TakeAsync(job, holder, now, now + duration, ct))
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job, ct))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease(job, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance made the row first; whoever's update below wins holds it.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return await TakeAsync(job, holder, now, now + duration, ct);
    }

    /// <summary>Gives the lease up early (on shutdown), so another instance need not wait for it to run out.</summary>
    public Task ReleaseAsync(string job, string holder, CancellationToken ct) =>
        db.JobLeases.Where(l => l.Name == job && l.HeldBy == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldBy, (string?)null).SetProperty(l => l.HeldUntil, clock.GetUtcNow().UtcDateTime), ct);

    private async Task<bool> TakeAsync(string job, string holder, DateTime now, DateTime until, CancellationToken ct) =>
        await db.JobLeases
            .Where(l => l.Name == job && (l.HeldBy == null || l.HeldBy == holder || l.HeldUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldBy, holder).SetProperty(l => l.HeldUntil, until), ct) == 1;
}
