using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Reminders;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Reminders;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Reminders;

/// <summary>
/// The sweep over the demo trusts' real due items (health checks, review cycles, visit notes): each person with something
/// due or overdue gets this week's digest once, however often the sweep runs; a headteacher gets a reminder before a visit
/// note falls due; opting out on /account/reminders stops the digest from the next week on; another trust's people are
/// never mixed in. SQLite and PostgreSQL.
/// </summary>
public abstract class ReminderPlannerTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    // Thursday of ISO week 2026-W48, 09:00 in London (GMT).
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private ReminderMailPortal Portal => (ReminderMailPortal)fixture.Portal;

    [SkippableFact]
    public async Task Each_person_with_something_due_gets_this_weeks_digest_once_however_often_the_sweep_runs()
    {
        var (ddat, officer, officerEmail) = await StartAsync(Thursday);

        Assert.True(await SweepAsync("instance-one"));
        Assert.True(await SweepAsync("instance-one"));
        Assert.True(await SweepAsync("instance-one"));

        var digests = await Portal.InTrustAsync(ddat, db => db.ReminderDeliveries.AsNoTracking().Where(r => r.Kind == ReminderKind.WeeklyDigest).ToListAsync());
        var officers = digests.Where(d => d.UserId == officer).ToList();
        Assert.Equal(("2026-W48", ReminderStatus.Sent), (Assert.Single(officers).Key, officers[0].Status));
        var mail = Portal.Delivered.Where(m => m.To == officerEmail && m.Subject.StartsWith("Your week:", StringComparison.Ordinal)).ToList();
        var digest = Assert.Single(mail);
        Assert.Contains("OVERDUE since", digest.Body, StringComparison.Ordinal);
        Assert.Contains(PortalFactory.PublicBaseUrl + "/", digest.Body, StringComparison.Ordinal);
        Assert.Contains(PortalFactory.PublicBaseUrl + "/account/reminders", digest.Body, StringComparison.Ordinal);
        Assert.Equal(Portal.Delivered.Count, Portal.Delivered.Select(m => (m.To, m.Subject)).Distinct().Count());
        Assert.DoesNotContain(Portal.Delivered, m => m.To.EndsWith("@vine.example", StringComparison.Ordinal) && digests.Any(d => d.ToAddress == m.To));
    }

    [SkippableFact]
    public async Task A_headteacher_is_reminded_before_a_visit_note_falls_due_and_only_once()
    {
        var (ddat, officer, _) = await StartAsync(Thursday);
        var head = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var headEmail = DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat);
        var school = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var publishedOn = new DateOnly(2026, 11, 16);
        await Portal.InTrustAsync(ddat, async db =>
        {
            var visit = ImprovementVisit.Draft(school, officer, new VisitNote(publishedOn, VisitMode.Online, "Reminder test", [], "Notes", null, null, []), publishedOn, Thursday);
            visit.Publish(publishedOn, Thursday);
            db.ImprovementVisits.Add(visit);
            await db.SaveChangesAsync();
        });

        await SweepAsync("instance-one");
        await SweepAsync("instance-two");

        var reminders = await Portal.InTrustAsync(ddat, db => db.ReminderDeliveries.AsNoTracking().Where(r => r.UserId == head && r.Kind == ReminderKind.DueSoon).ToListAsync());
        var reminder = Assert.Single(reminders, r => r.Key.StartsWith("VisitResponse/", StringComparison.Ordinal) && r.Key.EndsWith("/2026-11-30", StringComparison.Ordinal));
        Assert.Equal(ReminderStatus.Sent, reminder.Status);
        var mail = Assert.Single(Portal.Delivered, m => m.To == headEmail && m.Subject.StartsWith("Due in 4 days", StringComparison.Ordinal));
        Assert.Contains("30/11/2026", mail.Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Opting_out_on_the_reminders_page_stops_the_digest_from_the_next_week()
    {
        var (ddat, officer, officerEmail) = await StartAsync(Thursday.AddDays(7));
        using var client = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using (var page = await client.GetAsync("/account/reminders"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("id=\"WeeklyDigest\"", html, StringComparison.Ordinal);
        }

        using (var saved = await client.PostFormAsync("/account/reminders", new() { ["DueReminders"] = "true" }, "/account/reminders"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.True(await Portal.WithoutTrustAsync(db => db.Users.Where(u => u.Id == officer).Select(u => u.WeeklyDigestOptedOut && !u.DueRemindersOptedOut).SingleAsync()));
        await SweepAsync("instance-one");

        Assert.False(await Portal.InTrustAsync(ddat, db => db.ReminderDeliveries.AnyAsync(r => r.UserId == officer && r.Kind == ReminderKind.WeeklyDigest && r.Key == "2026-W49")));
        Assert.DoesNotContain(Portal.Delivered, m => m.To == officerEmail && m.Subject.StartsWith("Your week:", StringComparison.Ordinal));
        Assert.True(await Portal.InTrustAsync(ddat, db => db.ReminderDeliveries.AnyAsync(r => r.Kind == ReminderKind.WeeklyDigest && r.Key == "2026-W49")));

        await client.PostFormAsync("/account/reminders", new() { ["WeeklyDigest"] = "true", ["DueReminders"] = "true" }, "/account/reminders");
    }

    private async Task<(Guid Ddat, Guid Officer, string OfficerEmail)> StartAsync(DateTimeOffset now)
    {
        Portal.Clock.Pin(now);
        Portal.ResetMail();
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        // Each test starts with no reminders written, whichever ran before it.
        await Portal.InTrustAsync(ddat, db => db.ReminderDeliveries.ExecuteDeleteAsync());
        await Portal.InTrustAsync(await Portal.TrustIdAsync(Browsing.VineTrust), db => db.ReminderDeliveries.ExecuteDeleteAsync());
        var email = DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        return (ddat, await Portal.UserIdAsync(email), email);
    }

    private async Task<bool> SweepAsync(string instance)
    {
        // Two names for one process: the lease is released between sweeps so that each may take it.
        var sweep = Portal.Services.GetRequiredService<ReminderSweep>();
        var ran = await sweep.RunAsync(instance, CancellationToken.None);
        await using var scope = Portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Infrastructure.Scheduling.JobLeases>().ReleaseAsync(ReminderSweep.Job, instance, CancellationToken.None);
        return ran;
    }
}

public sealed class SqliteReminderPlannerTests(SqliteReminderPortal fixture) : ReminderPlannerTests<SqliteReminderPortal>(fixture);

public sealed class PostgresReminderPlannerTests(PostgresReminderPortal fixture) : ReminderPlannerTests<PostgresReminderPortal>(fixture);
