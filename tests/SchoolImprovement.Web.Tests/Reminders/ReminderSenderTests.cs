using System.Net.Sockets;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Reminders;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Reminders;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Reminders;

/// <summary>
/// Reminders written to the database are sent through the mail server (Moq'd: the one true external) at most once each:
/// two senders at once never both send one; a transient failure is retried after the configured delay and then sent once;
/// the server's permanent refusal and the last failed retry are given up; a reminder an instance was sending when it stopped
/// is never sent again. SQLite and PostgreSQL (row-level security on).
/// </summary>
public abstract class ReminderSenderTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private ReminderMailPortal Portal => (ReminderMailPortal)fixture.Portal;

    [SkippableFact]
    public async Task Two_senders_at_once_send_each_waiting_reminder_exactly_once()
    {
        var (trust, person) = await StartAsync();
        var ids = await PlanAsync(trust, person, 12);

        var sent = await Task.WhenAll(SendAsync(trust, "instance-one"), SendAsync(trust, "instance-two"));

        Assert.Equal(12, sent.Sum());
        Assert.Equal(12, Portal.Delivered.Count);
        Assert.Equal(12, Portal.Delivered.Select(m => m.Subject).Distinct().Count());
        var rows = await RowsAsync(trust, ids);
        Assert.All(rows, r => Assert.Equal(ReminderStatus.Sent, r.Status));
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        Assert.Equal(0, await SendAsync(trust, "instance-one"));
        Assert.Equal(12, Portal.Attempts.Count);
    }

    [SkippableFact]
    public async Task A_transient_failure_is_retried_after_the_delay_and_then_sent_once()
    {
        var (trust, person) = await StartAsync();
        var id = (await PlanAsync(trust, person, 1))[0];
        var failures = 1;
        Portal.Answer = _ => failures-- > 0 ? Task.FromException(new SocketException((int)SocketError.ConnectionRefused)) : Task.CompletedTask;

        Assert.Equal(0, await SendAsync(trust, "instance-one"));
        var afterFailure = (await RowsAsync(trust, [id])).Single();
        Assert.Equal((ReminderStatus.Pending, 1, Now.AddMinutes(1).UtcDateTime, "SocketException"), (afterFailure.Status, afterFailure.Attempts, afterFailure.NextAttemptAt, afterFailure.LastError));

        Portal.Clock.Pin(Now.AddSeconds(59));
        Assert.Equal(0, await SendAsync(trust, "instance-two"));
        Assert.Single(Portal.Attempts);

        Portal.Clock.Pin(Now.AddMinutes(1));
        Assert.Equal(1, await SendAsync(trust, "instance-two"));
        Assert.Equal(0, await SendAsync(trust, "instance-one"));
        var row = (await RowsAsync(trust, [id])).Single();
        Assert.Equal((ReminderStatus.Sent, 2), (row.Status, row.Attempts));
        Assert.Single(Portal.Delivered);
        Assert.Equal(2, Portal.Attempts.Count);
    }

    [SkippableFact]
    public async Task A_permanent_refusal_is_not_retried_and_keeps_the_servers_reason()
    {
        var (trust, person) = await StartAsync();
        var id = (await PlanAsync(trust, person, 1))[0];
        Portal.Answer = m => Task.FromException(new SmtpCommandException(
            SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, MailboxAddress.Parse(m.To), "5.1.1 User unknown"));

        await SendAsync(trust, "instance-one");
        Portal.Clock.Pin(Now.AddDays(1));
        await SendAsync(trust, "instance-one");

        var row = (await RowsAsync(trust, [id])).Single();
        Assert.Equal((ReminderStatus.Failed, 1, "550 5.1.1 User unknown"), (row.Status, row.Attempts, row.LastError));
        Assert.Single(Portal.Attempts);
        Assert.Empty(Portal.Delivered);
    }

    [SkippableFact]
    public async Task After_the_last_retry_a_reminder_is_given_up()
    {
        var (trust, person) = await StartAsync();
        var id = (await PlanAsync(trust, person, 1))[0];
        Portal.Answer = _ => Task.FromException(new TimeoutException());
        var retries = Portal.Services.GetRequiredService<ReminderOptions>().RetryDelays;

        var at = Now;
        for (var attempt = 0; attempt <= retries.Count; attempt++)
        {
            Portal.Clock.Pin(at);
            await SendAsync(trust, "instance-one");
            at += attempt < retries.Count ? retries[attempt] : TimeSpan.Zero;
        }

        Portal.Clock.Pin(at.AddDays(1));
        await SendAsync(trust, "instance-one");

        var row = (await RowsAsync(trust, [id])).Single();
        Assert.Equal((ReminderStatus.Failed, retries.Count + 1), (row.Status, row.Attempts));
        Assert.Equal(retries.Count + 1, Portal.Attempts.Count);
    }

    [SkippableFact]
    public async Task A_reminder_left_sending_by_a_stopped_instance_is_never_sent_again()
    {
        var (trust, person) = await StartAsync();
        var id = (await PlanAsync(trust, person, 1))[0];
        await Portal.InTrustAsync(trust, db => db.ReminderDeliveries.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, ReminderStatus.Sending).SetProperty(r => r.ClaimedBy, "a-stopped-instance")
            .SetProperty(r => r.ClaimedUntil, Now.AddMinutes(1).UtcDateTime).SetProperty(r => r.Attempts, 1)));

        Assert.Equal(0, await SendAsync(trust, "instance-one"));
        Assert.Equal(ReminderStatus.Sending, (await RowsAsync(trust, [id])).Single().Status);

        Portal.Clock.Pin(Now.AddMinutes(2));
        Assert.Equal(0, await SendAsync(trust, "instance-one"));

        Assert.Equal(ReminderStatus.OutcomeUnknown, (await RowsAsync(trust, [id])).Single().Status);
        Assert.Empty(Portal.Attempts);
    }

    private async Task<(Guid Trust, Guid Person)> StartAsync()
    {
        Portal.Clock.Pin(Now);
        var trust = await Portal.TrustIdAsync(Browsing.DdatTrust);
        await Portal.InTrustAsync(trust, db => db.ReminderDeliveries.ExecuteDeleteAsync());
        Portal.ResetMail();
        return (trust, await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat)));
    }

    private Task<List<Guid>> PlanAsync(Guid trust, Guid person, int count) =>
        Portal.InTrustAsync(trust, async db =>
        {
            var rows = Enumerable.Range(1, count)
                .Select(i => ReminderDelivery.Plan(person, ReminderKind.DueSoon, $"test/{i}", "officer@ddat.example", $"Reminder {i}", "Body", Now))
                .ToList();
            db.ReminderDeliveries.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });

    private async Task<int> SendAsync(Guid trust, string instance)
    {
        await using var scope = Portal.Services.CreateTrustScope(trust, "test");
        return await scope.ServiceProvider.GetRequiredService<ReminderSender>().SendWaitingAsync(instance, CancellationToken.None);
    }

    private Task<List<ReminderDelivery>> RowsAsync(Guid trust, IReadOnlyList<Guid> ids) =>
        Portal.InTrustAsync(trust, db => db.ReminderDeliveries.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync());
}

public sealed class SqliteReminderSenderTests(SqliteReminderPortal fixture) : ReminderSenderTests<SqliteReminderPortal>(fixture);

public sealed class PostgresReminderSenderTests(PostgresReminderPortal fixture) : ReminderSenderTests<PostgresReminderPortal>(fixture);
