using System.Diagnostics;
using MimeKit;
using Npgsql;
using SchoolImprovement.Domain.Reminders;
using Xunit.Abstractions;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>
/// Issue 11: with two instances on one PostgreSQL database, both sweeping for reminders every second, each person gets this
/// week's digest once, not twice — the database lease lets one instance sweep at a time and each reminder's unique key and claim
/// stop a second send. The demo trusts' due and overdue items (health checks, reviews, appraisals) give their officers and
/// headteachers digests. Needs TEST_POSTGRES and nginx, as the other two-instance test.
/// </summary>
public sealed class ReminderTwoInstancesTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Two_instances_sweeping_at_once_send_each_digest_once()
    {
        TwoInstancesTopology.Nginx();
        await using var topology = await TwoInstancesTopology.StartAsync();
        try
        {
            await DriveAsync(topology);
        }
        catch (Exception failure) when (failure is not SkipException)
        {
            throw new InvalidOperationException(failure.Message + Environment.NewLine + topology.Logs, failure);
        }
    }

    private async Task DriveAsync(TwoInstancesTopology topology)
    {
        // Wait for the digests to be written and sent, then let both instances sweep a few more times.
        var watch = Stopwatch.StartNew();
        long digests = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            digests = await CountAsync(topology, $"SELECT count(*) FROM \"ReminderDeliveries\" WHERE \"Kind\" = {(int)ReminderKind.WeeklyDigest} AND \"Status\" = {(int)ReminderStatus.Sent}");
            var waiting = await CountAsync(topology, $"SELECT count(*) FROM \"ReminderDeliveries\" WHERE \"Status\" IN ({(int)ReminderStatus.Pending}, {(int)ReminderStatus.Sending})");
            if (digests > 0 && waiting == 0)
            {
                break;
            }

            await Task.Delay(500);
        }

        await Task.Delay(TimeSpan.FromSeconds(4));
        // Read again once settled: the wait above can end between one trust's reminders and the next's.
        digests = await CountAsync(topology, $"SELECT count(*) FROM \"ReminderDeliveries\" WHERE \"Kind\" = {(int)ReminderKind.WeeklyDigest} AND \"Status\" = {(int)ReminderStatus.Sent}");
        output.WriteLine($"{digests} digests sent after {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(digests > 1, "The demo trusts' due items should give more than one person a digest.");

        var rows = await CountAsync(topology, "SELECT count(*) FROM \"ReminderDeliveries\"");
        var people = await CountAsync(topology, $"SELECT count(DISTINCT \"UserId\") FROM \"ReminderDeliveries\" WHERE \"Kind\" = {(int)ReminderKind.WeeklyDigest}");
        Assert.Equal(people, digests);
        Assert.Equal(rows, await CountAsync(topology, $"SELECT count(*) FROM \"ReminderDeliveries\" WHERE \"Status\" = {(int)ReminderStatus.Sent}"));

        var mail = new List<(string To, string Subject)>();
        foreach (var file in topology.MailFolders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.eml")))
        {
            using var message = await MimeMessage.LoadAsync(file);
            mail.Add((message.To.Mailboxes.Single().Address, message.Subject ?? ""));
        }

        var digestMail = mail.Where(m => m.Subject.StartsWith("Your week:", StringComparison.Ordinal)).ToList();
        Assert.Equal(digests, digestMail.Count);
        Assert.Equal(digestMail.Count, digestMail.Select(m => m.To).Distinct().Count());
        Assert.Equal(rows, mail.Count(m => m.Subject.StartsWith("Your week:", StringComparison.Ordinal) || m.Subject.StartsWith("Due ", StringComparison.Ordinal)));
    }

    private static async Task<long> CountAsync(TwoInstancesTopology topology, string sql)
    {
        await using var connection = new NpgsqlConnection(topology.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
