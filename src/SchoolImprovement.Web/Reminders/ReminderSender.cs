using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Reminders;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Reminders;

/// <summary>
/// Sends the current trust's waiting reminders through the mail transport, each at most once: a reminder is claimed by a
/// conditional update (Pending → Sending, by this instance, until a time) before it goes, so two instances never both send it;
/// the outcome is written only by the claimer. A transient failure goes back to Pending for a later retry
/// (<see cref="ReminderOptions.RetryMinutes"/>); the server's permanent refusal (<see cref="MailFailure.IsPermanent"/>) or the last
/// failed retry is Failed. A claim that ran out while still Sending (the instance stopped mid-send) becomes OutcomeUnknown and
/// is never retried: a reminder sent twice is worse than one named as possibly lost.
/// </summary>
public sealed partial class ReminderSender(PortalDbContext db, IMailTransport transport, ReminderOptions options, TimeProvider clock, ILogger<ReminderSender> logger)
{
    /// <returns>How many reminders the mail server took.</returns>
    public async Task<int> SendWaitingAsync(string instance, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ReminderDeliveries
            .Where(r => r.Status == ReminderStatus.Sending && r.ClaimedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReminderStatus.OutcomeUnknown), ct);

        var waiting = await db.ReminderDeliveries.AsNoTracking()
            .Where(r => r.Status == ReminderStatus.Pending && r.NextAttemptAt <= now)
            .OrderBy(r => r.NextAttemptAt)
            .Take(options.BatchSize)
            .Select(r => new { r.Id, r.ToAddress, r.Subject, r.Body, r.Attempts })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var reminder in waiting)
        {
            var claimedUntil = clock.GetUtcNow().UtcDateTime.AddSeconds(options.LeaseSeconds);
            var claimed = await db.ReminderDeliveries
                .Where(r => r.Id == reminder.Id && r.Status == ReminderStatus.Pending)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.Status, ReminderStatus.Sending)
                        .SetProperty(r => r.ClaimedBy, instance)
                        .SetProperty(r => r.ClaimedUntil, claimedUntil)
                        .SetProperty(r => r.Attempts, r => r.Attempts + 1),
                    ct) == 1;
            if (!claimed)
            {
                continue;
            }

            var attempts = reminder.Attempts + 1;
            try
            {
                await transport.DeliverAsync(new OutgoingEmail(reminder.ToAddress, reminder.Subject, reminder.Body), ct);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                await RecordFailureAsync(reminder.Id, instance, attempts, failure, ct);
                continue;
            }

            await Mine(reminder.Id, instance).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ReminderStatus.Sent).SetProperty(r => r.SentAt, clock.GetUtcNow().UtcDateTime).SetProperty(r => r.LastError, (string?)null),
                ct);
            sent++;
        }

        return sent;
    }

    private async Task RecordFailureAsync(Guid id, string instance, int attempts, Exception failure, CancellationToken ct)
    {
        var reason = MailFailure.Reason(failure);
        var retryAt = MailFailure.IsPermanent(failure) ? null : ReminderSchedule.RetryAfter(attempts, clock.GetUtcNow().UtcDateTime, options.RetryDelays);
        if (retryAt is { } at)
        {
            LogRetrying(logger, id, attempts, reason);
            await Mine(id, instance).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ReminderStatus.Pending).SetProperty(r => r.NextAttemptAt, at)
                    .SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimedUntil, (DateTime?)null)
                    .SetProperty(r => r.LastError, reason),
                ct);
            return;
        }

        LogGivenUp(logger, id, attempts, reason);
        await Mine(id, instance).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, ReminderStatus.Failed).SetProperty(r => r.LastError, reason),
            ct);
    }

    private IQueryable<ReminderDelivery> Mine(Guid id, string instance) =>
        db.ReminderDeliveries.Where(r => r.Id == id && r.Status == ReminderStatus.Sending && r.ClaimedBy == instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Id} not sent (attempt {Attempts}: {Reason}); it will be tried again")]
    private static partial void LogRetrying(ILogger logger, Guid id, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder {Id} not sent after {Attempts} attempts ({Reason}); given up")]
    private static partial void LogGivenUp(ILogger logger, Guid id, int attempts, string reason);
}
