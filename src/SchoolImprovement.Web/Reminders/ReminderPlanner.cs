using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Reminders;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features;
using SchoolImprovement.Web.Features.Due;

namespace SchoolImprovement.Web.Reminders;

/// <summary>
/// Writes the reminders the current trust's people are owed now, before any is sent: this week's digest for each person with
/// something due or overdue (unless they opted out), and a due-soon reminder for each item within
/// <see cref="ReminderOptions.DaysBeforeDue"/> of its date. A reminder already written is not written again (its key is unique
/// per person); if another instance wrote the same ones a moment earlier, the save fails on that key and nothing is doubled.
/// </summary>
public sealed partial class ReminderPlanner(
    PortalDbContext db, TrustContext trust, DueListQueries due, ReminderEmails emails, ReminderOptions options, TimeProvider clock, ILogger<ReminderPlanner> logger)
{
    /// <returns>How many reminders were written.</returns>
    public async Task<int> PlanAsync(CancellationToken ct)
    {
        var trustId = trust.TrustId ?? throw new InvalidOperationException("Reminders are planned inside a trust scope.");
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var items = await due.AllAsync(today, null, ct);
        if (items.Count == 0)
        {
            return 0;
        }

        var people = await db.Users.AsNoTracking()
            .Where(u => u.TrustId == trustId && u.IsActive && u.Email != null)
            .Select(u => new Person(u.Id, u.Email!, u.DisplayName, u.WeeklyDigestOptedOut, u.DueRemindersOptedOut))
            .ToDictionaryAsync(p => p.Id, ct);
        var planned = new List<ReminderDelivery>();
        var digestKey = ReminderSchedule.DigestKey(today);
        var digestTime = ReminderSchedule.DigestDueOn(today, options.DigestDay) && UkClock.ToUk(now).Hour >= options.DigestFromHour;
        foreach (var (personId, theirs) in items
                     .SelectMany(i => i.ResponsibleUserIds.Distinct().Select(p => (Person: p, Item: i)))
                     .GroupBy(x => x.Person, x => x.Item)
                     .Select(g => (g.Key, g.ToList())))
        {
            if (!people.TryGetValue(personId, out var person))
            {
                continue;
            }

            var forDigest = theirs.Where(i => i.DueOn <= today.AddDays(options.DigestHorizonDays)).ToList();
            if (digestTime && !person.DigestOptedOut && forDigest.Count > 0)
            {
                var (subject, body) = emails.Digest(person.Name, forDigest, today);
                planned.Add(ReminderDelivery.Plan(person.Id, ReminderKind.WeeklyDigest, digestKey, person.Email, subject, body, now));
            }

            if (!person.DueRemindersOptedOut)
            {
                foreach (var item in theirs.Where(i => ReminderSchedule.DueSoon(i.DueOn, today, options.DaysBeforeDue)))
                {
                    var (subject, body) = emails.DueSoon(person.Name, item, today);
                    planned.Add(ReminderDelivery.Plan(person.Id, ReminderKind.DueSoon, item.Key, person.Email, subject, body, now));
                }
            }
        }

        return await SaveNewAsync(planned, ct);
    }

    private async Task<int> SaveNewAsync(List<ReminderDelivery> planned, CancellationToken ct)
    {
        if (planned.Count == 0)
        {
            return 0;
        }

        var keys = planned.Select(p => p.Key).Distinct().ToList();
        var written = (await db.ReminderDeliveries.AsNoTracking()
                .Where(r => keys.Contains(r.Key))
                .Select(r => new { r.UserId, r.Kind, r.Key })
                .ToListAsync(ct))
            .Select(r => (r.UserId, r.Kind, r.Key))
            .ToHashSet();
        var fresh = planned.Where(p => !written.Contains((p.UserId, p.Kind, p.Key))).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        db.ReminderDeliveries.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance wrote some of them first (the unique key refused ours): its rows stand, ours are dropped.
            LogPlannedElsewhere(logger, fresh.Count);
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private sealed record Person(Guid Id, string Email, string Name, bool DigestOptedOut, bool DueRemindersOptedOut);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} reminders were planned by another instance at the same time; not written twice")]
    private static partial void LogPlannedElsewhere(ILogger logger, int count);
}
