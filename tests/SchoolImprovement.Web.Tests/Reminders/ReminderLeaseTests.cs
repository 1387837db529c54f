using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Scheduling;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Reminders;

/// <summary>
/// The reminder sweep's database lease: one instance holds it at a time, asking at the same moment included; it passes to
/// another once it runs out or is given up. SQLite and PostgreSQL.
/// </summary>
public abstract class ReminderLeaseTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task One_instance_holds_the_lease_until_it_runs_out_or_is_given_up()
    {
        Portal.Clock.Pin(Now);
        var job = "lease-test-" + Guid.NewGuid().ToString("N");
        var minute = TimeSpan.FromMinutes(1);

        var together = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => TakeAsync(job, $"instance-{i}", minute)));
        Assert.Single(together, taken => taken);
        var holder = $"instance-{Array.IndexOf(together, true) + 1}";
        var other = holder == "instance-1" ? "instance-2" : "instance-1";

        Assert.True(await TakeAsync(job, holder, minute));
        Portal.Clock.Pin(Now.AddSeconds(59));
        Assert.False(await TakeAsync(job, other, minute));

        Portal.Clock.Pin(Now.AddMinutes(5));
        Assert.True(await TakeAsync(job, other, minute));
        Assert.False(await TakeAsync(job, holder, minute));

        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(job, other, CancellationToken.None);
        }

        Assert.True(await TakeAsync(job, holder, minute));
    }

    private async Task<bool> TakeAsync(string job, string instance, TimeSpan duration)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobLeases>().TryTakeAsync(job, instance, duration, CancellationToken.None);
    }
}

public sealed class SqliteReminderLeaseTests(SqlitePortal fixture) : ReminderLeaseTests<SqlitePortal>(fixture);

public sealed class PostgresReminderLeaseTests(PostgresPortal fixture) : ReminderLeaseTests<PostgresPortal>(fixture);
