using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Scheduling;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Reminders;

/// <summary>
/// One pass over every trust, by whichever instance holds the "reminders" lease (<see cref="JobLeases"/>): in each trust's own
/// scope (its tenancy filter and, on PostgreSQL, its row-level security), plan what is owed, then send what waits.
/// </summary>
public sealed partial class ReminderSweep(IServiceProvider services, ReminderOptions options, ILogger<ReminderSweep> logger)
{
    public const string Job = "reminders";

    /// <summary>Runs the sweep if this instance can take the lease; false when another instance holds it.</summary>
    public async Task<bool> RunAsync(string instance, CancellationToken ct)
    {
        List<Guid> trusts;
        await using (var scope = services.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryTakeAsync(Job, instance, TimeSpan.FromSeconds(options.LeaseSeconds), ct))
            {
                return false;
            }

            // Trusts are not trust-owned: read with no trust entered.
            trusts = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Trusts.AsNoTracking().Select(t => t.Id).ToListAsync(ct);
        }

        foreach (var trustId in trusts)
        {
            try
            {
                await using var trustScope = services.CreateTrustScope(trustId, "reminders");
                var planned = await trustScope.ServiceProvider.GetRequiredService<ReminderPlanner>().PlanAsync(ct);
                var sent = await trustScope.ServiceProvider.GetRequiredService<ReminderSender>().SendWaitingAsync(instance, ct);
                if (planned + sent > 0)
                {
                    LogTrust(logger, trustId, planned, sent);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // One trust's problem (a broken profile, a database hiccup) does not stop the others' reminders.
                LogTrustFailed(logger, trustId, failure);
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for trust {TrustId}: {Planned} planned, {Sent} sent")]
    private static partial void LogTrust(ILogger logger, Guid trustId, int planned, int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders for trust {TrustId} failed this sweep; the next sweep tries again")]
    private static partial void LogTrustFailed(ILogger logger, Guid trustId, Exception failure);
}
